import { initialSchema } from './0001-initial.js';
import { templateStoreSchema } from './0002-template-store.js';
import { externalRefsSchema } from './0003-external-refs.js';
import { accountTables } from './0004-accounts.js';

export interface Migration {
  version: number;
  name: string;
  /** Statements to run in order, inside the migration's transaction; `s` is the quoted schema. */
  statements(s: string): string[];
}

/** Every migration, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', statements: initialSchema },
  { version: 2, name: 'reply templates', statements: templateStoreSchema },
  { version: 3, name: 'external references', statements: externalRefsSchema },
  { version: 4, name: 'officer accounts', statements: accountTables },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
