import { complaintMachine } from '../machine/complaint-machine.js';
import { statusOf, type LifecycleSnapshot } from '../machine/lifecycle.js';
import type { LifecycleEvent } from '../schemas/events.js';

/**
 * Whether an event would only repeat what the complaint already records: a link to a reference it
 * holds, a sync whose digest is the last one from that system. Such a command writes nothing, so
 * links and imports can be repeated safely. A state that takes no such event at all (a final one)
 * still refuses it.
 */
export function alreadyRecorded(event: LifecycleEvent, snapshot: LifecycleSnapshot): boolean {
  if (event.type !== 'complaint-linked' && event.type !== 'complaint-synced') return false;
  if (!complaintMachine.getStateNodeById(`complaint.${statusOf(snapshot)}`).transitions.has(event.type)) return false;
  const { context } = snapshot;
  if (event.type === 'complaint-linked') {
    return context.externalRefs.some((ref) => ref.system === event.payload.system && ref.id === event.payload.id);
  }
  return context.synced[event.payload.system] === event.payload.digest;
}
