import type { Actor } from './domain.js';

/**
 * A domain event as stored: one change to one complaint. `version` starts at 1 and counts events
 * of the stream; `hash` is SHA-256 over the event's canonical JSON and `prevHash` (tamper evidence).
 */
export interface StoredEvent<TType extends string = string, TPayload = Record<string, unknown>> {
  id: string;
  complaintId: string;
  version: number;
  type: TType;
  schemaVersion: number;
  at: string;
  actor: Actor;
  payload: TPayload;
  prevHash: string;
  hash: string;
}

/** The hash that precedes the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);
