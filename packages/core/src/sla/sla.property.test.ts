import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PEKALONGAN_DESK_HOURS } from '../calendar/office-hours.js';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import { createStream, LIFECYCLE_TYPES, replayDeadlines, type StreamState } from './__fixtures__/complaint-stream.js';
import { budgetMs, clockMath } from './clock-math.js';
import { instantReaching, pauseClock, resumeClock, startClock, type ClockRecord, type RunningClock } from './clock-record.js';
import { createSlaPolicy, type SlaDeadlinePolicy } from './create-sla-policy.js';
import type { SlaDeadlineState } from './deadline-state.js';
import { laporSlaPolicy, pekalonganSlaPolicy } from './presets.js';
import type { SlaClock } from './sla-policy-schema.js';
import { stageClock } from './stage-budget.js';

const calendar = createWorkingCalendar({ officeHours: PEKALONGAN_DESK_HOURS });
const policies = [createSlaPolicy(laporSlaPolicy, calendar), createSlaPolicy(pekalonganSlaPolicy, calendar)];

const MINUTE = 60_000;
const start = fc.date({ min: new Date('2024-01-01T00:00:00+07:00'), max: new Date('2026-06-30T00:00:00+07:00'), noInvalidDate: true });
const clock: fc.Arbitrary<SlaClock> = fc.oneof(
  fc.record({ amount: fc.integer({ min: 1, max: 20 }), unit: fc.constant('working_days' as const) }),
  fc.record({ amount: fc.integer({ min: 1, max: 120 }).map((halfDays) => halfDays / 2), unit: fc.constant('calendar_days' as const) }),
  fc.record({ amount: fc.integer({ min: 1, max: 80 }).map((halfHours) => halfHours / 2), unit: fc.constant('office_hours' as const) }),
);
/** Alternating running and paused stretches, in minutes. */
const pauses = fc.array(fc.tuple(fc.integer({ min: 0, max: 10 * 24 * 60 }), fc.integer({ min: 1, max: 10 * 24 * 60 })), { maxLength: 4 });

function withPauses(startedAt: number, stretches: readonly [number, number][]): RunningClock {
  let record: ClockRecord = startClock(new Date(startedAt).toISOString());
  let at = startedAt;
  for (const [running, paused] of stretches) {
    at += running * MINUTE;
    record = pauseClock(record, new Date(at).toISOString());
    at += paused * MINUTE;
    record = resumeClock(record, new Date(at).toISOString());
  }
  return record as RunningClock;
}

describe('stage clocks (properties)', () => {
  it('are never shortened by a pause', () => {
    fc.assert(
      fc.property(clock, start, pauses, (budget, from, stretches) => {
        const math = clockMath(budget.unit, calendar, from.getTime());
        const reach = (record: RunningClock) => math.lapseAt(instantReaching(record, record.runningSince, budgetMs(budget), math));
        const straight = reach(withPauses(from.getTime(), []));
        const paused = reach(withPauses(from.getTime(), stretches));
        expect(paused).toBeGreaterThanOrEqual(straight);
      }),
    );
  });

  it('warn strictly before they lapse, and on working days when counted in working days', () => {
    fc.assert(
      fc.property(clock, start, pauses, fc.double({ min: 0.01, max: 0.99, noNaN: true }), (budget, from, stretches, fraction) => {
        const record = withPauses(from.getTime(), stretches);
        const math = clockMath(budget.unit, calendar, from.getTime());
        const total = budgetMs(budget);
        const lapse = math.lapseAt(instantReaching(record, record.runningSince, total, math));
        const warning = math.warningAt(instantReaching(record, record.runningSince, Math.max(1, Math.round(fraction * total)), math));
        expect(warning).toBeLessThan(lapse);
        if (budget.unit === 'working_days') {
          expect(calendar.isWorkingDay(new Date(lapse))).toBe(true);
          expect(calendar.isWorkingDay(new Date(warning))).toBe(true);
        }
      }),
    );
  });
});

/** Checks that hold for every state a complaint can be in. */
function checkState(policy: SlaDeadlinePolicy, state: StreamState): void {
  const deadlines = state.deadlines as SlaDeadlineState;
  const pending = deadlines.pending;
  expect(deadlines.deadline).toEqual(pending && { kind: pending.kind, dueAt: pending.dueAt });
  if (!pending) return;
  if (pending.fraction !== null) expect(Date.parse(pending.dueAt)).toBeLessThan(Date.parse(pending.stageDueAt));
  if (stageClock(policy.config, pending.stage, state.context).unit === 'working_days') {
    expect(calendar.isWorkingDay(pending.dueAt)).toBe(true);
  }
}

/** Weights that keep walks going: closing events are rarer, sweeps more common. */
const CLOSING = new Set(['complaint-rejected', 'complaint-merged', 'complaint-resolved', 'complaint-confirmed']);
const weighted = <T extends string>(option: T, weight: number): T[] => Array.from({ length: weight }, () => option);

const steps = fc.array(fc.record({ gapMinutes: fc.integer({ min: 1, max: 5 * 24 * 60 }), choice: fc.nat() }), { maxLength: 20 });

describe('SLA fold over random lifecycles (properties)', () => {
  it('keeps its invariants, moves on after each announcement, and replays to the same JSON', () => {
    fc.assert(
      fc.property(fc.constantFrom(...policies), start, steps, (policy, receivedAt, plan) => {
        const stream = createStream(policy, receivedAt);
        let now = receivedAt.getTime();
        checkState(policy, stream.state());
        for (const { gapMinutes, choice } of plan) {
          now += gapMinutes * MINUTE;
          const at = new Date(now);
          const due = stream.state().deadlines.deadline;
          // The sweep acts on what is due at the deadline's own moment (a late sweep is tested on the desk).
          const action = due ? policy.dueAction(stream.state().deadlines, stream.state().context, new Date(due.dueAt)) : null;
          const options = [
            ...LIFECYCLE_TYPES.filter((type) => stream.accepts(type, at)).flatMap((type) => weighted(type, CLOSING.has(type) ? 1 : 3)),
            ...(action && 'event' in action ? weighted('sweep' as const, 6) : []),
          ];
          const picked = options[choice % Math.max(options.length, 1)];
          if (picked === undefined) break;
          if (picked !== 'sweep') {
            checkState(policy, stream.apply(picked, at));
            continue;
          }
          if (!action || !('event' in action)) continue;
          const next = stream.announce(action.event.type, at, action.event.payload);
          checkState(policy, next);
          const pending = (next.deadlines as SlaDeadlineState).pending;
          const stage = action.event.payload.stage;
          if (action.type === 'announce_approaching') {
            expect(pending?.kind === `${stage}.warning` && (pending.fraction ?? 0) <= action.event.payload.fraction).toBe(false);
          } else {
            expect(pending?.stage).not.toBe(stage);
          }
        }
        const replayed = replayDeadlines(policy, stream.events);
        expect(replayed).toEqual(stream.state().deadlines);
        expect(JSON.parse(JSON.stringify(replayed))).toEqual(replayed);
      }),
      { numRuns: 200 },
    );
  });
});
