import type { TemplateStoreV1 } from '@aduan/spec';
import { createCloseGate } from '../close-gate.js';
import type { SqlStore } from '../create-sql-store.js';
import { guarded } from '../database-errors.js';
import { connectionOf } from '../store-connection.js';
import { getTemplate, listTemplates } from './template-reads.js';
import { recordTemplateUse, saveTemplate } from './template-writes.js';

/** Reply templates in PostgreSQL, with `close()` like the store's. */
export interface PostgresTemplateStore extends TemplateStoreV1 {
  /** Refuses further calls (`ClosedError`) once the calls under way are done. Idempotent; the connection is the store's. */
  close(): Promise<void>;
  /** The same as `close()`. */
  doClose(): Promise<void>;
  /** The same as `close()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * `TemplateStoreV1` (reply templates of `@aduan/plugin-templates`) in the store's own database and
 * schema, shared by every app instance behind it. Works on the server and on PGlite alike; the
 * tables come with the store's migration (version 2).
 *
 * @example
 * const store = await createPostgresStore({ connectionString });
 * const desk = createDesk({ store, plugins: [templates({ store: createPostgresTemplateStore(store), authority })] });
 */
export function createPostgresTemplateStore(store: SqlStore): PostgresTemplateStore {
  const { driver, s, gate: storeGate } = connectionOf(store, 'createPostgresTemplateStore');
  const gate = createCloseGate('PostgreSQL template store');
  /** One call: refused once this or the store is closed, and only aduan errors come out. */
  const call = <T>(doing: string, operation: () => Promise<T>) => storeGate.run(() => gate.run(() => guarded(doing, operation)));
  const close = () => gate.close(async () => undefined);
  return {
    specificationVersion: 'v1',
    provider: driver.name,
    doSave: (input) => call('saving a template', () => saveTemplate(driver, s, input)),
    doGet: (id) => call('reading a template', () => getTemplate(driver, s, id)),
    doList: (query) => call('listing templates', () => listTemplates(driver, s, query)),
    doRecordUse: (input) => call('counting a template use', () => recordTemplateUse(driver, s, input)),
    close,
    doClose: close,
    [Symbol.asyncDispose]: close,
  };
}
