import { InvalidConfigError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createDesk, createMemoryStore } from '../index.js';
import { createHarness, createTestClock, fileComplaint, resident, sampleIntake } from '../test-support/harness.js';

function configError(build: () => unknown): InvalidConfigError {
  try {
    build();
  } catch (error) {
    expect(error).toMatchObject({ code: 'invalid_config' });
    return error as InvalidConfigError;
  }
  throw new Error('expected invalid_config, but the desk was created');
}

describe('createDesk options', () => {
  it('issues tracking numbers in the configured format, dated in WIB', async () => {
    const { desk, clock } = createHarness({ trackingNumberFormat: 'PKL/{yyyy}{mm}{dd}/{rand:5}' });
    clock.set('2025-03-03T18:30:00.000Z');

    const { complaint } = await desk.receive(resident, sampleIntake());

    expect(complaint.trackingNumber).toMatch(/^PKL\/20250304\/[0-9A-HJKMNP-TV-Z]{5}$/);
    expect((await desk.track(complaint.trackingNumber)).trackingNumber).toBe(complaint.trackingNumber);
  });

  it('refuses a tracking number format with too little randomness to stay unique', () => {
    const error = configError(() => createDesk({ store: createMemoryStore(), trackingNumberFormat: 'PKL-{yy}{mm}-{rand:3}' }));

    expect(error.issues).toEqual([{ path: 'trackingNumberFormat', message: '"PKL-{yy}{mm}-{rand:3}" needs a {rand:N} token with N >= 4 to stay unique' }]);
  });

  it('refuses a tracking number format with an unknown token', () => {
    const error = configError(() => createDesk({ store: createMemoryStore(), trackingNumberFormat: '{kota}-{rand:6}' }));

    expect(error.message).toContain('has an unknown token; use {yyyy} {yy} {mm} {dd} {rand:N}');
  });

  it('refuses a store that is not a StoreV1, naming what is wrong', () => {
    const notAStore = configError(() => createDesk({ store: { specificationVersion: 'v0' } }));
    const { doClaimDue: _dropped, ...partial } = createMemoryStore();
    const incomplete = configError(() => createDesk({ store: partial }));

    expect(notAStore.message).toContain('store.specificationVersion: must be "v1"; got "v0"');
    expect(incomplete.issues).toEqual([{ path: 'store.doClaimDue', message: 'StoreV1 method is missing in provider "memory"' }]);
  });

  it('refuses a plugin that is not a PluginV1', () => {
    const error = configError(() => createDesk({ store: createMemoryStore(), plugins: [{ name: 'old-style' }] }));

    expect(error.issues[0]?.path).toBe('plugins.0');
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
