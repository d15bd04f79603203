import type { Desk } from '@aduan/core';
import type { WorkingCalendar } from '@aduan/core/calendar';
import { createReports, createSqlSource, type Reports } from '@aduan/reports';
import type { Clock } from '@aduan/spec';
import { createReadOnlyAccess, type SqlStore } from '@aduan/store-postgres';
import { UNITS } from './units.js';

/**
 * The reports of the dashboard: KPIs counted by PostgreSQL or PGlite over the desk's own store
 * (read-only access), in working days of the desk's calendar, with the units' names.
 */
export function createDeskReports(options: { store: SqlStore; desk: Desk; calendar: WorkingCalendar; clock: Clock }): Reports {
  return createReports({
    source: createSqlSource(createReadOnlyAccess(options.store)),
    desk: options.desk,
    calendar: options.calendar,
    clock: options.clock,
    unitNames: Object.fromEntries(UNITS.map((unit) => [unit.id, unit.name])),
  });
}
