import { ForbiddenError, type Actor } from '@aduan/spec';
import { replayProjection } from '../machine/replay.js';
import { actorSchema, idString } from '../schemas/common.js';
import { verifyChain, type ChainVerdict } from '../support/hash-chain.js';
import { parseInput } from '../support/parse.js';
import { loadComplaint } from './load.js';
import type { DeskRuntime } from './runtime.js';

/**
 * Checks a complaint's history: the hash chain of its events, and that the projection points at
 * the head of that chain. Any edit, deletion or insertion in the stored events makes it fail.
 */
export async function verifyComplaintHistory(runtime: DeskRuntime, complaintId: string): Promise<ChainVerdict> {
  const complaint = await loadComplaint(runtime.store, parseInput(idString, complaintId, 'complaint id', runtime.language));
  const events = await runtime.store.doReadStream(complaint.id);
  const verdict = verifyChain(complaint.id, events);
  if (!verdict.ok) return verdict;
  if (complaint.version !== events.length || complaint.lastEventHash !== verdict.headHash) {
    return {
      ok: false,
      events: events.length,
      brokenAtVersion: Math.min(complaint.version, events.length + 1),
      reason: `projection is at version ${complaint.version} but the stream holds ${events.length} events`,
    };
  }
  return verdict;
}

export interface RebuildReport {
  rebuilt: number;
  failed: { complaintId: string; reason: string }[];
}

/** Replays every stream and replaces its projection. Streams that fail to replay are reported, not skipped silently. */
export async function rebuildProjections(runtime: DeskRuntime, pageSize = 500): Promise<RebuildReport> {
  const report: RebuildReport = { rebuilt: 0, failed: [] };
  let cursor: string | undefined;
  do {
    const page = await runtime.store.doListStreams({ cursor, limit: pageSize });
    for (const complaintId of page.ids) {
      try {
        const events = await runtime.store.doReadStream(complaintId);
        await runtime.store.doReplaceProjection(replayProjection(events, runtime.deadlines));
        report.rebuilt++;
      } catch (error) {
        report.failed.push({ complaintId, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return report;
}

/**
 * Erases a complainant (UU PDP request): the identity, every contact key that leads to them from
 * a channel address, and their quarantined messages, in one store call. Events hold no identity
 * and complainant ids are random, so history still verifies and nothing links the person to the
 * old complaints; a new message from the same address is a new complainant.
 */
export async function eraseIdentity(runtime: DeskRuntime, rawActor: Actor, complainantId: string): Promise<boolean> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  if (actor.role !== 'coordinator' && actor.role !== 'system' && !(actor.role === 'complainant' && actor.id === complainantId)) {
    throw new ForbiddenError(
      actor.id,
      'eraseIdentity',
      'only a coordinator, the system or the complainant themselves may erase an identity',
    );
  }
  return runtime.store.doEraseIdentity(parseInput(idString, complainantId, 'complainant id', runtime.language));
}
