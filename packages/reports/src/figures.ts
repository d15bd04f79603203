import type { BandResult } from './colour-bands.js';
import type { KpiId, KpiKindOf } from './kpi-catalogue.js';

/** A number of complaints. */
export interface CountFigure {
  kind: 'count';
  value: number;
}

/** numerator ÷ denominator; `value` is null when the denominator is 0 (nothing to measure). */
export interface ShareFigure {
  kind: 'share';
  numerator: number;
  denominator: number;
  value: number | null;
  band: BandResult | null;
}

/** Working days measured on `count` complaints; mean and median are null when `count` is 0. */
export interface DaysFigure {
  kind: 'days';
  count: number;
  mean: number | null;
  median: number | null;
  /** The band of the mean (for example against the 5-working-day target). */
  band: BandResult | null;
}

/** The mean of a score over `count` answers; null when there are none. */
export interface MeanFigure {
  kind: 'mean';
  count: number;
  value: number | null;
  band: BandResult | null;
}

/** The last moment something happened (ISO instant), and the working days from then to the report's `asOf`. */
export interface LastFigure {
  kind: 'last';
  at: string | null;
  workingDaysSince: number | null;
  band: BandResult | null;
}

type FigureOfKind = { count: CountFigure; share: ShareFigure; days: DaysFigure; mean: MeanFigure; last: LastFigure };

/** Every KPI's figure for one group (or the total), keyed by KPI id. */
export type KpiFigures = { [K in KpiId]: FigureOfKind[KpiKindOf<K>] };

/** Any one figure. */
export type KpiFigure = KpiFigures[KpiId];
