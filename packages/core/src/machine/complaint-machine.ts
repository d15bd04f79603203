import { and, assign, setup } from 'xstate';
import type { ComplaintContext, ExternalRef, Location } from '@aduan/spec';
import type { EventPayload, LifecycleEvent } from '../schemas/events.js';
import { LIFECYCLE_RULES } from './lifecycle-rules.js';

export interface ComplaintMachineInput {
  complaintId: string;
  at: string;
  received: EventPayload<'complaint-received'>;
}

/**
 * Bump when the persisted context changes shape; `restoreLifecycle` refuses other versions with
 * `rebuild_required`, and `desk.rebuild()` re-derives them from the events. 2: `kelurahan`, `geo`.
 * 3: `externalRefs`, `synced`.
 */
export const MACHINE_SCHEMA_VERSION = 3;

const geoOf = (location: Location | undefined): ComplaintContext['geo'] =>
  location?.lat !== undefined && location.long !== undefined ? { lat: location.lat, long: location.long } : null;

/** What a later message adds to the complaint's place: only what the complaint did not know yet. */
function learnedPlace(context: ComplaintContext, location: Location | undefined): Partial<ComplaintContext> {
  if (!location) return {};
  const place: Partial<ComplaintContext> = {};
  if (context.kelurahan === null && location.kelurahan) place.kelurahan = location.kelurahan;
  if (context.geo === null) {
    const geo = geoOf(location);
    if (geo) place.geo = geo;
  }
  return place;
}

/** The references an event adds: a link, or the Tracking ID a hand-over names (once). */
function addedRefs(context: ComplaintContext, event: LifecycleEvent): ExternalRef[] {
  if (event.type === 'complaint-linked') return [{ system: event.payload.system, id: event.payload.id }];
  if (event.type === 'complaint-handed-over' && event.payload.trackingId !== undefined) {
    const known = context.externalRefs.some((ref) => ref.system === 'lapor' && ref.id === event.payload.trackingId);
    return known ? [] : [{ system: 'lapor', id: event.payload.trackingId }];
  }
  return [];
}

/**
 * Events that record something beside the lifecycle (a link to another system, what that system
 * says of the complaint): accepted in every open state without changing it.
 */
const RECORDS = {
  'complaint-linked': { guard: 'oneRefPerSystem', actions: 'addRefs' },
  'complaint-synced': { guard: 'linkedTo', actions: 'noteSync' },
} as const;

/** A closed complaint takes only what another system says of it. */
const CLOSED = { on: { 'complaint-synced': RECORDS['complaint-synced'] } } as const;

/**
 * The complaint lifecycle. Its events are the domain events themselves, so replaying a stream
 * re-derives the state, and the desk asks the same machine (`snapshot.can`) whether a new event
 * is legal. Its guards are the rules of `LIFECYCLE_RULES`; nothing else decides a transition.
 */
