import { initialSchema } from './0001-initial.js';
import { accountTables } from './0002-accounts.js';

export interface Migration {
  version: number;
  name: string;
  /** Statements to run in order, inside the migration's transaction; `s` is the quoted schema. */
  statements(s: string): string[];
}

/** Every migration, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', statements: initialSchema },
  { version: 2, name: 'officer accounts', statements: accountTables },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
