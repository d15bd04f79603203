import type { ChannelStateStoreV1 } from '@aduan/spec';
import { createCloseGate } from '../close-gate.js';
import type { SqlStore } from '../create-sql-store.js';
import { guarded } from '../database-errors.js';
import { connectionOf } from '../store-connection.js';
import { addPart, takeExpiredParts } from './message-parts.js';
import { prune } from './prune.js';
import { lastInbound, noteInbound } from './reply-windows.js';
import { claimSend, settleSend } from './send-ledger.js';

/** Channel state in PostgreSQL, with `close()` like the store's. */
export interface PostgresChannelState extends ChannelStateStoreV1 {
  /**
   * Refuses further calls (`ClosedError`) once the calls under way are done. Idempotent. The
   * connection is the store's: it stays open until the store is closed.
   */
  close(): Promise<void>;
  /** The same as `close()`. */
  doClose(): Promise<void>;
  /** The same as `close()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * The channel state (send ledger, reply windows, parts of long messages) in the store's own
 * database and schema, so it survives restarts and every app instance behind the database shares
 * it. Works on the server and on PGlite alike; the tables come with the store's migration.
 *
 * @example
 * const store = await createPostgresStore({ connectionString });
 * const channelState = createPostgresChannelState(store);
 */
export function createPostgresChannelState(store: SqlStore): PostgresChannelState {
  const { driver, s, gate: storeGate } = connectionOf(store, 'createPostgresChannelState');
  const gate = createCloseGate('PostgreSQL channel state');
  /** One call: refused once this or the store is closed, and only aduan errors come out. */
  const call = <T>(doing: string, operation: () => Promise<T>) => storeGate.run(() => gate.run(() => guarded(doing, operation)));
  const close = () => gate.close(async () => undefined);
  return {
    specificationVersion: 'v1',
    provider: driver.name,
    doClaimSend: (input) => call('claiming a send', () => claimSend(driver, s, input)),
    doSettleSend: (input) => call('settling a send', () => settleSend(driver, s, input)),
    doNoteInbound: (input) => call('noting an inbound message', () => noteInbound(driver, s, input)),
    doLastInbound: (input) => call('reading a reply window', () => lastInbound(driver, s, input)),
    doAddPart: (input) => call('adding a message part', () => addPart(driver, s, input)),
    doTakeExpiredParts: (input) => call('taking expired message parts', () => takeExpiredParts(driver, s, input)),
    doPrune: (input) => call('pruning channel state', () => prune(driver, s, input)),
    close,
    doClose: close,
    [Symbol.asyncDispose]: close,
  };
}
