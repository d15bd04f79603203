import { and, assign, setup } from 'xstate';
import type { Classification } from '@aduan/spec';
import type { EventPayload, LifecycleEvent } from '../schemas/events.js';

/** Everything the lifecycle remembers between events. Plain JSON: it is persisted as is. */
export interface ComplaintContext {
  complaintId: string;
  trackingNumber: string;
  channel: string;
  title: string;
  classification: Classification;
  category: string | null;
  tier: string | null;
  complainantId: string;
  anonim: boolean;
  rahasia: boolean;
  createdAt: string;
  unitId: string | null;
  escalationLevel: number;
  /** End of the complainant's window to confirm or dispute the response. */
  confirmBy: string | null;
  mergedInto: string | null;
  /** When the complainant last wrote (intake, data, follow-ups): channels with reply windows need it. */
  lastInboundAt: string;
  /** Stages whose deadline lapsed, in order (a stage can lapse again after a reopen). */
  missedStages: string[];
}

export interface ComplaintMachineInput {
  complaintId: string;
  at: string;
  received: EventPayload<'complaint-received'>;
}

/** Bump when the context shape changes; `restoreSnapshot` refuses unknown versions. */
export const MACHINE_SCHEMA_VERSION = 1;

/**
 * The complaint lifecycle. Its events are the domain events themselves, so replaying a stream
 * through `transition` re-derives the state, and the desk asks the same machine (`can`) whether a
 * new event is legal. Guards live here, nowhere else.
 */
