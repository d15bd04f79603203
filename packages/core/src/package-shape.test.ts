/**
 * The shape of the package as users meet it: a lean root (issue 9), and no optional peer
 * reachable from the entry points that must bundle without it (issue 10, item 22).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));
const ROOT = join(SRC, '..', '..', '..');

/** Every module specifier `file` imports, and the source files it reaches through relative imports. */
function importGraph(entry: string): { files: Set<string>; specifiers: Set<string> } {
  const files = new Set<string>();
  const specifiers = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) specifiers.add(fileName);
      else pending.push(resolve(dirname(file), fileName).replace(/\.js$/, '.ts'));
    }
  }
  return { files, specifiers };
}

describe('@aduan/core package shape', () => {
  it('exports at most 60 names from its root, types included', () => {
    const program = ts.createProgram([join(SRC, 'index.ts')], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
      noEmit: true,
      baseUrl: ROOT,
      paths: { '@aduan/*': ['./packages/*/src/index.ts'] },
    });
    const checker = program.getTypeChecker();
    const names = checker
      .getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(join(SRC, 'index.ts'))!)!)
      .map((symbol) => symbol.name);

    expect(names.length).toBeLessThanOrEqual(60);
    expect(names).toEqual(expect.arrayContaining(['createDesk', 'createMemoryStore', 'complaintMachine', 'AduanError', 'intakeSchema']));
  });

  it.each(['index.ts', 'calendar/index.ts', 'sla/index.ts', 'history/index.ts', 'testing/index.ts'])(
    'reaches no optional peer from %s, so apps bundle without date-holidays installed',
    (entry) => {
      const { specifiers } = importGraph(join(SRC, entry));
      const external = [...specifiers].filter((specifier) => !specifier.startsWith('node:'));

      expect(external).not.toContain('date-holidays');
      expect(external.every((specifier) => /^(@aduan\/(spec|adapter-utils|holidays-id)|xstate|zod|eventemitter3)$/.test(specifier))).toBe(
        true,
      );
    },
  );

  it('imports date-holidays only behind @aduan/core/date-holidays', () => {
    expect(importGraph(join(SRC, 'date-holidays/index.ts')).specifiers).toContain('date-holidays');
  });
});
