/** One line of bench-results.json. `ratio` is always "higher is better" against the same-run baseline. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
}

/** Median of a few measured rounds: robust against one noisy round on a shared machine. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const round3 = (value: number): number => Math.round(value * 1000) / 1000;
