import {
  COMPLAINT_STATUSES,
  FINAL_COMPLAINT_STATUSES,
  IllegalTransitionError,
  OPEN_COMPLAINT_STATUSES,
  type ComplaintContext,
  type ComplaintStatus,
} from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { assertAccepted } from '../desk/assert-accepted.js';
import type { LifecycleEvent } from '../schemas/events.js';
import { complaintMachine } from './complaint-machine.js';
import { LIFECYCLE_RULES, refusalOf, type LifecycleRuleName } from './lifecycle-rules.js';

const AT = '2026-03-02T02:00:00.000Z';
const context: ComplaintContext = {
  complaintId: 'c-1',
  trackingNumber: 'ADU-260302-AAAAA-BBBBB',
  channel: 'web',
  title: 'Lampu mati',
  classification: 'pengaduan',
  category: null,
  tier: null,
  complainantId: 'warga-1',
  anonim: true,
  rahasia: true,
  createdAt: AT,
  unitId: 'dpupr',
  escalationLevel: 2,
  confirmBy: '2026-03-12T16:59:59.999Z',
  mergedInto: null,
  kelurahan: null,
  geo: null,
  lastInboundAt: AT,
  missedStages: [],
  externalRefs: [{ system: 'lapor', id: '5049672' }],
  synced: {},
};

/** An event each rule refuses in `context`. */
const REFUSED: Record<Exclude<LifecycleRuleName, 'hasUnit'>, LifecycleEvent> = {
  notIntoItself: { type: 'complaint-merged', at: AT, payload: { intoId: 'c-1' } },
  higherLevel: { type: 'complaint-escalated', at: AT, payload: { level: 2, reason: 'Ulang' } },
  toAnotherUnit: { type: 'complaint-disposed', at: AT, payload: { unitId: 'dpupr' } },
  withinConfirmationWindow: { type: 'complaint-reopened', at: '2026-03-12T17:00:00.000Z', payload: { reason: 'Terlambat' } },
  oneRefPerSystem: { type: 'complaint-linked', at: AT, payload: { system: 'lapor', id: '5049673' } },
  linkedTo: {
    type: 'complaint-synced',
    at: AT,
    payload: { system: 'lapor', id: '1111111', transport: 'export', fields: {}, sourceTimestamps: {}, digest: '0'.repeat(64) },
  },
  sameTrackingId: {
    type: 'complaint-handed-over',
    at: AT,
    payload: { authority: 'Kementerian PUPR', reason: 'Jalan nasional', trackingId: '5049673' },
  },
};

/** The guard names on one transition, `and([...])` spelled out (as the diagram draws them). */
function guardsOf(guard: unknown): string[] {
  if (!guard) return [];
  if (typeof guard === 'string') return [guard];
  const combined = (guard as { guards?: unknown[] }).guards;
  return Array.isArray(combined) ? combined.flatMap(guardsOf) : [];
}

/** Every (state, event type) whose transitions are guarded, with the guards they use. */
const guardedTransitions = Object.values(complaintMachine.root.states).flatMap((node) =>
  [...node.transitions].flatMap(([eventType, definitions]) => {
    const guards = definitions.flatMap((definition) => guardsOf(definition.guard));
    return guards.length > 0 && definitions.every((definition) => definition.guard)
      ? [{ state: node.key as ComplaintStatus, eventType, guards }]
      : [];
  }),
);

describe('the lifecycle machine and the status lists of @aduan/spec', () => {
  it('has exactly the states of COMPLAINT_STATUSES, the closed ones (taking only a sync) exactly FINAL_COMPLAINT_STATUSES', () => {
    const states = Object.values(complaintMachine.root.states);
    const closed = (node: (typeof states)[number]) => [...node.transitions.keys()].every((type) => type === 'complaint-synced');

    expect(states.map((node) => node.key).sort()).toEqual([...COMPLAINT_STATUSES].sort());
    expect(
      states
        .filter(closed)
        .map((node) => node.key)
        .sort(),
    ).toEqual([...FINAL_COMPLAINT_STATUSES].sort());
    expect(
      states
        .filter((node) => !closed(node))
        .map((node) => node.key)
        .sort(),
    ).toEqual([...OPEN_COMPLAINT_STATUSES].sort());
  });
});

describe('lifecycle rules', () => {
  it('are exactly the machine’s guards, each guarding only its own event', () => {
    expect(Object.keys(complaintMachine.implementations.guards).sort()).toEqual(Object.keys(LIFECYCLE_RULES).sort());
    for (const { eventType, guards } of guardedTransitions) {
      for (const guard of guards) expect(LIFECYCLE_RULES[guard as LifecycleRuleName].guards, `${guard} on ${eventType}`).toBe(eventType);
    }
  });

  it.each(guardedTransitions.map((transition) => [transition.state, transition.eventType, transition]))(
    'in %s, a refused %s names the rule that refused it',
    (_state, _type, { state, eventType }) => {
      const [name, event] = Object.entries(REFUSED).find(([, candidate]) => candidate.type === eventType)!;
      const snapshot = complaintMachine.resolveState({ value: state, context });

      expect(snapshot.can(event)).toBe(false);
      expect(LIFECYCLE_RULES[name as LifecycleRuleName].check(context, event)).toBe(false);
      let thrown: unknown;
      try {
        assertAccepted(context.complaintId, snapshot, event, 'command');
      } catch (error) {
        thrown = error;
      }
      expect(IllegalTransitionError.isInstance(thrown)).toBe(true);
      expect((thrown as IllegalTransitionError).refusal).toEqual({ rule: name, reason: expect.any(String) });
      expect((thrown as IllegalTransitionError).message).toContain(`rule "${name}" refused it`);
    },
  );

  it('explains nothing when every rule of the event lets it through', () => {
    expect(refusalOf(context, { type: 'complaint-escalated', at: AT, payload: { level: 3, reason: 'Naik' } })).toBeUndefined();
    expect(refusalOf(context, { type: 'complaint-verified', at: AT, payload: { classification: 'pengaduan' } })).toBeUndefined();
  });
});
