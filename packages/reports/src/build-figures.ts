import type { WorkingCalendar } from '@aduan/core/calendar';
import { bandOf, type BandsConfig } from './colour-bands.js';
import type { DaysFigure, KpiFigures, ShareFigure } from './figures.js';
import type { DaySample, GroupTotals } from './group-totals.js';

export interface FigureContext {
  bands: BandsConfig;
  asOf: string;
  calendar: WorkingCalendar;
}

/** Every KPI's figure from a group's totals: the only place figures are derived, whatever the source. */
export function buildFigures(t: GroupTotals, context: FigureContext): KpiFigures {
  const { bands } = context;
  const share = (id: keyof BandsConfig, numerator: number, denominator: number): ShareFigure => {
    const value = denominator === 0 ? null : numerator / denominator;
    return { kind: 'share', numerator, denominator, value, band: bandOf(bands[id], value) };
  };
  const days = (id: keyof BandsConfig, sample: DaySample): DaysFigure => {
    const mean = sample.count === 0 ? null : sample.sum / sample.count;
    return { kind: 'days', count: sample.count, mean, median: sample.median, band: bandOf(bands[id], mean) };
  };
  const count = (value: number) => ({ kind: 'count', value }) as const;
  const rating = t.ratingCount === 0 ? null : t.ratingSum / t.ratingCount;
  const since =
    t.lastUnitActionAt === null ? null : context.calendar.workingDaysBetween(new Date(t.lastUnitActionAt), new Date(context.asOf));
  return {
    received: count(t.received),
    verifiedOnTime: share('verifiedOnTime', t.verifiedOnTime, t.verified),
    onHold: share('onHold', t.onHold, t.received),
    daysToData: days('daysToData', t.dataDays),
    disposed: share('disposed', t.disposed, t.received),
    followedUpOfDisposed: share('followedUpOfDisposed', t.answeredOfDisposed, t.disposed),
    followedUpOfReceived: share('followedUpOfReceived', t.answered, t.received),
    resolvedOfDisposed: share('resolvedOfDisposed', t.resolvedOfDisposed, t.disposed),
    resolvedOfReceived: share('resolvedOfReceived', t.resolved, t.received),
    daysToFirstAnswer: days('daysToFirstAnswer', t.answerDays),
    answeredOnTime: share('answeredOnTime', t.answeredOnTime, t.answerDays.count),
    resolvedWithinBudget: share('resolvedWithinBudget', t.resolvedWithinBudget, t.resolved),
    open: count(t.open),
    openAge0to3: count(t.openByAge[0]),
    openAge4to5: count(t.openByAge[1]),
    openAge6to10: count(t.openByAge[2]),
    openAge11to14: count(t.openByAge[3]),
    openAgeOver14: count(t.openByAge[4]),
    overdue: count(t.overdue),
    overdueVerification: count(t.overdueVerification),
    overdueFollowUp: count(t.overdueFollowUp),
    overdueResolution: count(t.overdueResolution),
    returned: share('returned', t.returned, t.received),
    handedOver: share('handedOver', t.handedOver, t.received),
    reopened: share('reopened', t.reopened, t.answered),
    satisfactionResponse: share('satisfactionResponse', t.surveyed, t.answered),
    satisfactionFixed: share('satisfactionFixed', t.fixedYes, t.fixedKnown),
    satisfactionRating: { kind: 'mean', count: t.ratingCount, value: rating, band: bandOf(bands.satisfactionRating, rating) },
    lastUnitAction: { kind: 'last', at: t.lastUnitActionAt, workingDaysSince: since, band: bandOf(bands.lastUnitAction, since) },
  };
}
