import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAduanError, StreamBuilder } from '@aduan/test-kit';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { StoreV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createSqlStore, LATEST_SCHEMA_VERSION, migrate } from './index.js';
import { MIGRATIONS } from './migrations/all-migrations.js';
import { createPgDriver, createPostgresStore } from './pg/index.js';
import { createPGliteStore } from './pglite/index.js';
import { useBackends } from './test-support/backends.js';

const { pglite, server } = useBackends({ pglite: true, server: true });
/** Every migration's version, oldest first: what a new schema gets. */
const ALL_VERSIONS = MIGRATIONS.map((migration) => migration.version);

const firstAppend = (complaintId: string) =>
  new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: '2026-03-02T02:00:00.000Z' }).received({
    identity: { name: 'Sari' },
  });

/** Writes one complaint and reads it back through every typed column: events, projection, counts. */
async function expectExactRoundTrip(store: StoreV1): Promise<void> {
  const append = firstAppend('round-trip');
  await store.doAppend(append);
  expect(await store.doReadStream('round-trip')).toEqual(append.events);
  expect(await store.doLoadProjection('round-trip')).toEqual(append.projection);
  expect(await store.doCount({}, 'status')).toEqual({ received: 1 });
}

for (const backend of [pglite, server]) {
  describe.skipIf(!backend.available)(`migrations on ${backend.name}`, () => {
    it('applies each migration once: running again finds nothing to do', async () => {
      const { store, sql, schema, cleanup } = await backend.fresh();
      try {
        expect(await store.migrate()).toEqual({ schema, applied: [], version: LATEST_SCHEMA_VERSION });
        expect((await sql.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`)).rows).toEqual(
          ALL_VERSIONS.map((version) => ({ version })),
        );
      } finally {
        await cleanup();
      }
    });

    it('fails fast with invalid_config when told not to migrate a schema that needs it', async () => {
      const { sql, schema, cleanup } = await backend.fresh();
      const other = `${schema}_later`;
      try {
        const error = await expectAduanError(createSqlStore(sql, { schema: other, migrate: false }), 'invalid_config');
        expect(error.message).toContain('migrate');
        expect(await migrate(sql, other)).toEqual({ schema: other, applied: ALL_VERSIONS, version: LATEST_SCHEMA_VERSION });
        const store = await createSqlStore(sql, { schema: other, migrate: false });
        await store.doAppend(firstAppend('after-migrate'));
        expect(await store.doLoadProjection('after-migrate')).toBeDefined();
      } finally {
        await sql.query(`DROP SCHEMA IF EXISTS "${other}" CASCADE`);
        await cleanup();
      }
    });

    it('refuses a schema name it could not quote safely', async () => {
      const { sql, cleanup } = await backend.fresh();
      try {
        await expectAduanError(createSqlStore(sql, { schema: 'Aduan"; DROP TABLE x; --' }), 'invalid_config');
      } finally {
        await cleanup();
      }
    });
  });
}

describe.skipIf(!server.available)('node-postgres', () => {
  it('migrates once when many instances start at the same moment', async () => {
    const { connectionString, cleanup } = await server.fresh();
    const pools = Array.from({ length: 6 }, () => new pg.Pool({ connectionString, max: 1 }));
    try {
      const reports = await Promise.all(pools.map((pool) => migrate(createPgDriver(pool), 'simultaneous')));
      expect(reports.map((report) => report.applied).sort()).toEqual([[], [], [], [], [], ALL_VERSIONS]);
    } finally {
      await pools[0]?.query('DROP SCHEMA IF EXISTS simultaneous CASCADE');
      await Promise.all(pools.map((pool) => pool.end()));
      await cleanup();
    }
  });

  it('starts with migrate: true under an app role that may write rows but not create anything', async () => {
    const { sql, schema, connectionString, cleanup } = await server.fresh();
    const role = `app_${schema}`;
    try {
      await sql.query(`CREATE ROLE ${role} LOGIN`);
      await sql.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
      await sql.query(`GRANT USAGE ON SCHEMA "${schema}" TO ${role}`);
      await sql.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${schema}" TO ${role}`);
      const asApp = String(connectionString).replace('//postgres@', `//${role}@`);
      const store = await createPostgresStore({ connectionString: asApp, schema });
      try {
        await store.doAppend(firstAppend('by-app-role'));
        expect((await store.doLoadProjection('by-app-role'))?.version).toBe(1);
        await expectAduanError(createPostgresStore({ connectionString: asApp, schema: `${schema}_new` }), 'store_failure');
      } finally {
        await store.close();
      }
    } finally {
      await sql.query(`DROP OWNED BY ${role}`);
      await sql.query(`DROP ROLE ${role}`);
      await cleanup();
    }
  });

  it('reads back exactly what it wrote whatever type parsers the pool was given', async () => {
    const { connectionString, schema, cleanup } = await server.fresh();
    // A pool that hands every column over as raw text, as some applications configure pg.
    const pool = new pg.Pool({ connectionString, types: { getTypeParser: () => (value: string) => value } });
    try {
      const store = await createPostgresStore({ pool, schema, migrate: false });
      await expectExactRoundTrip(store);
    } finally {
      await pool.end();
      await cleanup();
    }
  });

  it('keeps its hot statements prepared on the connection, unless told not to (poolers)', async () => {
    const { connectionString, schema, cleanup } = await server.fresh();
    const prepared = async (preparedStatements: boolean) => {
      const pool = new pg.Pool({ connectionString, max: 1 });
      try {
        const store = await createPostgresStore({ pool, schema, migrate: false, preparedStatements });
        await store.doLoadProjection('nothing-here');
        const { rows } = await pool.query<{ n: number }>(
          `SELECT count(*)::integer AS n FROM pg_prepared_statements WHERE name LIKE 'aduan_%'`,
        );
        return rows[0]?.n;
      } finally {
        await pool.end();
      }
    };
    try {
      expect(await prepared(true)).toBe(1);
      expect(await prepared(false)).toBe(0);
    } finally {
      await cleanup();
    }
  });

  it('says what is missing when given no connection at all, or two', async () => {
    for (const options of [undefined, {}, { connectionString: '' }]) {
      const error = await expectAduanError(createPostgresStore(options as never), 'invalid_config');
      expect(error.message).toContain('connectionString');
      expect(error.message).toContain('pool');
    }
    const both = await expectAduanError(createPostgresStore({ pool: new pg.Pool(), connectionString: 'postgresql://x' }), 'invalid_config');
    expect(both.message).toContain('either pool or connectionString');
  });
});

describe('PGlite', () => {
  it('keeps its data in a folder across close and reopen', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aduan-pglite-'));
    try {
      const append = firstAppend('kept');
      const store = await createPGliteStore({ dataDir });
      expect(store.provider).toBe('pglite');
      expect(store.capabilities.multiProcess).toBe(false);
      await store.doAppend(append);
      await store.close();
      const reopened = await createPGliteStore({ dataDir });
      expect(await reopened.doReadStream('kept')).toEqual(append.events);
      expect(await reopened.doLoadProjection('kept')).toEqual(append.projection);
      expect(await reopened.doLoadIdentity(append.identity!.complainantId)).toEqual(append.identity);
      expect(await reopened.doCount({}, 'status')).toEqual({ received: 1 });
      await reopened.doClose();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('reads back exactly what it wrote whatever type parsers the given instance has', async () => {
    // An instance that hands every integer and boolean over as raw text.
    const raw = (text: string) => text;
    const instance = await PGlite.create({ parsers: { 16: raw, 21: raw, 23: raw } });
    try {
      const store = await createPGliteStore({ pglite: instance });
      await expectExactRoundTrip(store);
    } finally {
      await instance.close();
    }
  });

  it('creates a data folder whose parents are missing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aduan-pglite-'));
    try {
      const store = await createPGliteStore({ dataDir: join(root, 'not', 'yet', 'there') });
      await store.doAppend(firstAppend('nested'));
      await store.close();
      expect(existsSync(join(root, 'not', 'yet', 'there', 'PG_VERSION'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('answers invalid_config naming the folder when it cannot be created, never a raw ENOENT', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aduan-pglite-'));
    try {
      writeFileSync(join(root, 'a-file'), '');
      const dataDir = join(root, 'a-file', 'data');
      const error = await expectAduanError(createPGliteStore({ dataDir }), 'invalid_config');
      expect(error.message).toContain(dataDir);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('wants either an instance or a folder, not both', async () => {
    await expectAduanError(createPGliteStore({ dataDir: '/tmp/x', pglite: {} as never }), 'invalid_config');
  });
});
