import type { WorkingCalendar } from '@aduan/core/calendar';
import type { Clock } from '@aduan/spec';
import { z } from 'zod';
import { type BandsConfig, kpiBandsSchema } from './colour-bands.js';
import type { ReportEventTypes } from './event-rules.js';
import { KPI_DEFINITIONS } from './kpi-catalogue.js';
import type { RecapDesk } from './recap/build-recap.js';
import { resolutionBudgetSchema, type ResolutionBudget } from './resolution-budget.js';
import type { KpiSource } from './sources/kpi-source.js';

export interface ReportsOptions {
  /** Where the KPIs are counted: `createEventSource(store)` or `createSqlSource(createReadOnlyAccess(store))`. */
  source: KpiSource;
  /** The city's working calendar (`createWorkingCalendar` of `@aduan/core/calendar`); default the national one. */
  calendar?: WorkingCalendar;
  /** The source of "now" (the default `asOf` and `generatedAt`). */
  clock?: Clock;
  /** The budget of "resolved within the budget": default Lapor Ajib's 14 working days. */
  resolutionBudget?: ResolutionBudget;
  /** Colour bands by KPI; each KPI given replaces its default (`DEFAULT_BANDS`). */
  bands?: BandsConfig;
  /** Event types of other packages the KPIs read. */
  eventTypes?: Partial<ReportEventTypes>;
  /** Names of units by id, for group labels and the recap's Stakeholder column. */
  unitNames?: Readonly<Record<string, string>>;
  /** Names of channels by id (defaults name aduan's own channels in Bahasa Indonesia). */
  channelNames?: Readonly<Record<string, string>>;
  /** The desk the Rekap SP4N-LAPOR! reads its rows through (scoped and redacted as its views). Needed for `recap` only. */
  desk?: RecapDesk;
  /** The `system` of SP4N-LAPOR! references on complaints; default `lapor`. */
  laporSystem?: string;
}

const hasMethods =
  (...names: string[]) =>
  (value: unknown) =>
    typeof value === 'object' && value !== null && names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');

const kpiIds = KPI_DEFINITIONS.map((definition) => definition.id) as [string, ...string[]];
const names = z.record(z.string().min(1).max(200), z.string().trim().min(1).max(200));
const eventType = z.string().trim().min(1).max(200);

export const reportsOptionsSchema = z
  .object({
    source: z.custom<KpiSource>(hasMethods('totals'), 'must be a KPI source (createEventSource or createSqlSource)'),
    calendar: z
      .custom<WorkingCalendar>(
        hasMethods('isWorkingDay', 'workingDaysBetween', 'coverage'),
        'must be a working calendar (createWorkingCalendar)',
      )
      .optional(),
    clock: z.custom<Clock>(hasMethods('now'), 'must be a clock with now()').optional(),
    resolutionBudget: resolutionBudgetSchema.optional(),
    bands: z.partialRecord(z.enum(kpiIds), kpiBandsSchema).optional(),
    eventTypes: z.object({ handedOver: eventType.optional(), satisfaction: eventType.optional() }).strict().optional(),
    unitNames: names.optional(),
    channelNames: names.optional(),
    desk: z.custom<RecapDesk>(hasMethods('list', 'get'), 'must be a desk (createDesk) or an IntakeDeskV1').optional(),
    laporSystem: z.string().trim().min(1).max(100).optional(),
  })
  .strict();
