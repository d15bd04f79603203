import type { ImportProblemV1, ImportReportV1 } from '@aduan/spec';

/** The most problems an import report lists: a file of bad rows would otherwise grow the report with the file. */
export const MAX_REPORTED_PROBLEMS = 1_000;

const byRow = (a: ImportProblemV1, b: ImportProblemV1) => a.row - b.row;

/**
 * The problems of one import, bounded: it keeps the first `limit` by row (ties in the order they
 * came) and counts the rest, holding at most twice the limit at any time.
 */
export class ProblemList {
  #items: ImportProblemV1[] = [];
  #omitted = 0;

  constructor(readonly limit: number = MAX_REPORTED_PROBLEMS) {}

  add(...problems: readonly ImportProblemV1[]): void {
    this.#items.push(...problems);
    if (this.#items.length > 2 * this.limit) this.#trim();
  }

  /** Writes the kept problems (by row) and the count of those left out into the report. */
  writeTo(report: ImportReportV1): void {
    this.#trim();
    report.problems = this.#items;
    if (this.#omitted > 0) report.problemsOmitted = this.#omitted;
  }

  #trim(): void {
    this.#items.sort(byRow);
    if (this.#items.length <= this.limit) return;
    this.#omitted += this.#items.length - this.limit;
    this.#items.length = this.limit;
  }
}
