/** Working days measured on some complaints: how many, their sum and their median. */
export interface DaySample {
  count: number;
  sum: number;
  /** The interpolated median (PostgreSQL's `percentile_cont(0.5)`); null when `count` is 0. */
  median: number | null;
}

/**
 * What a source counts for one group of complaints (or for all of them): the raw material of every
 * figure. Both sources (events in memory, SQL on PostgreSQL) answer exactly these numbers, so the
 * figures built from them agree to the last digit.
 */
export interface GroupTotals {
  received: number;
  verified: number;
  verifiedOnTime: number;
  onHold: number;
  dataDays: DaySample;
  disposed: number;
  answered: number;
  answeredOfDisposed: number;
  resolved: number;
  resolvedOfDisposed: number;
  answerDays: DaySample;
  answeredOnTime: number;
  resolvedWithinBudget: number;
  open: number;
  /** Open complaints by age: 0–3, 4–5, 6–10, 11–14 and over 14 working days. */
  openByAge: [number, number, number, number, number];
  overdue: number;
  overdueVerification: number;
  overdueFollowUp: number;
  overdueResolution: number;
  returned: number;
  handedOver: number;
  reopened: number;
  surveyed: number;
  fixedYes: number;
  fixedKnown: number;
  ratingSum: number;
  ratingCount: number;
  /** ISO instant of the latest event by a unit's officer or head on these complaints. */
  lastUnitActionAt: string | null;
}

/** One group's totals; `key` null gathers complaints without a value (no unit yet, no category). */
export interface GroupRow {
  key: string | null;
  totals: GroupTotals;
}

/** Upper bounds (inclusive) of the open-age buckets but the last, in working days. */
const OPEN_AGE_BOUNDS = [3, 5, 10, 14] as const;

/** The bucket of an open complaint `age` working days old. */
export function ageBucket(age: number): 0 | 1 | 2 | 3 | 4 {
  const index = OPEN_AGE_BOUNDS.findIndex((bound) => age <= bound);
  return (index === -1 ? 4 : index) as 0 | 1 | 2 | 3 | 4;
}

/** The median as PostgreSQL's `percentile_cont(0.5)` computes it: the middle value, or the mean of the two middle ones. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(middle)]!;
  const high = sorted[Math.ceil(middle)]!;
  return low + (high - low) * (middle - Math.floor(middle));
}
