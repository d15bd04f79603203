// Type-checks the TypeScript blocks of the README and docs/, so an example that no longer compiles
// fails CI. Each ```ts block is its own module; a ```ts continue block is appended to the block before
// it (for a walk-through split by prose); a ```ts excerpt block (an API shape quoted for reading) is
// not checked. A document may declare what its examples take for granted (`desk`, `store`, …) in an
// HTML comment `<!-- snippet-prelude … -->` holding `declare global { … }` (and the type imports it
// needs): it is not rendered, a block's own declarations shadow it, and each such document is checked
// on its own. Snippets import packages as users do (`@aduan/core`), resolved to the sources.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'node_modules', '.doc-snippets');
const PRELUDE = /<!-- snippet-prelude\n([\s\S]*?)-->/;

interface Snippet {
  source: string;
  line: number;
  code: string;
  file: string;
}

interface Document {
  source: string;
  prelude: string | undefined;
  snippets: Snippet[];
}

function readDocument(source: string): Document {
  const text = readFileSync(join(root, source), 'utf8');
  const lines = text.split('\n');
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    const info = /^```(ts|typescript)\b\s*(\w*)/.exec(lines[index]!);
    if (!info) continue;
    const end = lines.indexOf('```', index + 1);
    const code = lines.slice(index + 1, end).join('\n');
    const mode = info[2];
    if (mode === 'continue' && snippets.length > 0) snippets.at(-1)!.code += `\n${code}`;
    else if (mode !== 'excerpt') {
      const file = `${source.replace(/[^a-z0-9]+/gi, '-')}-L${index + 1}.ts`;
      snippets.push({ source, line: index + 1, code, file });
    }
    index = end;
  }
  return { source, prelude: PRELUDE.exec(text)?.[1], snippets };
}

const sources = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const documents = sources.map(readDocument).filter((doc) => doc.snippets.length > 0);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
// Every package some workspace package depends on is linked under node_modules/.pnpm/node_modules:
// the examples import `pg` or `express` from there, as the guides' readers would from their own.
symlinkSync('../.pnpm/node_modules', join(outDir, 'node_modules'));
for (const doc of documents) {
  // `export {}` makes every snippet a module of its own, so their names never collide.
  for (const snippet of doc.snippets) writeFileSync(join(outDir, snippet.file), `${snippet.code}\nexport {};\n`);
}

/** The repository's own paths (our packages, to their sources), relative to this folder. */
const rootPaths = (
  JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } }
).compilerOptions.paths;
const paths = Object.fromEntries(Object.entries(rootPaths).map(([key, targets]) => [key, targets.map((target) => join('../..', target))]));

/** One type-check: the documents without a prelude together, each document with a prelude alone. */
function projectFor(name: string, docs: Document[]): string {
  const files = docs.flatMap((doc) => doc.snippets.map((snippet) => snippet.file));
  const prelude = docs[0]?.prelude;
  if (prelude !== undefined) {
    writeFileSync(join(outDir, `${name}.prelude.d.ts`), `${prelude}\nexport {};\n`);
    files.push(`${name}.prelude.d.ts`);
  }
  const project = join(outDir, `${name}.tsconfig.json`);
  writeFileSync(
    project,
    JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { noEmit: true, noUnusedLocals: false, paths }, include: files }),
  );
  return project;
}

const projects = [
  projectFor(
    'plain',
    documents.filter((doc) => doc.prelude === undefined),
  ),
  ...documents.filter((doc) => doc.prelude !== undefined).map((doc) => projectFor(doc.source.replace(/[^a-z0-9]+/gi, '-'), [doc])),
];
const snippetOf = new Map(documents.flatMap((doc) => doc.snippets.map((snippet) => [snippet.file, snippet] as const)));
const tsc = join(root, 'node_modules', '.bin', 'tsc');

const failures: string[] = [];
for (const project of projects) {
  try {
    await promisify(execFile)(tsc, ['-p', project], { encoding: 'utf8' });
  } catch (error) {
    const output = String((error as { stdout?: string }).stdout ?? '');
    // Name each failure by its document and line rather than by the generated file.
    failures.push(
      output.replace(/^(?:.*[\\/])?(\S+?\.ts)\((\d+),\d+\)/gm, (all, name: string, row: string) => {
        const snippet = snippetOf.get(name);
        return snippet ? `${snippet.source}:${snippet.line + Number(row)}` : all;
      }),
    );
  }
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
const count = documents.reduce((sum, doc) => sum + doc.snippets.length, 0);
console.log(`doc snippets: ${count} blocks of ${documents.length} documents type-check`);
