import { InvalidConfigError } from '@aduan/spec';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/all-migrations.js';
import { DEFAULT_SCHEMA, quoteSchema } from './schema-name.js';

export interface MigrationReport {
  schema: string;
  /** Versions applied by this call, oldest first; empty when the schema was already current. */
  applied: number[];
  /** The schema's version after the call. */
  version: number;
}

/** Advisory-lock class of aduan migrations ("adu"); the second key is the schema's hash. */
const LOCK_CLASS = 0x616475;

/** Versions recorded in the schema, or none when it has no migrations table yet. */
async function appliedVersions(db: SqlExecutor, s: string): Promise<Set<number>> {
  const { rows } = await db.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [`${s}.schema_migrations`]);
  if (!rows[0]?.present) return new Set();
  const applied = await db.query<{ version: number }>(`SELECT version FROM ${s}.schema_migrations`);
  return new Set(applied.rows.map((row) => row.version));
}

/**
 * Brings the schema to the latest version in one transaction. Concurrent callers (several app
 * instances starting at once) queue on an advisory lock; the later ones find nothing to do. A
 * current schema gets no DDL at all, so an app role without CREATE rights can start normally.
 */
export async function migrate(driver: SqlDriver, schema: string = DEFAULT_SCHEMA): Promise<MigrationReport> {
  const s = quoteSchema(schema);
  return driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::integer, hashtext($2::text))', [LOCK_CLASS, schema]);
    const done = await appliedVersions(tx, s);
    const pending = MIGRATIONS.filter((migration) => !done.has(migration.version));
    if (pending.length > 0 && done.size === 0) {
      await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await tx.query(`CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    }
    for (const migration of pending) {
      for (const statement of migration.statements(s)) await tx.query(statement);
      await tx.query(`INSERT INTO ${s}.schema_migrations (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
    }
    return { schema, applied: pending.map((migration) => migration.version), version: Math.max(LATEST_SCHEMA_VERSION, ...done) };
  });
}

/** Fails fast, at start-up, when the schema lacks migrations this version of the store relies on. */
export async function checkSchema(driver: SqlDriver, schema: string = DEFAULT_SCHEMA): Promise<void> {
  const done = await appliedVersions(driver, quoteSchema(schema));
  const missing = MIGRATIONS.filter((migration) => !done.has(migration.version)).map((migration) => migration.version);
  if (missing.length > 0) {
    throw new InvalidConfigError('store-postgres schema', [
      {
        path: schema,
        message: `migrations ${missing.join(', ')} are not applied; run migrate() or create the store with migrate: true`,
      },
    ]);
  }
}
