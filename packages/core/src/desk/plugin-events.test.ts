import type { PluginV1, StoredEvent } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createDesk, createMemoryStore, type ComplaintNotice } from '../index.js';
import {
  coordinator,
  createHarness,
  expectAduanError,
  fileComplaint,
  officerA,
  resident,
  UNIT_A,
  walkTo,
} from '../test-support/harness.js';
import { probePlugin } from '../test-support/probe-plugin.js';

const auditor = { id: 'inspektorat', role: 'auditor' } as const;

describe('PluginV2 set-up', () => {
  it('sets plugins up before the first call, even when setup takes a while', async () => {
    const order: string[] = [];
    let release!: () => void;
    const slow = probePlugin('slow', {
      setup: () => new Promise<void>((resolve) => (release = resolve)).then(() => void order.push('setup')),
    });
    const { desk } = createHarness({ plugins: [slow] });

    const filing = fileComplaint(desk).then(() => order.push('receive'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    release();
    await filing;
    await desk.ready();

    expect(order).toEqual(['setup', 'receive']);
  });

  it('reports a failed setup on ready() and on every call, naming the plugin', async () => {
    const broken = probePlugin('broken', { setup: () => Promise.reject(new Error('template store unreachable')) });
    const { desk } = createHarness({ plugins: [broken] });

    const error = await expectAduanError(desk.ready(), 'invalid_config');
    expect(error.message).toContain('broken.setup: template store unreachable');
    await expectAduanError(fileComplaint(desk), 'invalid_config');
    await desk.close();
  });

  it('refuses registration after setup, and bad declarations at setup', async () => {
    let late: (() => void) | undefined;
    const plugin = {
      ...probePlugin('late'),
      setup(context: Parameters<NonNullable<ReturnType<typeof probePlugin>['setup']>>[0]) {
        late = () => context.registerEventType({ name: 'too-late', schemaVersion: 1, check: () => [] });
      },
    };
    const { desk } = createHarness({ plugins: [plugin] });
    await desk.ready();
    expect(() => late!()).toThrow(/only during setup/);

    const badName = {
      ...probePlugin('bad'),
      setup: (c: { registerEventType: (t: never) => void }) => c.registerEventType({ name: 'Not Kebab', schemaVersion: 0 } as never),
    };
    const error = await expectAduanError(createHarness({ plugins: [badName as never] }).desk.ready(), 'invalid_config');
    expect(error.message).toMatch(/kebab-case/);
    expect(error.message).toMatch(/schemaVersion: must be a whole number from 1/);
  });

  it('checks plugins at start-up: kebab-case names, unique names, an outbox for plugins that send messages', () => {
    const store = createMemoryStore();
    expect(() => createDesk({ store, plugins: [probePlugin('Sign Off')] })).toThrow(/plugins\.0\.name: must be kebab-case/);
    expect(() => createDesk({ store, plugins: [probePlugin('twin'), probePlugin('twin')] })).toThrow(
      /plugins\.1\.name: another plugin is already named "twin"/,
    );
    const noOutbox = { ...store, capabilities: { ...store.capabilities, outbox: false } };
    expect(() => createDesk({ store: noOutbox, plugins: [probePlugin('talker')] })).toThrow(
      /sends messages to residents, but store "memory" has no outbox/,
    );
    expect(() => createDesk({ store: noOutbox, plugins: [probePlugin('quiet', {}, { sendsMessages: false })] })).not.toThrow();
  });
});

describe('plugin events in the complaint stream', () => {
  it('are chained like lifecycle events, change no state, and survive verification and rebuild', async () => {
    const probe = probePlugin();
    const { desk, store } = createHarness({ plugins: [probe] });
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'disposed');
    const before = (await store.doLoadProjection(complaintId))!;

    const event = await probe
      .desk()
      .appendEvent({ complaintId, name: 'noted', payload: { text: 'Sudah dicek ke lokasi' }, actor: officerA });

    const after = (await store.doLoadProjection(complaintId))!;
    expect(event).toMatchObject({ type: 'probe/noted', version: 4, schemaVersion: 1, actor: officerA, prevHash: before.lastEventHash });
    expect(after).toMatchObject({ status: 'disposed', version: 4, lastEventHash: event.hash, updatedAt: event.at, unitId: UNIT_A });
    expect(after.machine).toEqual(before.machine);
    expect(await desk.verifyHistory(complaintId)).toEqual({ ok: true, events: 4, headHash: event.hash });

    await desk.respond(officerA, { complaintId, message: 'Lubang sudah ditambal.' });
    const live = store.contents().projections;
    expect(await desk.rebuild()).toEqual({ rebuilt: 1, failed: [] });
    expect(store.contents().projections).toEqual(live);
  });

  it('may be added to a closed complaint, which stays closed', async () => {
    const probe = probePlugin();
    const { desk } = createHarness({ plugins: [probe] });
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'resolved');

    await probe.desk().appendEvent({ complaintId, name: 'noted', payload: { text: 'Survei ulang' } });

    const view = await desk.get(coordinator, complaintId);
    expect(view.status).toBe('resolved');
    expect((await desk.history(coordinator, complaintId)).at(-1)).toMatchObject({
      type: 'probe/noted',
      actor: { id: 'plugin:probe', role: 'system' },
    });
    expect(await desk.verifyHistory(complaintId)).toMatchObject({ ok: true });
  });

  it('refuses a payload its check refuses, an undeclared event and a stale version, writing nothing', async () => {
    const probe = probePlugin();
    const { desk, store } = createHarness({ plugins: [probe] });
    const complaintId = await fileComplaint(desk);
    const before = store.contents();

    const invalid = await expectAduanError(
      probe.desk().appendEvent({ complaintId, name: 'noted', payload: { text: '' } }),
      'invalid_input',
    );
    expect(invalid.message).toBe('Invalid probe/noted event: text: must be 1 to 200 characters');
    const unknown = await expectAduanError(
      probe.desk().appendEvent({ complaintId, name: 'shouted', payload: { text: 'x' } }),
      'invalid_input',
    );
    expect(unknown.message).toContain('plugin "probe" registered no event "shouted"');
    await expectAduanError(
      probe.desk().appendEvent({ complaintId, name: 'noted', payload: { text: 'x' }, expectedVersion: 0 }),
      'version_conflict',
    );
    await expectAduanError(probe.desk().appendEvent({ complaintId: 'nope', name: 'noted', payload: { text: 'x' } }), 'not_found');

    expect(store.contents()).toEqual(before);
  });

  it('stores the payload as it will be read back (a Date becomes its ISO text)', async () => {
    const probe = probePlugin();
    const { desk, store } = createHarness({ plugins: [probe] });
    const complaintId = await fileComplaint(desk);

    const event = await probe
      .desk()
      .appendEvent({ complaintId, name: 'noted', payload: { text: 'x', note: new Date('2026-03-02T02:00:00Z') } });

    expect(event.payload).toEqual({ text: 'x', note: '2026-03-02T02:00:00.000Z' });
    expect(await desk.verifyHistory(complaintId)).toMatchObject({ ok: true });
    expect(store.contents().events.at(-1)?.payload).toEqual(event.payload);
  });

  it('writes outbox messages with the event, one idempotency key each, and only for plugins that send messages', async () => {
    const talker = probePlugin('talker');
    const quiet = probePlugin('quiet', {}, { sendsMessages: false });
    const { desk, store } = createHarness({ plugins: [talker, quiet] });
    const complaintId = await fileComplaint(desk);

    const event = await talker.desk().appendEvent({
      complaintId,
      name: 'told',
      payload: { text: 'Apakah sudah beres?' },
      outbox: [{ body: 'Apakah sudah beres? Balas SUDAH atau BELUM.' }, { body: 'Is it fixed? Reply SUDAH or BELUM.' }],
    });

    expect(
      store.contents().outbox.map(({ body, idempotencyKey, channel, createdAt }) => ({ body, idempotencyKey, channel, createdAt })),
    ).toEqual([
      { body: 'Apakah sudah beres? Balas SUDAH atau BELUM.', idempotencyKey: `${complaintId}:2`, channel: 'whatsapp', createdAt: event.at },
      { body: 'Is it fixed? Reply SUDAH or BELUM.', idempotencyKey: `${complaintId}:2.2`, channel: 'whatsapp', createdAt: event.at },
    ]);
    await expectAduanError(
      quiet.desk().appendEvent({ complaintId, name: 'told', payload: { text: 'x' }, outbox: [{ body: 'Halo' }] }),
      'invalid_config',
    );
    expect(store.contents().events).toHaveLength(2);
  });

  it('records an inbound message once: a second append with its dedupe key is a duplicate_message', async () => {
    const probe = probePlugin();
    const { desk } = createHarness({ plugins: [probe] });
    const complaintId = await fileComplaint(desk);
    const dedupeKey = { channel: 'whatsapp', messageId: 'wamid.1' };

    await probe.desk().appendEvent({ complaintId, name: 'noted', payload: { text: 'sudah' }, dedupeKey });
    await expectAduanError(
      probe.desk().appendEvent({ complaintId, name: 'noted', payload: { text: 'sudah' }, dedupeKey }),
      'duplicate_message',
    );
  });

  it('are announced to listeners as plugin-event-stored, and to V2 afterEvents hooks; V1 hooks never see them', async () => {
    const v1Seen: string[] = [];
    const v1: PluginV1 = {
      specificationVersion: 'v1',
      name: 'old-listener',
      capabilities: { mayReject: false },
      afterEvents: ({ command, events }) => void v1Seen.push(`${command}:${events.map((event) => event.type).join(',')}`),
    };
    const v2Seen: string[] = [];
    const probe = probePlugin('probe', {
      afterEvents: ({ command, events }) => void v2Seen.push(`${command}:${events.map((e) => e.type).join(',')}`),
    });
    const { desk } = createHarness({ plugins: [v1, probe] });
    const notices: ComplaintNotice[] = [];
    desk.on('plugin-event-stored', (notice) => notices.push(notice));
    const complaintId = await fileComplaint(desk);

    await probe.desk().appendEvent({ complaintId, name: 'noted', payload: { text: 'x' } });

    expect(notices.map((notice) => notice.event.type)).toEqual(['probe/noted']);
    expect(notices[0]?.complaint.version).toBe(2);
    expect(v1Seen).toEqual(['receive:complaint-received']);
    expect(v2Seen).toEqual(['receive:complaint-received', 'probe/noted:probe/noted']);
  });
});

