// Type-checks the TypeScript blocks of the README and docs/, so an example that no longer compiles
// fails CI. Each ```ts block is its own module; a ```ts continue block is appended to the block before
// it (for a walk-through split by prose); a ```ts excerpt block (an API shape quoted for reading) is
// not checked. Snippets import packages as users do (`@aduan/core`), resolved to the sources.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'node_modules', '.doc-snippets');

interface Snippet {
  source: string;
  line: number;
  code: string;
}

function snippetsOf(file: string): Snippet[] {
  const snippets: Snippet[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let index = 0; index < lines.length; index++) {
    const info = /^```(ts|typescript)\b\s*(\w*)/.exec(lines[index]!);
    if (!info) continue;
    const end = lines.indexOf('```', index + 1);
    const code = lines.slice(index + 1, end).join('\n');
    const mode = info[2];
    if (mode === 'continue' && snippets.length > 0) snippets.at(-1)!.code += `\n${code}`;
    else if (mode !== 'excerpt') snippets.push({ source: relative(root, file), line: index + 1, code });
    index = end;
  }
  return snippets;
}

const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const snippets = docs.flatMap((doc) => snippetsOf(join(root, doc)));

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const files = snippets.map((snippet, index) => {
  const name = `${snippet.source.replace(/[^a-z0-9]+/gi, '-')}-L${snippet.line}-${index}.ts`;
  // `export {}` makes every snippet a module of its own, so their names never collide.
  writeFileSync(join(outDir, name), `${snippet.code}\nexport {};\n`);
  return name;
});
writeFileSync(
  join(outDir, 'tsconfig.json'),
  JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { noEmit: true, noUnusedLocals: false }, include: files }, null, 2),
);

try {
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(outDir, 'tsconfig.json')], { stdio: 'pipe', encoding: 'utf8' });
  console.log(`doc snippets: ${snippets.length} blocks of ${docs.length} documents type-check`);
} catch (error) {
  const output = String((error as { stdout?: string }).stdout ?? '');
  // Name each failure by its document and line rather than by the generated file.
  const readable = output.replace(/^(?:.*[\\/])?(\S+?\.ts)\((\d+),\d+\)/gm, (all, name: string, row: string) => {
    const snippet = snippets[files.indexOf(name)];
    return snippet ? `${snippet.source}:${snippet.line + Number(row)}` : all;
  });
  console.error(readable);
  process.exit(1);
}
