import type { Actor, ComplaintContext, DeadlinePolicyV1 } from '@aduan/spec';
import type { CommandName, ParsedCommand } from '../schemas/commands.js';
import type { ComplaintEventType, EventPayload, LifecycleEvent } from '../schemas/events.js';
import { syncDigest } from './sync-digest.js';

interface BuildContext {
  context: Readonly<ComplaintContext>;
  actor: Actor;
  at: Date;
  deadlines: DeadlinePolicyV1;
}

/** A lifecycle event before it is stamped with its time. */
type Draft = { [T in ComplaintEventType]: { type: T; payload: EventPayload<T> } }[ComplaintEventType];

type Builders = { [C in CommandName]: (input: ParsedCommand<C>, build: BuildContext) => Draft };

/** The domain event each command records (one command, one event). */
const builders: Builders = {
  requestInfo: ({ message }) => ({ type: 'complaint-info-requested', payload: { message } }),
  provideInfo: ({ message, attachments, location }) => ({ type: 'complaint-info-provided', payload: { message, attachments, location } }),
  verify: ({ classification, category, tier, note }, { context }) => ({
    type: 'complaint-verified',
    payload: { classification: classification ?? context.classification, category: category ?? context.category ?? undefined, tier, note },
  }),
  reject: ({ reason, note }) => ({ type: 'complaint-rejected', payload: { reason, note } }),
  dispose: ({ unitId, note }) => ({ type: 'complaint-disposed', payload: { unitId, note } }),
  returnNotOurs: ({ reason, suggestedUnitId }, { context }) => ({
    type: 'complaint-returned',
    payload: { unitId: context.unitId ?? '', reason, suggestedUnitId },
  }),
  respond: ({ message, attachments }, { context, at, deadlines }) => ({
    type: 'complaint-responded',
    payload: { unitId: context.unitId, message, attachments, confirmBy: deadlines.confirmationDeadline(at, context).toISOString() },
  }),
  confirm: ({ note }) => ({ type: 'complaint-confirmed', payload: { note } }),
  reopen: ({ reason }) => ({ type: 'complaint-reopened', payload: { reason } }),
  resolve: ({ note, closedIn }, { actor }) => ({
    type: 'complaint-resolved',
    payload:
      closedIn !== undefined
        ? { cause: 'external', system: closedIn, note }
        : { cause: actor.role === 'system' ? 'silence' : 'coordinator', note },
  }),
  escalate: ({ level, reason }) => ({ type: 'complaint-escalated', payload: { level, reason } }),
  merge: ({ intoId }) => ({ type: 'complaint-merged', payload: { intoId } }),
  followUp: ({ message, attachments, location }) => ({ type: 'complaint-follow-up-received', payload: { message, attachments, location } }),
  link: ({ system, id, note }) => ({ type: 'complaint-linked', payload: { system, id, note } }),
  handOver: ({ authority, reason, trackingId }) => ({ type: 'complaint-handed-over', payload: { authority, reason, trackingId } }),
  sync: ({ system, id, transport, fields, sourceTimestamps }) => ({
    type: 'complaint-synced',
    payload: { system, id, transport, fields, sourceTimestamps, digest: syncDigest(fields, sourceTimestamps) },
  }),
};

export function buildLifecycleEvent<C extends CommandName>(command: C, input: ParsedCommand<C>, build: BuildContext): LifecycleEvent {
  const { type, payload } = (builders[command] as (input: ParsedCommand<C>, build: BuildContext) => Draft)(input, build);
  // One literal shape for every command (a spread over thirteen draft shapes is V8's slow path).
  return { type, at: build.at.toISOString(), payload } as LifecycleEvent;
}