describe('plugin events are never public', () => {
  async function complaintWithPluginEvents() {
    const probe = probePlugin();
    const { desk, store } = createHarness({ plugins: [probe] });
    const complaintId = await fileComplaint(desk, { anonim: false, rahasia: false });
    await walkTo(desk, complaintId, 'responded');
    const plugin = probe.desk();
    await plugin.appendEvent({ complaintId, name: 'noted', payload: { text: 'Draf: sudah ditambal' }, actor: officerA });
    await plugin.appendEvent({ complaintId, name: 'told', payload: { text: 'Mohon konfirmasi' } });
    await plugin.appendEvent({ complaintId, name: 'whispered', payload: { text: 'Nilai 4', note: 'Pak RT yang lapor' }, actor: resident });
    await plugin.appendEvent({ complaintId, name: 'secret', payload: { text: 'NIK 3375…' } });
    return { desk, store, complaintId };
  }

  const pluginPart = (events: StoredEvent[]) =>
    events
      .filter((event) => event.type.includes('/'))
      .map((event) => ({ type: event.type, payload: event.payload, actorId: event.actor.id }));

  it('stay out of public tracking and of the conversation', async () => {
    const { desk, complaintId } = await complaintWithPluginEvents();
    const view = await desk.get(coordinator, complaintId);

    const tracking = await desk.track(view.trackingNumber);
    expect(tracking.answers).toEqual([{ at: expect.any(String), message: 'Sudah ditambal pada hari Senin.' }]);
    expect(JSON.stringify(tracking)).not.toMatch(/Draf|konfirmasi|Nilai|NIK/);
    expect(view.conversation.map((entry) => entry.kind)).toEqual(['responded']);
  });

  it('show a coordinator everything, and mask personal members for readers without full visibility', async () => {
    const { desk, complaintId } = await complaintWithPluginEvents();

    expect(pluginPart(await desk.history(coordinator, complaintId))).toEqual([
      { type: 'probe/noted', payload: { text: 'Draf: sudah ditambal' }, actorId: officerA.id },
      { type: 'probe/told', payload: { text: 'Mohon konfirmasi' }, actorId: 'plugin:probe' },
      { type: 'probe/whispered', payload: { text: 'Nilai 4', note: 'Pak RT yang lapor' }, actorId: resident.id },
      { type: 'probe/secret', payload: { text: 'NIK 3375…' }, actorId: 'plugin:probe' },
    ]);
    for (const reader of [officerA, auditor]) {
      expect(pluginPart(await desk.history(reader, complaintId))).toEqual([
        { type: 'probe/noted', payload: { text: 'Draf: sudah ditambal' }, actorId: officerA.id },
        { type: 'probe/told', payload: { text: 'Mohon konfirmasi' }, actorId: 'plugin:probe' },
        { type: 'probe/whispered', payload: { text: 'Nilai 4', note: '[redacted]' }, actorId: '[redacted]' },
        { type: 'probe/secret', payload: { text: '[redacted]' }, actorId: 'plugin:probe' },
      ]);
    }
  });

  it('show the resident only the types meant for them', async () => {
    const { desk, complaintId } = await complaintWithPluginEvents();

    expect(pluginPart(await desk.history(resident, complaintId))).toEqual([
      { type: 'probe/told', payload: { text: 'Mohon konfirmasi' }, actorId: 'plugin:probe' },
      { type: 'probe/whispered', payload: { text: 'Nilai 4', note: 'Pak RT yang lapor' }, actorId: resident.id },
    ]);
  });

  it('count as internal and wholly personal once the plugin that wrote them is gone', async () => {
    const { store, complaintId } = await complaintWithPluginEvents();
    const { events, projections, identities } = store.contents();
    const moved = createMemoryStore();
    await moved.doAppend({ complaintId, expectedVersion: 0, events, projection: projections[0]!, identity: identities[0] });
    const without = createDesk({ store: moved });

    expect(pluginPart(await without.history(officerA, complaintId))).toEqual([
      { type: 'probe/noted', payload: { text: '[redacted]' }, actorId: officerA.id },
      { type: 'probe/told', payload: { text: '[redacted]' }, actorId: 'plugin:probe' },
      { type: 'probe/whispered', payload: { text: '[redacted]', note: '[redacted]' }, actorId: '[redacted]' },
      { type: 'probe/secret', payload: { text: '[redacted]' }, actorId: 'plugin:probe' },
    ]);
    expect(pluginPart(await without.history(resident, complaintId))).toEqual([]);
    expect(await without.verifyHistory(complaintId)).toMatchObject({ ok: true, events: 8 });
  });
});
