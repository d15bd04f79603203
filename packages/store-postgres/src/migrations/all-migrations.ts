import { initialSchema } from './0001-initial.js';
import { appendOneSchema } from './0002-append-one.js';
import { appendEventSchema } from './0003-append-event.js';

export interface Migration {
  version: number;
  name: string;
  /** Statements to run in order, inside the migration's transaction; `s` is the quoted schema. */
  statements(s: string): string[];
}

/** Every migration, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', statements: initialSchema },
  { version: 2, name: 'single append function', statements: appendOneSchema },
  { version: 3, name: 'single event append function', statements: appendEventSchema },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
