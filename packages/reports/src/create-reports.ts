import { createWorkingCalendar } from '@aduan/core/calendar';
import { InvalidConfigError, InvalidInputError, type Actor, type FieldIssue } from '@aduan/spec';
import { reportScopeOf } from './actor-scope.js';
import { buildFigures } from './build-figures.js';
import { DEFAULT_BANDS, type BandsConfig } from './colour-bands.js';
import { parseReportDate } from './dates.js';
import { DEFAULT_EVENT_TYPES } from './event-rules.js';
import { GROUP_BYS, type GroupBy } from './group-by.js';
import { CHANNEL_LABELS, groupLabel } from './group-labels.js';
import type { GroupRow } from './group-totals.js';
import { recapMonth } from './recap/build-recap.js';
import type { RecapQuery, RecapReport } from './recap/recap-types.js';
import type { KpiQuery, KpiReport, KpiRow } from './report-types.js';
import { reportsOptionsSchema, type ReportsOptions } from './reports-options.js';
import { LAPOR_AJIB_BUDGET } from './resolution-budget.js';

/** KPIs and the monthly recap, for one city's configuration. */
export interface Reports {
  /**
   * The KPIs of the complaints received in `[from, to)`, measured at `asOf`, grouped as asked,
   * limited to the actor's unit when it has one. `invalid_input` for a bad period, `forbidden` for
   * a resident.
   */
  kpis(actor: Actor, query: KpiQuery): Promise<KpiReport>;
  /**
   * The Rekap SP4N-LAPOR! of the months asked, read through the desk as the actor (so scoped and
   * redacted as the desk's views). Needs the `desk` option.
   */
  recap(actor: Actor, query: RecapQuery): Promise<RecapReport>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The longest span from `from` to `asOf`: the working-day index has one entry per day of it. */
const MAX_SPAN_DAYS = 366 * 20;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MAX_MONTHS = 24;

const wibYear = (ms: number) => new Date(ms + 7 * 60 * 60 * 1000).getUTCFullYear();

/**
 * Builds the reports of a city: where KPIs are counted, on which calendar, with which budget,
 * bands and names. Wrong options are `invalid_config`, naming each.
 *
 * @example
 * const reports = createReports({ source: createSqlSource(createReadOnlyAccess(store)), desk });
 * const report = await reports.kpis(coordinator, { from: '2026-01-01', to: '2027-01-01', groupBy: 'unit' });
 */
export function createReports(options: ReportsOptions): Reports {
  const parsed = reportsOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new InvalidConfigError(
      'reports options',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const settings = parsed.data;
  const calendar = settings.calendar ?? createWorkingCalendar();
  const clock = settings.clock ?? { now: () => new Date() };
  const bands: BandsConfig = { ...DEFAULT_BANDS, ...settings.bands };
  const eventTypes = { ...DEFAULT_EVENT_TYPES, ...settings.eventTypes };
  const resolutionBudget = settings.resolutionBudget ?? LAPOR_AJIB_BUDGET;
  const names = { unitNames: settings.unitNames ?? {}, channelNames: { ...CHANNEL_LABELS, ...settings.channelNames } };

  function period(query: KpiQuery): { from: number; to: number; asOf: number; groupBy: GroupBy | null } {
    const issues: FieldIssue[] = [];
    const read = (value: unknown, path: string): number => {
      const result = parseReportDate(value, path);
      if ('issue' in result) {
        issues.push(result.issue);
        return Number.NaN;
      }
      return result.ms;
    };
    if (typeof query !== 'object' || query === null)
      throw new InvalidInputError('report query', [{ path: '', message: 'harus objek (must be an object)' }]);
    const from = read(query.from, 'from');
    const to = read(query.to, 'to');
    const asOf = query.asOf === undefined ? clock.now().getTime() : read(query.asOf, 'asOf');
    if (query.groupBy !== undefined && !(GROUP_BYS as readonly string[]).includes(query.groupBy)) {
      issues.push({ path: 'groupBy', message: `harus salah satu dari ${GROUP_BYS.join(', ')} (must be one of them)` });
    }
    if (issues.length === 0 && to <= from) issues.push({ path: 'to', message: 'harus setelah from (must be after from)' });
    if (issues.length === 0 && asOf < from) {
      issues.push({ path: 'asOf', message: 'harus pada atau setelah awal periode (must be at or after from)' });
    }
    if (issues.length === 0 && (Math.max(asOf, to) - from) / DAY_MS > MAX_SPAN_DAYS) {
      issues.push({ path: 'to', message: 'periode sampai asOf paling lama 20 tahun (at most 20 years from from)' });
    }
    if (issues.length > 0) throw new InvalidInputError('report query', issues);
    return { from, to, asOf, groupBy: query.groupBy ?? null };
  }

  return {
    async kpis(actor, query) {
      const unitId = reportScopeOf(actor, 'read reports');
      const { from, to, asOf, groupBy } = period(query);
      const iso = (ms: number) => new Date(ms).toISOString();
      const answer = await settings.source.totals({
        from: iso(from),
        to: iso(to),
        asOf: iso(asOf),
        groupBy,
        unitId,
        resolutionBudget,
        eventTypes,
        calendar,
      });
      const context = { bands, asOf: iso(asOf), calendar };
      const row = (group: GroupRow, label: string): KpiRow => ({ key: group.key, label, figures: buildFigures(group.totals, context) });
      const groups =
        groupBy === null
          ? []
          : answer.groups
              .map((group) => row(group, groupLabel(groupBy, group.key, names)))
              .sort((a, b) => {
                if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1;
                if (groupBy === 'month') return (a.key ?? '').localeCompare(b.key ?? '');
                return a.label.localeCompare(b.label, 'id') || (a.key ?? '').localeCompare(b.key ?? '');
              });
      const years: number[] = [];
      for (let year = wibYear(from); year <= wibYear(asOf); year++)
        if (calendar.coverage(year).source === 'weekends_only') years.push(year);
      return {
        format: 'aduan.kpi-report',
        formatVersion: 1,
        period: { from: iso(from), to: iso(to), asOf: iso(asOf) },
        groupBy,
        unitId,
        resolutionBudget,
        source: settings.source.name,
        generatedAt: clock.now().toISOString(),
        total: row({ key: null, totals: answer.total }, 'Total'),
        groups,
        uncoveredYears: years,
      };
    },

    async recap(actor, query) {
      reportScopeOf(actor, 'read the recap');
      const desk = settings.desk;
      if (!desk) {
        throw new InvalidConfigError('reports options', [
          { path: 'desk', message: 'the recap reads through the desk: pass createReports({ desk })' },
        ]);
      }
      const months = Array.isArray(query?.months) ? query.months : [];
      const issues: FieldIssue[] = [];
      if (months.length === 0 || months.length > MAX_MONTHS) {
        issues.push({ path: 'months', message: `harus 1 sampai ${MAX_MONTHS} bulan (1 to ${MAX_MONTHS} months)` });
      }
      months.forEach((month, index) => {
        if (typeof month !== 'string' || !MONTH.test(month))
          issues.push({ path: `months.${index}`, message: 'harus YYYY-MM (must be YYYY-MM)' });
        else if (months.indexOf(month) !== index) issues.push({ path: `months.${index}`, message: 'disebut dua kali (listed twice)' });
      });
      if (issues.length > 0) throw new InvalidInputError('recap query', issues);
      const context = {
        desk,
        actor,
        unitNames: names.unitNames,
        laporSystem: settings.laporSystem ?? 'lapor',
        onlyLinked: query.onlyLinked === true,
      };
      const result = [];
      for (const month of [...months].sort()) result.push(await recapMonth(context, month));
      return { format: 'aduan.lapor-recap', formatVersion: 1, generatedAt: clock.now().toISOString(), months: result };
    },
  };
}
