import { ClosedError } from '@aduan/spec';
import { StreamBuilder } from '@aduan/test-kit';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPostgresChannelState, type SqlStore } from './index.js';
import { createPostgresStore } from './pg/index.js';
import { createPGliteStore } from './pglite/index.js';
import { useBackends } from './test-support/backends.js';

const { server } = useBackends({ server: true });

const received = (complaintId: string) =>
  new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: '2026-03-02T02:00:00.000Z' }).received();

async function expectClosed(call: () => Promise<unknown>): Promise<void> {
  const error = await call().then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(ClosedError.isInstance(error), `expected ClosedError, got ${String(error)}`).toBe(true);
}

/** Every kind of call a closed store must refuse. */
async function expectEveryCallClosed(store: SqlStore): Promise<void> {
  const calls: (() => Promise<unknown>)[] = [
    () => store.doAppend(received('after-close')),
    () => store.doAppendMany([received('after-close-2')]),
    () => store.doLoadProjection('x'),
    () => store.doReadStream('x'),
    () => store.doQuery({ limit: 1 }),
    () => store.doCount({}, 'status'),
    () => store.doFindComplainantByContactKey('k'),
    () => store.doEraseIdentity('p'),
    () => store.doListQuarantine({ limit: 1 }),
    () => store.doClaimDue({ now: '2026-03-02T02:00:00.000Z', limit: 1, leaseMs: 1, claimant: 'x' }),
    () => store.migrate(),
  ];
  for (const call of calls) await expectClosed(call);
}

describe('closing a PGlite store', () => {
  it('is idempotent, refuses later calls with ClosedError, and leaves an instance it was given open', async () => {
    const instance = await PGlite.create();
    try {
      const store = await createPGliteStore({ pglite: instance });
      const state = createPostgresChannelState(store);
      await store.doAppend(received('kept'));
      await store.close();
      await store.doClose();
      await store[Symbol.asyncDispose]();
      await expectEveryCallClosed(store);
      await expectClosed(() => state.doLastInbound({ channel: 'sms', address: 'a' }));
      expect((await instance.query<{ n: number }>('SELECT count(*)::integer AS n FROM aduan.events')).rows).toEqual([{ n: 1 }]);
    } finally {
      await instance.close();
    }
  });

  it('lets calls under way finish before it closes an instance it opened', async () => {
    const store = await createPGliteStore();
    const appends = Array.from({ length: 5 }, (_, i) => store.doAppend(received(`in-flight-${i}`)));
    const closing = store.close();
    const outcomes = await Promise.allSettled(appends);
    await closing;
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    await expectClosed(() => store.doLoadProjection('in-flight-0'));
  });
});

describe('closing a channel state', () => {
  it('refuses its own calls and leaves the store open', async () => {
    const store = await createPGliteStore();
    try {
      const state = createPostgresChannelState(store);
      await state.close();
      await state[Symbol.asyncDispose]();
      await expectClosed(() => state.doNoteInbound({ channel: 'sms', address: 'a', at: '2026-03-02T02:00:00.000Z' }));
      await store.doAppend(received('still-open'));
      expect(await store.doLoadProjection('still-open')).toBeDefined();
      const another = createPostgresChannelState(store);
      await another.doNoteInbound({ channel: 'sms', address: 'a', at: '2026-03-02T02:00:00.000Z' });
      expect(await another.doLastInbound({ channel: 'sms', address: 'a' })).toBe('2026-03-02T02:00:00.000Z');
    } finally {
      await store.close();
    }
  });

  it('is refused for anything that is not a store of this package', async () => {
    expect(() => createPostgresChannelState({} as SqlStore)).toThrow(expect.objectContaining({ code: 'invalid_config' }));
  });
});

describe.skipIf(!server.available)('closing a PostgreSQL server store', () => {
  /** Connections the server has open for one application name. */
  const connections = async (pool: pg.Pool, name: string) =>
    (await pool.query<{ n: number }>('SELECT count(*)::integer AS n FROM pg_stat_activity WHERE application_name = $1', [name])).rows[0]?.n;

  it('ends a pool it opened itself once the calls under way are done', async () => {
    const { connectionString, schema, cleanup } = await server.fresh();
    const watcher = new pg.Pool({ connectionString });
    try {
      const name = `aduan_close_${schema}`;
      const own = await createPostgresStore({ connectionString: `${connectionString}?application_name=${name}`, schema, migrate: false });
      const appends = Array.from({ length: 8 }, (_, i) => own.doAppend(received(`own-${i}`)));
      await own.close();
      expect((await Promise.allSettled(appends)).every((outcome) => outcome.status === 'fulfilled')).toBe(true);
      expect(await connections(watcher, name)).toBe(0);
      await own.close();
      await expectEveryCallClosed(own);
      expect((await watcher.query<{ n: number }>(`SELECT count(*)::integer AS n FROM "${schema}".events`)).rows).toEqual([{ n: 8 }]);
    } finally {
      await watcher.end();
      await cleanup();
    }
  });

  it('leaves a pool it was given open', async () => {
    const { connectionString, schema, cleanup } = await server.fresh();
    const given = new pg.Pool({ connectionString });
    try {
      const store = await createPostgresStore({ pool: given, schema, migrate: false });
      await store.close();
      await expectEveryCallClosed(store);
      expect((await given.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await given.end();
      await cleanup();
    }
  });
});
