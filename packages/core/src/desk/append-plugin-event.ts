import { VersionConflictError, type AppendPluginEventInputV2, type DedupeKey, type PluginV2, type StoredEvent } from '@aduan/spec';
import { z } from 'zod';
import { withHead } from '../projection.js';
import { idString } from '../schemas/common.js';
import { parseInput } from '../support/parse.js';
import { announce } from './announce.js';
import { loadComplaint } from './load.js';
import { pendingPluginEvent, pluginOutboxRows, sealPluginEvents } from './plugin-events.js';
import type { DeskRuntime } from './runtime.js';

const dedupeKeySchema = z.object({ channel: idString, messageId: idString }).strict();

/** The dedupe key a plugin passes on, validated (it reaches the store's unique constraint). */
export function checkedDedupeKey(runtime: DeskRuntime, key: DedupeKey | undefined): DedupeKey | undefined {
  return key === undefined ? undefined : parseInput(dedupeKeySchema, key, 'dedupe key', runtime.language);
}

/**
 * Appends one plugin event (and its outbox messages) to a complaint's stream, alone: no lifecycle
 * event, no machine, no deadline change, so it is allowed in every state, final ones included. The
 * append carries the version it read, so a concurrent change fails it with `version_conflict`.
 */
export async function appendPluginEvent(runtime: DeskRuntime, plugin: PluginV2, input: AppendPluginEventInputV2): Promise<StoredEvent> {
  const pending = pendingPluginEvent(runtime, plugin, input);
  const complaint = await loadComplaint(runtime.store, parseInput(idString, input.complaintId, 'complaint id', runtime.language));
  if (input.expectedVersion !== undefined && input.expectedVersion !== complaint.version) {
    throw new VersionConflictError(complaint.id, input.expectedVersion, complaint.version);
  }
  const dedupeKey = checkedDedupeKey(runtime, input.dedupeKey);
  const at = runtime.clock.now().toISOString();
  const [event] = sealPluginEvents(runtime, complaint.id, [pending], at, complaint.version + 1, complaint.lastEventHash) as [StoredEvent];
  const projection = withHead(complaint, event);
  await runtime.store.doAppend({
    complaintId: complaint.id,
    expectedVersion: complaint.version,
    events: [event],
    projection,
    outbox: pluginOutboxRows(runtime, complaint, event, pending.outbox),
    dedupeKey,
  });
  // The machine did not move: the cached snapshot now answers to the new head.
  const snapshot = runtime.snapshots.get(complaint.lastEventHash);
  if (snapshot) {
    runtime.snapshots.delete(complaint.lastEventHash);
    runtime.snapshots.set(event.hash, snapshot);
  }
  await announce(runtime, pending.type, pending.actor, [event], projection);
  return event;
}