export const complaintMachine = setup({
  types: {
    context: {} as ComplaintContext,
    events: {} as LifecycleEvent,
    input: {} as ComplaintMachineInput,
  },
  // Each guard is the check of its rule in LIFECYCLE_RULES, which also explains refusals.
  guards: {
    notIntoItself: ({ context, event }) => LIFECYCLE_RULES.notIntoItself.check(context, event),
    higherLevel: ({ context, event }) => LIFECYCLE_RULES.higherLevel.check(context, event),
    toAnotherUnit: ({ context, event }) => LIFECYCLE_RULES.toAnotherUnit.check(context, event),
    hasUnit: ({ context, event }) => LIFECYCLE_RULES.hasUnit.check(context, event),
    withinConfirmationWindow: ({ context, event }) => LIFECYCLE_RULES.withinConfirmationWindow.check(context, event),
    oneRefPerSystem: ({ context, event }) => LIFECYCLE_RULES.oneRefPerSystem.check(context, event),
    linkedTo: ({ context, event }) => LIFECYCLE_RULES.linkedTo.check(context, event),
    sameTrackingId: ({ context, event }) => LIFECYCLE_RULES.sameTrackingId.check(context, event),
  },
  actions: {
    classify: assign(({ context, event }) =>
      event.type === 'complaint-verified'
        ? {
            classification: event.payload.classification,
            category: event.payload.category ?? context.category,
            tier: event.payload.tier ?? null,
          }
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
    /** The complainant wrote: the reply window restarts, and a location they send fills in what the complaint lacked. */
    noteInbound: assign(({ context, event }) => ({
      lastInboundAt: event.at,
      ...(event.type === 'complaint-info-provided' || event.type === 'complaint-follow-up-received'
        ? learnedPlace(context, event.payload.location)
        : {}),
    })),
    recordMerge: assign(({ event }) => (event.type === 'complaint-merged' ? { mergedInto: event.payload.intoId } : {})),
    addRefs: assign(({ context, event }) => {
      const added = addedRefs(context, event);
      return added.length > 0 ? { externalRefs: [...context.externalRefs, ...added] } : {};
    }),
    noteSync: assign(({ context, event }) =>
      event.type === 'complaint-synced' ? { synced: { ...context.synced, [event.payload.system]: event.payload.digest } } : {},
    ),
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
    kelurahan: input.received.location?.kelurahan ?? null,
    geo: geoOf(input.received.location),
    lastInboundAt: input.at,
    missedStages: [],
    externalRefs: input.received.externalRefs ?? [],
    synced: {},
  }),
  states: {
    received: {
      on: {
        ...RECORDS,
        'complaint-deadline-approaching': { actions: 'noteDeadline' },
        'complaint-deadline-missed': { actions: 'noteDeadline' },
        'complaint-follow-up-received': { actions: 'noteInbound' },
        'complaint-info-requested': 'needs_info',
        'complaint-verified': { target: 'verified', actions: 'classify' },
        'complaint-rejected': 'rejected',
        'complaint-merged': { target: 'merged', guard: 'notIntoItself', actions: 'recordMerge' },
        'complaint-escalated': { target: 'escalated', guard: 'higherLevel', actions: 'raiseLevel' },
        'complaint-handed-over': { target: 'handed_over', guard: 'sameTrackingId', actions: 'addRefs' },
      },
    },
    needs_info: {
      on: {
        ...RECORDS,
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
        ...RECORDS,
        'complaint-deadline-approaching': { actions: 'noteDeadline' },
        'complaint-deadline-missed': { actions: 'noteDeadline' },
        'complaint-follow-up-received': { actions: 'noteInbound' },
        'complaint-disposed': { target: 'disposed', actions: 'assignUnit' },
        'complaint-info-requested': 'needs_info',
        'complaint-rejected': 'rejected',
        'complaint-merged': { target: 'merged', guard: 'notIntoItself', actions: 'recordMerge' },
        'complaint-escalated': { target: 'escalated', guard: 'higherLevel', actions: 'raiseLevel' },
        // A unit's "not our authority" return lands here: the coordinator may hand it over.
        'complaint-handed-over': { target: 'handed_over', guard: 'sameTrackingId', actions: 'addRefs' },
      },
    },
    disposed: {
      on: {
        ...RECORDS,
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
        ...RECORDS,
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
        ...RECORDS,
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
    // Dialihkan: another authority handles it through SP4N-LAPOR!; the city waits for LAPOR! to
    // close it (a sync brings that in) and can still link the Tracking ID.
    handed_over: {
      on: {
        ...RECORDS,
        'complaint-deadline-approaching': { actions: 'noteDeadline' },
        'complaint-deadline-missed': { actions: 'noteDeadline' },
        'complaint-follow-up-received': { actions: 'noteInbound' },
        'complaint-resolved': 'resolved',
        'complaint-rejected': 'rejected',
      },
    },
    // Closed (FINAL_COMPLAINT_STATUSES): no lifecycle event moves them again. They are not xstate
    // final states, because another system may still say something of a closed complaint (LAPOR!'s
    // rating or final text after closing), which a sync records without changing the state.
    resolved: CLOSED,
    rejected: CLOSED,
    merged: CLOSED,
  },
});
