import type { Actor } from '@aduan/spec';
import type { ComplaintContext } from '../machine/complaint-machine.js';
import type { CommandName, ParsedCommand } from '../schemas/commands.js';
import type { LifecycleEvent } from '../schemas/events.js';
import type { DeadlinePolicy } from '../deadlines.js';

interface BuildContext {
  context: Readonly<ComplaintContext>;
  actor: Actor;
  at: Date;
  deadlines: DeadlinePolicy;
}

type Builders = { [C in CommandName]: (input: ParsedCommand<C>, build: BuildContext) => LifecycleEvent };

/** The domain event each command records (one command, one event). */
const builders: Builders = {
  requestInfo: ({ message }) => ({ type: 'complaint-info-requested', at: '', payload: { message } }),
  provideInfo: ({ message, attachments }) => ({ type: 'complaint-info-provided', at: '', payload: { message, attachments } }),
  verify: ({ classification, category, tier, note }, { context }) => ({
    type: 'complaint-verified',
    at: '',
    payload: { classification: classification ?? context.classification, category: category ?? context.category ?? undefined, tier, note },
  }),
  reject: ({ reason, note }) => ({ type: 'complaint-rejected', at: '', payload: { reason, note } }),
  dispose: ({ unitId, note }) => ({ type: 'complaint-disposed', at: '', payload: { unitId, note } }),
  returnNotOurs: ({ reason, suggestedUnitId }, { context }) => ({
    type: 'complaint-returned',
    at: '',
    payload: { unitId: context.unitId ?? '', reason, suggestedUnitId },
  }),
  respond: ({ message, attachments }, { context, at, deadlines }) => ({
    type: 'complaint-responded',
    at: '',
    payload: { unitId: context.unitId, message, attachments, confirmBy: deadlines.confirmationDeadline(at, context).toISOString() },
  }),
  confirm: ({ note }) => ({ type: 'complaint-confirmed', at: '', payload: { note } }),
  reopen: ({ reason }) => ({ type: 'complaint-reopened', at: '', payload: { reason } }),
  resolve: ({ note }, { actor }) => ({
    type: 'complaint-resolved',
    at: '',
    payload: { cause: actor.role === 'system' ? 'silence' : 'coordinator', note },
  }),
  escalate: ({ level, reason }) => ({ type: 'complaint-escalated', at: '', payload: { level, reason } }),
  merge: ({ intoId }) => ({ type: 'complaint-merged', at: '', payload: { intoId } }),
  followUp: ({ message, attachments }) => ({ type: 'complaint-follow-up-received', at: '', payload: { message, attachments } }),
};

export function buildLifecycleEvent<C extends CommandName>(command: C, input: ParsedCommand<C>, build: BuildContext): LifecycleEvent {
  const event = (builders[command] as (input: ParsedCommand<C>, build: BuildContext) => LifecycleEvent)(input, build);
  return { ...event, at: build.at.toISOString() } as LifecycleEvent;
}

/** Why the machine refused an event whose type the current state does handle (a guard said no). */
export function guardRefusal(event: LifecycleEvent, context: Readonly<ComplaintContext>): string {
  switch (event.type) {
    case 'complaint-reopened':
      return `the confirmation window ended at ${context.confirmBy ?? '(no window open)'}`;
    case 'complaint-escalated':
      return `escalation level must be above the current level ${context.escalationLevel}`;
    case 'complaint-merged':
      return 'a complaint cannot be merged into itself';
    case 'complaint-disposed':
      return `it is already disposed to unit "${context.unitId}"`;
    default:
      return 'a lifecycle rule refused it';
  }
}
