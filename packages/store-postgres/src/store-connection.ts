import { InvalidConfigError } from '@aduan/spec';
import type { CloseGate } from './close-gate.js';
import type { SqlDriver } from './driver.js';

/** What a SQL store shares with parts built on it (the channel state): its driver, schema and gate. */
export interface StoreConnection {
  driver: SqlDriver;
  /** The quoted schema name. */
  s: string;
  gate: CloseGate;
}

/** Kept out of the store object, so nobody reaches its driver around the gate. */
const connections = new WeakMap<object, StoreConnection>();

export function registerConnection(store: object, connection: StoreConnection): void {
  connections.set(store, connection);
}

/** The connection of a store `createSqlStore` made; `invalid_config` for anything else. */
export function connectionOf(store: object, feature: string): StoreConnection {
  const connection = typeof store === 'object' && store !== null ? connections.get(store) : undefined;
  if (!connection) {
    throw new InvalidConfigError(feature, [
      { path: 'store', message: 'must be a store from createPostgresStore, createPGliteStore or createSqlStore' },
    ]);
  }
  return connection;
}