export const complaintMachine = setup({
  types: {
    context: {} as ComplaintContext,
    events: {} as LifecycleEvent,
    input: {} as ComplaintMachineInput,
  },
  guards: {
    notIntoItself: ({ context, event }) => event.type === 'complaint-merged' && event.payload.intoId !== context.complaintId,
    higherLevel: ({ context, event }) => event.type === 'complaint-escalated' && event.payload.level > context.escalationLevel,
    toAnotherUnit: ({ context, event }) => event.type === 'complaint-disposed' && event.payload.unitId !== context.unitId,
    hasUnit: ({ context }) => context.unitId !== null,
    withinConfirmationWindow: ({ context, event }) =>
      context.confirmBy !== null && Date.parse(event.at) <= Date.parse(context.confirmBy),
  },
  actions: {
    classify: assign(({ context, event }) =>
      event.type === 'complaint-verified'
        ? { classification: event.payload.classification, category: event.payload.category ?? context.category, tier: event.payload.tier ?? null }
        : {},
    ),
    assignUnit: assign(({ event }) => (event.type === 'complaint-disposed' ? { unitId: event.payload.unitId, confirmBy: null } : {})),
    clearUnit: assign({ unitId: null }),
    startConfirmationWindow: assign(({ event }) => (event.type === 'complaint-responded' ? { confirmBy: event.payload.confirmBy } : {})),
    closeConfirmationWindow: assign({ confirmBy: null }),
    raiseLevel: assign(({ event }) => (event.type === 'complaint-escalated' ? { escalationLevel: event.payload.level } : {})),
    /** Deadline notices change no state; they count in the history and keep the evidence of lapses. */
    noteDeadline: assign(({ context, event }) =>
      event.type === 'complaint-deadline-missed' ? { missedStages: [...context.missedStages, event.payload.stage] } : {},
    ),
    noteInbound: assign(({ event }) => ({ lastInboundAt: event.at })),
    recordMerge: assign(({ event }) => (event.type === 'complaint-merged' ? { mergedInto: event.payload.intoId } : {})),
  },
}).createMachine({
  id: 'complaint',
  initial: 'received',
  context: ({ input }) => ({
    complaintId: input.complaintId,
    trackingNumber: input.received.trackingNumber,
    channel: input.received.channel,
    title: input.received.title,
    classification: input.received.classification,
    category: input.received.category ?? null,
    tier: null,
    complainantId: input.received.complainantId,
    anonim: input.received.anonim,
    rahasia: input.received.rahasia,
    createdAt: input.at,
    unitId: null,
    escalationLevel: 0,
    confirmBy: null,
    mergedInto: null,
    lastInboundAt: input.at,
    missedStages: [],
  }),
  states: {
    received: {
      on: {
        'complaint-deadline-approaching': { actions: 'noteDeadline' },
        'complaint-deadline-missed': { actions: 'noteDeadline' },
        'complaint-follow-up-received': { actions: 'noteInbound' },
        'complaint-info-requested': 'needs_info',
        'complaint-verified': { target: 'verified', actions: 'classify' },
        'complaint-rejected': 'rejected',
        'complaint-merged': { target: 'merged', guard: 'notIntoItself', actions: 'recordMerge' },
        'complaint-escalated': { target: 'escalated', guard: 'higherLevel', actions: 'raiseLevel' },
      },
    },
    needs_info: {
      on: {
        'complaint-deadline-approaching': { actions: 'noteDeadline' },
        'complaint-deadline-missed': { actions: 'noteDeadline' },
        'complaint-follow-up-received': { actions: 'noteInbound' },
        'complaint-info-provided': { target: 'received', actions: 'noteInbound' },
        'complaint-rejected': 'rejected',
        'complaint-merged': { target: 'merged', guard: 'notIntoItself', actions: 'recordMerge' },
      },
    },
    verified: {
      on: {
        'complaint-deadline-approaching': { actions: 'noteDeadline' },
        'complaint-deadline-missed': { actions: 'noteDeadline' },
        'complaint-follow-up-received': { actions: 'noteInbound' },
        'complaint-disposed': { target: 'disposed', actions: 'assignUnit' },
        'complaint-info-requested': 'needs_info',
        'complaint-rejected': 'rejected',
        'complaint-merged': { target: 'merged', guard: 'notIntoItself', actions: 'recordMerge' },
        'complaint-escalated': { target: 'escalated', guard: 'higherLevel', actions: 'raiseLevel' },
      },
    },
    disposed: {
      on: {
        'complaint-deadline-approaching': { actions: 'noteDeadline' },
        'complaint-deadline-missed': { actions: 'noteDeadline' },
        'complaint-follow-up-received': { actions: 'noteInbound' },
        'complaint-responded': { target: 'responded', actions: 'startConfirmationWindow' },
        'complaint-returned': { target: 'verified', actions: 'clearUnit' },
        'complaint-disposed': { target: 'disposed', guard: 'toAnotherUnit', actions: 'assignUnit' },
        'complaint-escalated': { target: 'escalated', guard: 'higherLevel', actions: 'raiseLevel' },
      },
    },
    responded: {
      on: {
        'complaint-deadline-approaching': { actions: 'noteDeadline' },
        'complaint-deadline-missed': { actions: 'noteDeadline' },
        'complaint-follow-up-received': { actions: 'noteInbound' },
        'complaint-confirmed': { target: 'resolved', actions: 'closeConfirmationWindow' },
        'complaint-resolved': { target: 'resolved', actions: 'closeConfirmationWindow' },
        // Back to the unit that answered; an answer given by the higher level goes back to it.
        'complaint-reopened': [
          { target: 'disposed', guard: and(['withinConfirmationWindow', 'hasUnit']), actions: 'closeConfirmationWindow' },
          { target: 'escalated', guard: 'withinConfirmationWindow', actions: 'closeConfirmationWindow' },
        ],
        'complaint-escalated': { target: 'escalated', guard: 'higherLevel', actions: ['raiseLevel', 'closeConfirmationWindow'] },
      },
    },
    escalated: {
      on: {
        'complaint-deadline-approaching': { actions: 'noteDeadline' },
        'complaint-deadline-missed': { actions: 'noteDeadline' },
        'complaint-follow-up-received': { actions: 'noteInbound' },
        // Escalated before verification (the verification deadline lapsed): the higher level carries
        // on, and a unit that had it no longer does.
        'complaint-verified': { target: 'verified', actions: ['classify', 'clearUnit'] },
        'complaint-info-requested': { target: 'needs_info', actions: 'clearUnit' },
        'complaint-rejected': 'rejected',
        'complaint-disposed': { target: 'disposed', actions: 'assignUnit' },
        'complaint-responded': { target: 'responded', actions: 'startConfirmationWindow' },
        'complaint-resolved': 'resolved',
        'complaint-escalated': { target: 'escalated', guard: 'higherLevel', actions: 'raiseLevel' },
      },
    },
    resolved: { type: 'final' },
    rejected: { type: 'final' },
    merged: { type: 'final' },
  },
});

export type ComplaintMachine = typeof complaintMachine;
