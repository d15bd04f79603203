import { respondedAppends, StreamBuilder } from '@aduan/test-kit';
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPGliteStore } from './create-pglite-store.js';
import { expectAduanError } from '@aduan/test-kit';
import { createPGliteDriver, type PGliteLike } from './pglite-driver.js';
import { statementName } from './statement-name.js';

const firstAppend = (complaintId: string) =>
  new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: '2026-03-02T02:00:00.000Z' }).received({ identity: { name: 'Sari' } });

const preparedCount = async (instance: PGlite) =>
  (await instance.query<{ n: number }>(`SELECT count(*)::integer AS n FROM pg_prepared_statements WHERE name LIKE 'aduan_%'`)).rows[0]!.n;

describe('statements kept prepared on PGlite', () => {
  let instance: PGlite;
  beforeEach(async () => {
    instance = await PGlite.create();
  });
  afterEach(async () => {
    await instance.close();
  });

  it('prepares a hot statement once and reuses it', async () => {
    const store = await createPGliteStore({ pglite: instance });
    expect(await preparedCount(instance)).toBe(0);
    await store.doLoadProjection('nothing-here');
    await store.doLoadProjection('nothing-here-either');
    expect(await preparedCount(instance)).toBe(1);
  });

  it('prepares again when the statements were deallocated behind its back', async () => {
    const store = await createPGliteStore({ pglite: instance });
    const append = firstAppend('after-discard');
    await store.doAppend(append);
    await instance.exec('DEALLOCATE ALL');
    expect(await store.doLoadProjection('after-discard')).toEqual(append.projection);
    await store.doAppend(firstAppend('second'));
    expect(await store.doReadStream('second')).toHaveLength(1);
  });

  it('shares prepared statements between stores on one instance', async () => {
    const first = await createPGliteStore({ pglite: instance, schema: 'aduan' });
    const second = await createPGliteStore({ pglite: instance, schema: 'aduan', migrate: false });
    await first.doAppend(firstAppend('from-first'));
    await second.doAppend(firstAppend('from-second'));
    expect(await second.doLoadProjection('from-first')).toBeDefined();
    expect(await first.doLoadProjection('from-second')).toBeDefined();
  });

  it('runs a prepared statement outside a transaction only after the open transaction ends', async () => {
    const driver = createPGliteDriver(instance);
    await driver.query('CREATE TABLE notes (body text)');
    let insideTransaction!: () => void;
    const inserted = new Promise<void>((resolve) => (insideTransaction = resolve));
    let finishTransaction!: () => void;
    const finish = new Promise<void>((resolve) => (finishTransaction = resolve));
    const transaction = driver
      .transaction(async (tx) => {
        await tx.query('INSERT INTO notes VALUES ($1)', ['uncommitted'], { prepare: true });
        insideTransaction();
        await finish;
        throw new Error('roll back');
      })
      .catch((error: Error) => error.message);
    await inserted;
    // Were this run inside the open transaction, it would see the row the transaction then takes back.
    const count = driver.query<{ n: number }>('SELECT count(*)::integer AS n FROM notes', [], { prepare: true });
    finishTransaction();
    expect(await transaction).toBe('roll back');
    expect((await count).rows).toEqual([{ n: 0 }]);
  });

  it('rolls prepared writes back with their transaction', async () => {
    const driver = createPGliteDriver(instance);
    await driver.query('CREATE TABLE notes (body text, n integer, ok boolean)');
    await driver.query('INSERT INTO notes VALUES ($1, $2, $3)', ['kept', 1, true], { prepare: true });
    await expect(
      driver.transaction(async (tx) => {
        await tx.query('INSERT INTO notes VALUES ($1, $2, $3)', ['dropped', 2, false], { prepare: true });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await driver.query('SELECT body, n, ok FROM notes', [], { prepare: true })).rows).toEqual([{ body: 'kept', n: 1, ok: true }]);
  });

  it('hands every text, NULL and number to the statement unchanged', async () => {
    const driver = createPGliteDriver(instance);
    // PostgreSQL text holds any character but NUL.
    const text = fc.string({ unit: 'binary', maxLength: 40 }).filter((value) => !value.includes('\u0000'));
    await fc.assert(
      fc.asyncProperty(fc.option(text), text, fc.integer(), async (first, second, n) => {
        const { rows } = await driver.query('SELECT $1::text AS first, $2::text AS second, $3::integer AS n', [first, second, n], { prepare: true });
        expect(rows).toEqual([{ first, second, n }]);
      }),
      { numRuns: 200 },
    );
  });

  it('reads exactly what query() reads for the store', async () => {
    // The same instance seen through query() alone: no raw protocol, so nothing runs prepared.
    const queryOnly: PGliteLike = {
      query: (sql, params, options) => instance.query(sql, params, options),
      transaction: (work) => instance.transaction(work),
      close: async () => {},
    };
    const prepared = await createPGliteStore({ pglite: instance, schema: 'prepared' });
    const unprepared = await createPGliteStore({ pglite: queryOnly, schema: 'unprepared' });
    const appends = respondedAppends(new StreamBuilder({ complaintId: 'same', trackingNumber: 'T-same', at: '2026-03-02T02:00:00.000Z' }), '2026-03-02T03:00:00.000Z', '2026-03-12T03:00:00.000Z');
    for (const append of appends) {
      await prepared.doAppend(append);
      await unprepared.doAppend(append);
    }
    expect(await preparedCount(instance)).toBeGreaterThan(0);
    expect(await prepared.doReadStream('same')).toEqual(await unprepared.doReadStream('same'));
    expect(await prepared.doLoadProjection('same')).toEqual(await unprepared.doLoadProjection('same'));
    expect(await prepared.doFindByTrackingNumber('T-same')).toEqual(await unprepared.doFindByTrackingNumber('T-same'));
    expect(await prepared.doLoadProjection('same')).toEqual(appends.at(-1)!.projection);
  });

  it('uses a statement another copy of the module prepared under the same name', async () => {
    const sql = 'SELECT $1::text AS v';
    await instance.exec(`PREPARE ${statementName(sql)} AS ${sql}`);
    const driver = createPGliteDriver(instance);
    expect((await driver.query(sql, ['x'], { prepare: true })).rows).toEqual([{ v: 'x' }]);
  });

  it('fails a statement whose transaction has ended, as PGlite does', async () => {
    const driver = createPGliteDriver(instance);
    let kept: Parameters<Parameters<typeof driver.transaction>[0]>[0] | undefined;
    await driver.transaction(async (tx) => {
      kept = tx;
    });
    await expect(kept!.query('SELECT 1 AS n', [], { prepare: true })).rejects.toThrow('Transaction is closed');
  });

  it('prepares again after a deallocation that aborted a transaction', async () => {
    const driver = createPGliteDriver(instance);
    const sql = 'SELECT $1::text AS v';
    await driver.query(sql, ['before'], { prepare: true });
    await expect(
      driver.transaction(async (tx) => {
        await tx.query('DEALLOCATE ALL');
        await tx.query(sql, ['inside'], { prepare: true });
      }),
    ).rejects.toMatchObject({ code: '26000' });
    expect((await driver.query(sql, ['after'], { prepare: true })).rows).toEqual([{ v: 'after' }]);
  });
});

describe('a PGlite store after doClose', () => {
  it('fails its calls as store_failure instead of reaching a closed database', async () => {
    const store = await createPGliteStore();
    await store.doLoadProjection('warm-up');
    await store.doClose();
    const error = await expectAduanError(store.doLoadProjection('warm-up'), 'store_failure');
    expect(error.message).toContain('closed');
  });
});
