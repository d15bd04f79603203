import type { WorkingCalendar } from '@aduan/core/calendar';
import { OVERDUE_STAGES } from '../event-rules.js';
import type { GroupBy } from '../group-by.js';
import { ageBucket, medianOf, type GroupRow, type GroupTotals } from '../group-totals.js';
import { ANSWER_DAYS, VERIFICATION_DAYS, type ResolutionBudget } from '../resolution-budget.js';
import { jakartaDay, monthKeyOf } from '../wib.js';
import type { ComplaintFacts } from './complaint-facts.js';

/** Totals being gathered: day samples keep their values until the median is taken. */
interface Gathering {
  totals: GroupTotals;
  dataDays: number[];
  answerDays: number[];
}

function emptyTotals(): GroupTotals {
  const sample = { count: 0, sum: 0, median: null };
  return {
    received: 0,
    verified: 0,
    verifiedOnTime: 0,
    onHold: 0,
    dataDays: { ...sample },
    disposed: 0,
    answered: 0,
    answeredOfDisposed: 0,
    resolved: 0,
    resolvedOfDisposed: 0,
    answerDays: { ...sample },
    answeredOnTime: 0,
    resolvedWithinBudget: 0,
    open: 0,
    openByAge: [0, 0, 0, 0, 0],
    overdue: 0,
    overdueVerification: 0,
    overdueFollowUp: 0,
    overdueResolution: 0,
    returned: 0,
    handedOver: 0,
    reopened: 0,
    surveyed: 0,
    fixedYes: 0,
    fixedKnown: 0,
    ratingSum: 0,
    ratingCount: 0,
    lastUnitActionAt: null,
  };
}

/** The group a complaint falls in. */
function groupKeyOf(facts: ComplaintFacts, groupBy: GroupBy): string | null {
  switch (groupBy) {
    case 'unit':
      return facts.unitId;
    case 'category':
      return facts.category;
    case 'channel':
      return facts.channel;
    case 'kelurahan':
      return facts.kelurahan;
    case 'month':
      return monthKeyOf(facts.receivedAt);
  }
}

export interface AccumulateContext {
  asOf: number;
  calendar: WorkingCalendar;
  resolutionBudget: ResolutionBudget;
}

/**
 * Adds complaints to their group's totals and to the grand total, the way the SQL source's
 * aggregates do. Working days come from the calendar itself (the SQL source uses an index built
 * from it), so the differential test checks that index too.
 */
export class TotalsAccumulator {
  private readonly total: Gathering = { totals: emptyTotals(), dataDays: [], answerDays: [] };
  private readonly groups = new Map<string | null, Gathering>();

  constructor(
    private readonly groupBy: GroupBy | null,
    private readonly context: AccumulateContext,
  ) {}

  add(facts: ComplaintFacts): void {
    this.addTo(this.total, facts);
    if (this.groupBy === null) return;
    const key = groupKeyOf(facts, this.groupBy);
    let group = this.groups.get(key);
    if (!group) {
      group = { totals: emptyTotals(), dataDays: [], answerDays: [] };
      this.groups.set(key, group);
    }
    this.addTo(group, facts);
  }

  result(): { total: GroupTotals; groups: GroupRow[] } {
    return {
      total: finished(this.total),
      groups: [...this.groups].map(([key, gathering]) => ({ key, totals: finished(gathering) })),
    };
  }

  private workingDays(from: number, to: number): number {
    return this.context.calendar.workingDaysBetween(new Date(from), new Date(to));
  }

  private addTo(gathering: Gathering, facts: ComplaintFacts): void {
    const t = gathering.totals;
    const { asOf, resolutionBudget } = this.context;
    t.received++;
    if (facts.verifiedAt !== null) {
      t.verified++;
      if (this.workingDays(facts.receivedAt, facts.verifiedAt) <= VERIFICATION_DAYS) t.verifiedOnTime++;
    }
    if (facts.infoRequestedAt !== null) {
      t.onHold++;
      if (facts.infoProvidedAt !== null) gathering.dataDays.push(this.workingDays(facts.infoRequestedAt, facts.infoProvidedAt));
    }
    const disposed = facts.disposedAt !== null;
    const answered = facts.answeredAt !== null;
    const resolved = facts.resolvedAt !== null;
    if (disposed) t.disposed++;
    if (answered) t.answered++;
    if (answered && disposed) t.answeredOfDisposed++;
    if (resolved) t.resolved++;
    if (resolved && disposed) t.resolvedOfDisposed++;
    if (facts.answeredAt !== null && facts.dispositionBeforeAnswer !== null) {
      const days = this.workingDays(facts.dispositionBeforeAnswer, facts.answeredAt);
      gathering.answerDays.push(days);
      if (days <= ANSWER_DAYS) t.answeredOnTime++;
    }
    if (facts.resolvedAt !== null) {
      const used =
        resolutionBudget.unit === 'working_days'
          ? this.workingDays(facts.receivedAt, facts.resolvedAt)
          : jakartaDay(facts.resolvedAt) - jakartaDay(facts.receivedAt);
      if (used <= resolutionBudget.amount) t.resolvedWithinBudget++;
    }
    if (facts.closedAt === null) {
      t.open++;
      t.openByAge[ageBucket(this.workingDays(facts.receivedAt, asOf))]++;
      const overdue = OVERDUE_STAGES.map((stage) => {
        const missed = facts.missed[stage];
        const ended = facts.ended[stage];
        return missed !== null && (ended === null || ended < missed);
      });
      if (overdue.some(Boolean)) t.overdue++;
      if (overdue[0]) t.overdueVerification++;
      if (overdue[1]) t.overdueFollowUp++;
      if (overdue[2]) t.overdueResolution++;
    }
    if (facts.returned) t.returned++;
    if (facts.handedOver) t.handedOver++;
    if (facts.reopened && answered) t.reopened++;
    if (facts.surveyed && answered) t.surveyed++;
    if (facts.fixed !== null) {
      t.fixedKnown++;
      if (facts.fixed) t.fixedYes++;
    }
    if (facts.rating !== null) {
      t.ratingSum += facts.rating;
      t.ratingCount++;
    }
    if (facts.lastUnitActionAt !== null) {
      const previous = t.lastUnitActionAt === null ? null : Date.parse(t.lastUnitActionAt);
      if (previous === null || facts.lastUnitActionAt > previous) t.lastUnitActionAt = new Date(facts.lastUnitActionAt).toISOString();
    }
  }
}

function finished(gathering: Gathering): GroupTotals {
  const sample = (values: number[]) => ({ count: values.length, sum: values.reduce((a, b) => a + b, 0), median: medianOf(values) });
  return { ...gathering.totals, dataDays: sample(gathering.dataDays), answerDays: sample(gathering.answerDays) };
}
