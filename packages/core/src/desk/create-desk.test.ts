import { inspect } from 'node:util';
import { ClosedError, InvalidConfigError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { AduanError, createDesk, createMemoryStore, DEFAULT_TRACKING_FORMAT, type Desk } from '../index.js';
import { coordinator, createHarness, createTestClock, fileComplaint, resident, sampleIntake } from '../test-support/harness.js';

function configError(build: () => unknown): InvalidConfigError {
  try {
    build();
  } catch (error) {
    expect(InvalidConfigError.isInstance(error), String(error)).toBe(true);
    return error as InvalidConfigError;
  }
  throw new Error('expected invalid_config, but the desk was created');
}

describe('createDesk options', () => {
  it('says the store is missing, and how to make one, when called without options or with {}', () => {
    for (const build of [() => (createDesk as (options?: unknown) => Desk)(), () => createDesk({} as never)]) {
      const error = configError(build);
      expect(error.issues).toEqual([
        { path: 'store', message: expect.stringContaining('is missing: pass a StoreV1, e.g. createMemoryStore()') },
      ]);
      expect(error.message).toContain('@aduan/store-postgres');
    }
  });

  it('issues tracking numbers in the configured format, dated in WIB', async () => {
    const { desk, clock } = createHarness({ trackingNumberFormat: 'PKL/{yyyy}{mm}{dd}/{rand:8}' });
    clock.set('2025-03-03T18:30:00.000Z');

    const { complaint } = await desk.receive(resident, sampleIntake());

    expect(complaint.trackingNumber).toMatch(/^PKL\/20250304\/[0-9A-HJKMNP-TV-Z]{8}$/);
    expect((await desk.track(complaint.trackingNumber)).trackingNumber).toBe(complaint.trackingNumber);
  });

  it('issues 50 random bits by default, in two groups a resident can read out', async () => {
    const { desk } = createHarness();
    const { complaint } = await desk.receive(resident, sampleIntake());

    expect(DEFAULT_TRACKING_FORMAT).toBe('ADU-{yy}{mm}{dd}-{rand:5}-{rand:5}');
    expect(complaint.trackingNumber).toMatch(/^ADU-250303-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('refuses a tracking number format below the 40-bit floor, naming the option and the floor', () => {
    const error = configError(() => createDesk({ store: createMemoryStore(), trackingNumberFormat: 'ADU-{yy}{mm}{dd}-{rand:6}' }));

    expect(error.issues).toEqual([
      { path: 'trackingNumberFormat', message: expect.stringContaining('carries 30 random bits; the floor is 40') },
    ]);
  });

  it('refuses a tracking number format with an unknown token', () => {
    const error = configError(() => createDesk({ store: createMemoryStore(), trackingNumberFormat: '{kota}-{rand:8}' }));

    expect(error.message).toContain('has an unknown token; use {yyyy} {yy} {mm} {dd} {rand:N}');
  });

  it('refuses a store that is not a StoreV1, naming what is wrong', () => {
    const notAStore = configError(() => createDesk({ store: { specificationVersion: 'v0' } as never }));
    const { doClaimDue: _dropped, ...partial } = createMemoryStore();
    const incomplete = configError(() => createDesk({ store: partial as never }));

    expect(notAStore.message).toContain('store.specificationVersion: must be "v1" (a StoreV1); got "v0"');
    expect(incomplete.issues).toEqual([{ path: 'store.doClaimDue', message: 'StoreV1 method is missing in provider "memory"' }]);
  });

  it('refuses a plugin that is not a PluginV1', () => {
    const error = configError(() => createDesk({ store: createMemoryStore(), plugins: [{ name: 'old-style' } as never] }));

    expect(error.issues[0]?.path).toBe('plugins.0');
  });

  it('names every wrong option at once', () => {
    const error = configError(() =>
      createDesk({
        store: createMemoryStore(),
        clock: { now: 'today' } as never,
        newId: 42 as never,
        pseudonymKey: 'short',
        language: 'jv' as never,
        deadlines: { specificationVersion: 'v1', advance: () => ({ deadline: null, dueAt: null }) } as never,
      }),
    );

    expect(error.issues.map((issue) => issue.path)).toEqual([
      'clock',
      'newId',
      'pseudonymKey',
      'language',
      'deadlines.confirmationDeadline',
      'deadlines.dueAction',
      'deadlines.clocks',
      'deadlines.expectedResolution',
    ]);
  });

  it('refuses a deadline policy of the old, unversioned shape', () => {
    const error = configError(() => createDesk({ store: createMemoryStore(), deadlines: { advance: () => ({}) } as never }));

    expect(error.issues).toEqual([{ path: 'deadlines.specificationVersion', message: expect.stringContaining('DeadlinePolicyV1') }]);
  });

  it('uses the injected id generator and clock', async () => {
    let next = 0;
    const clock = createTestClock('2025-06-01T00:00:00.000Z');
    const desk = createDesk({ store: createMemoryStore(), clock, newId: () => `id-${++next}` });

    const complaintId = await fileComplaint(desk);

    expect(complaintId).toMatch(/^id-\d+$/);
    expect((await desk.get(resident, complaintId)).createdAt).toBe('2025-06-01T00:00:00.000Z');
  });
});

describe('desk.close()', () => {
  it('waits for commands in flight, refuses new ones with ClosedError, and closes the store', async () => {
    const { desk, store } = createHarness();
    const complaintId = await fileComplaint(desk);

    const inFlight = desk.verify(coordinator, { complaintId });
    const closed = desk.close();
    const refused = await desk.get(coordinator, complaintId).catch((error: unknown) => error);
    await closed;

    expect(await inFlight).toMatchObject({ status: 'verified' });
    expect(ClosedError.isInstance(refused)).toBe(true);
    expect(refused).toMatchObject({ code: 'closed', what: 'desk' });
    await expect(store.doLoadProjection(complaintId)).rejects.toMatchObject({ code: 'closed', what: 'memory store' });
  });

  it('keeps the store open when asked to, and is the same close when called twice', async () => {
    const store = createMemoryStore();
    const desk = createDesk({ store, keepStoreOpen: true });
    const complaintId = await fileComplaint(desk);

    await Promise.all([desk.close(), desk.close()]);

    expect((await store.doLoadProjection(complaintId))?.status).toBe('received');
    await expect(desk.receive(resident, sampleIntake())).rejects.toMatchObject({ code: 'closed' });
  });

  it('stops the schedulers it started and refuses new ones', async () => {
    const { desk } = createHarness();
    let rounds = 0;
    desk.startScheduler({ intervalMs: 1, onSweep: () => rounds++ });
    await new Promise((resolve) => setTimeout(resolve, 20));

    await desk.close();
    const after = rounds;
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(rounds).toBe(after);
    expect(() => desk.startScheduler()).toThrow(expect.objectContaining({ code: 'closed' }));
  });

  it('works with `await using`', async () => {
    const store = createMemoryStore();
    {
      await using desk = createDesk({ store });
      await fileComplaint(desk);
    }
    await expect(store.doQuery({ limit: 1 })).rejects.toMatchObject({ code: 'closed' });
  });
});

describe('AduanError from @aduan/core', () => {
  it('is exported, and prints under its own name', () => {
    const error = new AduanError('invalid_input', 'Judul wajib diisi');

    expect(String(error)).toBe('AduanError: Judul wajib diisi');
    expect(inspect(error)).toMatch(/^AduanError: Judul wajib diisi/);
    expect(error.name).toBe('AduanError');
    expect(String(new InvalidConfigError('desk', [{ path: 'store', message: 'is missing' }]))).toMatch(/^InvalidConfigError: /);
  });
});
