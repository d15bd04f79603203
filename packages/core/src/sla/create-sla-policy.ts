import { InvalidConfigError, type DeadlinePolicyV1, type FieldIssue } from '@aduan/spec';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { parseConfig } from '../support/parse.js';
import { budgetMs, clockMath } from './clock-math.js';
import { isRunning } from './clock-record.js';
import { readSlaState } from './deadline-state.js';
import { foldDeadlines } from './fold-deadlines.js';
import { lapseOf, stageTiming } from './pending-moments.js';
import { dueActionFor } from './sla-actions.js';
import { slaPolicySchema, type SlaClock, type SlaPolicyConfig, type SlaPolicyInput } from './sla-policy-schema.js';
import { stageClock } from './stage-budget.js';
import { stageClocks } from './stage-clocks.js';

/** A `DeadlinePolicyV1` driven by an SLA policy and a working calendar. */
export interface SlaDeadlinePolicy extends DeadlinePolicyV1 {
  /** The validated policy, defaults filled in. */
  readonly config: SlaPolicyConfig;
  readonly calendar: WorkingCalendar;
}

/** Every clock of the policy, with the config path that sets it. */
function clocksWithPaths(config: SlaPolicyConfig): [string, SlaClock][] {
  const found: [string, SlaClock][] = Object.entries(config.clocks).map(([stage, clock]) => [`clocks.${stage}`, clock]);
  for (const [group, byKey] of Object.entries(config.overrides)) {
    for (const [key, clocks] of Object.entries(byKey as Record<string, Record<string, SlaClock | undefined> | undefined>)) {
      for (const [stage, clock] of Object.entries(clocks ?? {})) if (clock) found.push([`overrides.${group}.${key}.${stage}`, clock]);
    }
  }
  return found;
}

function requireOfficeHoursWhereUsed(config: SlaPolicyConfig, calendar: WorkingCalendar): void {
  if (calendar.hasOfficeHours) return;
  const issues: FieldIssue[] = clocksWithPaths(config)
    .filter(([, clock]) => clock.unit === 'office_hours')
    .map(([path]) => ({ path: `${path}.unit`, message: 'office_hours needs a calendar created with officeHours' }));
  if (issues.length > 0) throw new InvalidConfigError('SLA policy', issues);
}

function checkCalendar(calendar: unknown): WorkingCalendar {
  const candidate = calendar as Partial<WorkingCalendar> | null | undefined;
  if (typeof candidate?.addWorkingTime !== 'function' || typeof candidate.workingTimeBetween !== 'function') {
    throw new InvalidConfigError('SLA policy', [
      { path: 'calendar', message: 'must be a WorkingCalendar: createWorkingCalendar() of @aduan/core/calendar' },
    ]);
  }
  return candidate as WorkingCalendar;
}

/**
 * Builds the deadline policy for the desk (`createDesk({ deadlines })`). The policy is validated
 * (`InvalidConfigError` names each bad path); clocks in office hours need a calendar that has them.
 *
 * @example
 * import { createWorkingCalendar } from '@aduan/core/calendar';
 * import { createSlaPolicy, slaPresets } from '@aduan/core/sla';
 *
 * const desk = createDesk({ store, deadlines: createSlaPolicy(slaPresets.pekalongan, createWorkingCalendar()) });
 */
export function createSlaPolicy(policy: SlaPolicyInput, calendar: WorkingCalendar): SlaDeadlinePolicy {
  const config = parseConfig(slaPolicySchema, policy, 'SLA policy');
  checkCalendar(calendar);
  requireOfficeHoursWhereUsed(config, calendar);
  return {
    specificationVersion: 'v1',
    config,
    calendar,
    confirmationDeadline(respondedAt, context) {
      const clock = stageClock(config, 'confirmation', context);
      const math = clockMath(clock.unit, calendar, respondedAt.getTime());
      return new Date(math.lapseAt(math.reach(respondedAt.getTime(), budgetMs(clock))));
    },
    advance: (previous, event, status, context) =>
      foldDeadlines(previous === null ? null : readSlaState(previous), event, status, context, config, calendar),
    dueAction: (state, context, now) => dueActionFor(readSlaState(state), context, now, config, calendar),
    clocks: (state, context, now) => stageClocks(readSlaState(state), context, now, config, calendar),
    expectedResolution(state, context) {
      const resolution = readSlaState(state).clocks.resolution;
      if (!isRunning(resolution)) return null;
      return new Date(lapseOf(resolution, stageTiming(resolution, 'resolution', context, config, calendar))!).toISOString();
    },
  };
}
