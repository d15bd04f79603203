import { hash } from 'node:crypto';
import { GENESIS_HASH, type StoredEvent } from '@aduan/spec';
import { hashBody } from './hash-body.js';

export type UnsealedEvent = Omit<StoredEvent, 'prevHash' | 'hash'>;

function hashOf(event: UnsealedEvent, prevHash: string): string {
  // One-shot hashing: no Hash object per event (this runs for every event written and verified).
  return hash('sha256', hashBody(event, prevHash), 'hex');
}

/** Links an event to its predecessor: the hash covers every field and the previous hash. */
export function sealEvent(event: UnsealedEvent, prevHash: string): StoredEvent {
  // Object.assign, not spread: callers seal events of several shapes, and a spread at such a site
  // takes V8's slow generic path.
  return Object.assign({}, event, { prevHash, hash: hashOf(event, prevHash) });
}

export type ChainVerdict =
  | { ok: true; events: number; headHash: string }
  | { ok: false; events: number; brokenAtVersion: number; reason: string };

/** Recomputes the chain of one stream; any edited, removed, reordered or inserted event breaks it. */
export function verifyChain(complaintId: string, events: readonly StoredEvent[]): ChainVerdict {
  let prevHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const expectedVersion = index + 1;
    const broken = (reason: string): ChainVerdict => ({ ok: false, events: events.length, brokenAtVersion: expectedVersion, reason });
    if (event.complaintId !== complaintId) return broken(`event belongs to stream ${event.complaintId}`);
    if (event.version !== expectedVersion) return broken(`version ${event.version} where ${expectedVersion} was expected`);
    if (event.prevHash !== prevHash) return broken('previous-hash link does not match the preceding event');
    if (hashOf(event, prevHash) !== event.hash) return broken('content does not match its hash (edited after it was written)');
    prevHash = event.hash;
  }
  return { ok: true, events: events.length, headHash: prevHash };
}
