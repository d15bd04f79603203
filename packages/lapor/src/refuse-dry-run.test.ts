import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk, createMemoryStore } from '@aduan/core';
import { InvalidInputError } from '@aduan/spec';
import { afterAll, describe, expect, it } from 'vitest';
import { createLaporBridge } from './index.js';
import { MONTH, writeExportXlsx } from './test-support/lapor-export.js';

const coordinator = { id: 'koordinator', role: 'coordinator' } as const;
const dir = mkdtempSync(join(tmpdir(), 'aduan-lapor-dry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a LAPOR! import asked for a dry run', () => {
  it('is refused with a typed error on dryRun and writes nothing, through the export and through reports', async () => {
    const store = createMemoryStore();
    const desk = createDesk({ store });
    const bridge = createLaporBridge({ desk, store });
    const path = join(dir, 'export.xlsx');
    await writeExportXlsx(path, MONTH);

    const refusal = await bridge.importExport(path, { actor: coordinator, dryRun: true }).catch((error: unknown) => error);
    expect(InvalidInputError.isInstance(refusal)).toBe(true);
    expect((refusal as InvalidInputError).issues.map((issue) => issue.path)).toEqual(['dryRun']);
    async function* none() {}
    await expect(bridge.importReports(none(), { dryRun: true })).rejects.toThrow(/dryRun/);
    expect(store.contents().events).toEqual([]);

    const report = await bridge.importExport(path, { actor: coordinator });
    expect(report.inserted).toBe(MONTH.length);
    await desk.close();
  });
});
