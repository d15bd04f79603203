import type { DedupeKey, OutboxRecord, QuarantinedInbound } from './store-v1.js';
import type { ComplainantIdentity, ComplaintProjection, ExternalRef } from './domain.js';
import type { StoredEvent } from './events.js';

/**
 * Raw reads of what a store really holds, bypassing the adapter's own read methods (a stubbed
 * `doReadStream` must not be able to make a conformance suite pass). Adapters implement it with
 * direct SQL, file reads, or the driver's own client; `testStore` in @aduan/test-kit asserts
 * through it.
 */
export interface StoreProbe {
  events(complaintId: string): Promise<StoredEvent[]>;
  projection(complaintId: string): Promise<ComplaintProjection | undefined>;
  identity(complainantId: string): Promise<ComplainantIdentity | undefined>;
  outbox(complaintId: string): Promise<OutboxRecord[]>;
  dedupeKeys(complaintId: string): Promise<DedupeKey[]>;
  /** External references stored for a complaint, in the order they were linked. */
  externalRefs(complaintId: string): Promise<ExternalRef[]>;
  /** Contact keys stored for a complainant. */
  contactKeys(complainantId: string): Promise<string[]>;
  /** Every quarantined inbound message. */
  quarantine(): Promise<QuarantinedInbound[]>;
  /** Overwrites a stored event's payload in storage, as an attacker with database access would. */
  tamperEventPayload(complaintId: string, version: number, payload: Record<string, unknown>): Promise<void>;
}
