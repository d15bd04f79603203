import type { ComplaintContext, TransitionRefusal } from '@aduan/spec';
import type { LifecycleEvent } from '../schemas/events.js';

/** One guard of the lifecycle machine: the test it applies, the event it guards, and why it says no. */
export interface LifecycleRule {
  /** The event type whose transitions this rule guards. */
  guards: LifecycleEvent['type'];
  check(context: Readonly<ComplaintContext>, event: LifecycleEvent): boolean;
  /** Why the rule refuses the event, in words an officer understands. */
  reason(context: Readonly<ComplaintContext>, event: LifecycleEvent): string;
}

const rules = {
  notIntoItself: {
    guards: 'complaint-merged',
    check: (context, event) => event.type === 'complaint-merged' && event.payload.intoId !== context.complaintId,
    reason: () => 'a complaint cannot be merged into itself',
  },
  higherLevel: {
    guards: 'complaint-escalated',
    check: (context, event) => event.type === 'complaint-escalated' && event.payload.level > context.escalationLevel,
    reason: (context, event) =>
      `escalation level ${event.type === 'complaint-escalated' ? event.payload.level : '?'} is not above the current level ${context.escalationLevel}`,
  },
  toAnotherUnit: {
    guards: 'complaint-disposed',
    check: (context, event) => event.type === 'complaint-disposed' && event.payload.unitId !== context.unitId,
    reason: (context) => `it is already disposed to unit "${context.unitId}"`,
  },
  withinConfirmationWindow: {
    guards: 'complaint-reopened',
    check: (context, event) => context.confirmBy !== null && Date.parse(event.at) <= Date.parse(context.confirmBy),
    reason: (context) =>
      context.confirmBy === null ? 'no confirmation window is open' : `the confirmation window ended at ${context.confirmBy}`,
  },
  hasUnit: {
    guards: 'complaint-reopened',
    check: (context) => context.unitId !== null,
    reason: () => 'no unit answered it',
  },
  oneRefPerSystem: {
    guards: 'complaint-linked',
    check: (context, event) =>
      event.type === 'complaint-linked' && !context.externalRefs.some((ref) => ref.system === event.payload.system),
    reason: (context, event) => {
      const system = event.type === 'complaint-linked' ? event.payload.system : '?';
      const held = context.externalRefs.find((ref) => ref.system === system);
      return `it is already linked to ${system}:${held?.id ?? '?'} (one reference per system)`;
    },
  },
  linkedTo: {
    guards: 'complaint-synced',
    check: (context, event) =>
      event.type === 'complaint-synced' &&
      context.externalRefs.some((ref) => ref.system === event.payload.system && ref.id === event.payload.id),
    reason: (_context, event) =>
      `it is not linked to ${event.type === 'complaint-synced' ? `${event.payload.system}:${event.payload.id}` : 'that reference'}`,
  },
  sameTrackingId: {
    guards: 'complaint-handed-over',
    check: (context, event) => {
      if (event.type !== 'complaint-handed-over' || event.payload.trackingId === undefined) return true;
      const held = context.externalRefs.find((ref) => ref.system === 'lapor');
      return held === undefined || held.id === event.payload.trackingId;
    },
    reason: (context) =>
      `it is already linked to SP4N-LAPOR! Tracking ID ${context.externalRefs.find((ref) => ref.system === 'lapor')?.id ?? '?'}`,
  },
} satisfies Record<string, LifecycleRule>;

export type LifecycleRuleName = keyof typeof rules;

/**
 * Every guard of `complaintMachine`, by the name the machine uses. The machine's guards call
 * these checks, and a refused command is explained from the same table, so the rule named in
 * `illegal_transition` is the one that really refused it. Listed in the order refusals are
 * explained: the first rule of an event that fails is the one named.
 */
export const LIFECYCLE_RULES: Readonly<Record<LifecycleRuleName, LifecycleRule>> = rules;

const RULES = Object.entries(LIFECYCLE_RULES) as [LifecycleRuleName, LifecycleRule][];

/**
 * The rule that refuses `event` in a state whose transitions for it are all guarded: the first
 * rule of the event (table order) whose check fails. Undefined when every rule of the event passes.
 */
export function refusalOf(context: Readonly<ComplaintContext>, event: LifecycleEvent): TransitionRefusal | undefined {
  for (const [name, rule] of RULES) {
    if (rule.guards === event.type && !rule.check(context, event)) return { rule: name, reason: rule.reason(context, event) };
  }
  return undefined;
}
