import { IllegalTransitionError } from '@aduan/spec';
import { complaintMachine } from '../machine/complaint-machine.js';
import { accepts, statusOf, type LifecycleSnapshot } from '../machine/lifecycle.js';
import { refusalOf } from '../machine/lifecycle-rules.js';
import type { LifecycleEvent } from '../schemas/events.js';

/**
 * Throws `illegal_transition` unless the machine accepts the event. When the state has
 * transitions for the event and only guards stood in the way, the error names the rule that
 * refused it (`refusal`); otherwise the state simply has no such transition.
 */
export function assertAccepted(complaintId: string, snapshot: LifecycleSnapshot, event: LifecycleEvent, command: string): void {
  if (accepts(snapshot, event)) return;
  const state = statusOf(snapshot);
  const handled = complaintMachine.getStateNodeById(`complaint.${state}`).transitions.has(event.type);
  throw new IllegalTransitionError(complaintId, state, command, handled ? refusalOf(snapshot.context, event) : undefined);
}
