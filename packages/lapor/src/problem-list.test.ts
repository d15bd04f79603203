import type { ImportProblemV1, ImportReportV1 } from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_PROBLEMS, ProblemList } from './problem-list.js';

const emptyReport = (): ImportReportV1 => ({ inserted: 0, updated: 0, unchanged: 0, skipped: 0, problems: [] });
const problem = fc.record({
  row: fc.integer({ min: 1, max: 200 }),
  column: fc.constantFrom('Tracking ID', 'Status Laporan'),
  message: fc.string(),
});

describe('ProblemList', () => {
  it('keeps the first problems by row (ties in arrival order) and counts exactly those it leaves out', () => {
    fc.assert(
      fc.property(fc.array(fc.array(problem, { maxLength: 30 }), { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (chunks, limit) => {
        const list = new ProblemList(limit);
        for (const chunk of chunks) list.add(...chunk);
        const report = emptyReport();
        list.writeTo(report);

        const all: ImportProblemV1[] = chunks.flat();
        const expected = [...all].sort((a, b) => a.row - b.row).slice(0, limit);
        expect(report.problems).toEqual(expected);
        expect(report.problemsOmitted).toBe(all.length > limit ? all.length - limit : undefined);
      }),
    );
  });

  it(`lists ${MAX_REPORTED_PROBLEMS} problems by default`, () => {
    const list = new ProblemList();
    for (let row = 3_000; row > 0; row -= 1) list.add({ row, column: 'Tracking ID', message: 'x' });
    const report = emptyReport();
    list.writeTo(report);

    expect(report.problems).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(report.problems[0]!.row).toBe(1);
    expect(report.problems.at(-1)!.row).toBe(MAX_REPORTED_PROBLEMS);
    expect(report.problemsOmitted).toBe(2_000);
  });
});
