import type { BeforeCommandContextV2, PluginV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import type { PluginFailure } from '../index.js';
import {
  coordinator,
  createHarness,
  DAY_MS,
  expectAduanError,
  fileComplaint,
  officerA,
  officerB,
  otherResident,
  resident,
  walkTo,
} from '../test-support/harness.js';
import { probePlugin } from '../test-support/probe-plugin.js';

const PSEUDONYM_KEY = 'kunci-rahasia-untuk-uji-0123456789';

describe('desk.runPluginCommand', () => {
  it('runs a declared command and answers what it answers', async () => {
    const { desk } = createHarness({ plugins: [probePlugin()] });
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'disposed');

    const event = await desk.runPluginCommand(officerA, 'probe', 'note', { complaintId, text: 'Tim sudah ke lokasi' });

    expect(event).toMatchObject({ type: 'probe/noted', actor: officerA, payload: { text: 'Tim sudah ke lokasi' } });
    expect((await desk.history(coordinator, complaintId)).at(-1)?.type).toBe('probe/noted');
  });

  it('applies the rules of the desk’s own commands: not found, invalid input, role, unit scope, version', async () => {
    const { desk, store } = createHarness({ plugins: [probePlugin()] });
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'disposed');
    const before = store.contents();

    const missing = await expectAduanError(desk.runPluginCommand(coordinator, 'probe', 'shout', { complaintId }), 'not_found');
    expect(missing.message).toBe('Plugin command "probe/shout" does not exist');
    await expectAduanError(desk.runPluginCommand(coordinator, 'nobody', 'note', { complaintId }), 'not_found');
    const invalid = await expectAduanError(desk.runPluginCommand(coordinator, 'probe', 'note', { complaintId, text: '' }), 'invalid_input');
    expect(invalid.message).toBe('Invalid probe/note input: text: must be 1 to 200 characters');
    await expectAduanError(desk.runPluginCommand(coordinator, 'probe', 'note', 'teks' as never), 'invalid_input');
    await expectAduanError(
      desk.runPluginCommand({ id: 'x', role: 'wizard' } as never, 'probe', 'note', { complaintId, text: 'x' }),
      'invalid_input',
    );
    await expectAduanError(desk.runPluginCommand(coordinator, 'probe', 'note', { complaintId: 'nope', text: 'x' }), 'not_found');
    const role = await expectAduanError(desk.runPluginCommand(resident, 'probe', 'note', { complaintId, text: 'x' }), 'forbidden');
    expect(role.message).toContain('role "complainant" cannot probe/note');
    const scope = await expectAduanError(desk.runPluginCommand(officerB, 'probe', 'note', { complaintId, text: 'x' }), 'forbidden');
    expect(scope.message).toContain('is not disposed to unit "puskesmas-bendan"');
    await expectAduanError(
      desk.runPluginCommand(coordinator, 'probe', 'note', { complaintId, text: 'x', expectedVersion: 1 }),
      'version_conflict',
    );

    expect(store.contents()).toEqual(before);
  });

  it('offers plugin commands to every plugin’s beforeCommand, V1 and V2 side by side', async () => {
    const seen: string[] = [];
    const v1: PluginV1 = {
      specificationVersion: 'v1',
      name: 'gatekeeper',
      capabilities: { mayReject: true },
      beforeCommand: ({ command, input }) => {
        seen.push(command);
        return input['text'] === 'kasar' ? { reject: 'bahasa tidak santun' } : undefined;
      },
    };
    const { desk, store } = createHarness({ plugins: [v1, probePlugin()] });
    const complaintId = await fileComplaint(desk);
    const before = store.contents();

    const error = await expectAduanError(
      desk.runPluginCommand(coordinator, 'probe', 'note', { complaintId, text: 'kasar' }),
      'plugin_rejected',
    );

    expect(error.message).toBe('Plugin "gatekeeper" held back probe/note: bahasa tidak santun');
    expect(seen).toEqual(['receive', 'probe/note']);
    expect(store.contents()).toEqual(before);
  });
});

describe('PluginDeskV2.run', () => {
  it('stores the plugin’s events and the command’s event in one append, and tells other plugins it issued the command', async () => {
    const contexts: BeforeCommandContextV2[] = [];
    const watcher = probePlugin('watcher', { beforeCommand: (context) => void contexts.push(context) });
    const probe = probePlugin();
    const { desk, store } = createHarness({ plugins: [watcher, probe] });
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'disposed');

    const summary = await probe.desk().run(
      'respond',
      officerA,
      { complaintId, message: 'Sudah ditambal.' },
      {
        events: [
          {
            name: 'noted',
            payload: { text: 'Disetujui kepala dinas' },
            actor: { id: 'kadis', role: 'supervisor', unitId: 'dinas-pupr' },
          },
        ],
      },
    );

    expect(summary.status).toBe('responded');
    const events = store.contents().events.slice(-2);
    expect(events.map((event) => [event.type, event.actor.id, event.at])).toEqual([
      ['probe/noted', 'kadis', events[1]!.at],
      ['complaint-responded', officerA.id, events[1]!.at],
    ]);
    expect(contexts.map(({ command, via }) => [command, via])).toContainEqual(['respond', 'probe']);
    expect(contexts.filter(({ command }) => command === 'verify').map(({ via }) => via)).toEqual([undefined]);
    expect(await desk.verifyHistory(complaintId)).toMatchObject({ ok: true, events: 5 });
  });

  it('writes nothing when the command is refused, nor when one of its events is invalid', async () => {
    const probe = probePlugin();
    const { desk, store } = createHarness({ plugins: [probe] });
    const complaintId = await fileComplaint(desk);
    const before = store.contents();
    const noted = { name: 'noted', payload: { text: 'x' } };

    await expectAduanError(probe.desk().run('respond', officerA, { complaintId, message: 'x' }, { events: [noted] }), 'forbidden');
    await expectAduanError(probe.desk().run('confirm', coordinator, { complaintId }, { events: [noted] }), 'illegal_transition');
    await expectAduanError(
      probe.desk().run('verify', coordinator, { complaintId }, { events: [{ name: 'noted', payload: {} }] }),
      'invalid_input',
    );
    await expectAduanError(probe.desk().run('launch', coordinator, { complaintId }), 'invalid_input');

    expect(store.contents()).toEqual(before);
  });
});

describe('addEvents', () => {
  it('stores what plugins add on receipt in the receipt’s append, with its outbox message', async () => {
    const acknowledging = probePlugin('ack', {
      addEvents: async ({ command, complaint, identity, timeline }) => {
        if (command !== 'receive') return undefined;
        const name = (await identity())?.name ?? 'Bapak/Ibu';
        const clocks = timeline().clocks.length;
        return [
          {
            name: 'told',
            payload: { text: `clocks ${clocks}` },
            outbox: [{ body: `Yth. ${name}, aduan ${complaint.trackingNumber} kami terima.` }],
          },
        ];
      },
    });
    const { desk, store } = createHarness({ plugins: [acknowledging] });

    const complaintId = await fileComplaint(desk);

    const { events, outbox, projections } = store.contents();
    expect(events.map((event) => [event.type, event.version])).toEqual([
      ['complaint-received', 1],
      ['ack/told', 2],
    ]);
    expect(outbox.map((row) => row.body)).toEqual([`Yth. Budi Santoso, aduan ${projections[0]!.trackingNumber} kami terima.`]);
    expect(projections[0]).toMatchObject({ id: complaintId, version: 2, status: 'received', lastEventHash: events[1]!.hash });
    expect(await desk.verifyHistory(complaintId)).toMatchObject({ ok: true });
  });

  it('adds after a lifecycle command, for the commands a plugin declares only', async () => {
    const asking = probePlugin(
      'ask',
      {
        addEvents: ({ events }) =>
          events.some((event) => event.type === 'complaint-responded') ? [{ name: 'told', payload: { text: 'Sudah beres?' } }] : undefined,
      },
      { commands: ['respond'] },
    );
    const { desk, store } = createHarness({ plugins: [asking] });
    const complaintId = await fileComplaint(desk);

    await walkTo(desk, complaintId, 'responded');

    expect(store.contents().events.map((event) => event.type)).toEqual([
      'complaint-received',
      'complaint-verified',
      'complaint-disposed',
      'complaint-responded',
      'ask/told',
    ]);
  });

  it('fails the command when a plugin’s addEvents fails, writing nothing', async () => {
    const failing = probePlugin('failing', {
      addEvents: ({ command }) => (command === 'verify' ? Promise.reject(new Error('template store down')) : undefined),
    });
    const { desk, store } = createHarness({ plugins: [failing] });
    const complaintId = await fileComplaint(desk);
    const before = store.contents();

    await expect(desk.verify(coordinator, { complaintId })).rejects.toThrow('template store down');
    const invalid = probePlugin('invalid', { addEvents: () => [{ name: 'told', payload: { text: 7 } }] });
    const other = createHarness({ plugins: [invalid] });
    await expectAduanError(fileComplaint(other.desk), 'invalid_input');

    expect(store.contents()).toEqual(before);
    expect(other.store.contents().events).toEqual([]);
  });
});

describe('claimInbound', () => {
  const message = (id: string, text: string, from = '6281234567890') => ({
    channel: 'whatsapp',
    messageId: id,
    receivedAt: '2025-03-03T03:00:00.000Z',
    senderAddress: from,
    contact: { whatsapp: from },
    text,
    attachments: [],
  });

  it('lets a plugin record a known resident’s message itself, once however often it is delivered', async () => {
    const probe = probePlugin('survey', {
      claimInbound: async ({ resident: who, text, dedupeKey, desk: own }) => {
        if (!/^sudah/i.test(text)) return undefined;
        const { items } = await own.list(own.actor, { complainantId: who.id, limit: 1 });
        const complaintId = items[0]!.id;
        await own.appendEvent({ complaintId, name: 'told', payload: { text }, actor: who, dedupeKey });
        return { complaintId };
      },
    });
    const { desk, store } = createHarness({ plugins: [probe], pseudonymKey: PSEUDONYM_KEY });
    const first = await desk.routeInbound(message('m1', 'Jalan di depan rumah berlubang'));
    expect(first.outcome).toBe('created');

    const answer = await desk.routeInbound(message('m2', 'Sudah beres'));
    const again = await desk.routeInbound(message('m2', 'Sudah beres'));
    const other = await desk.routeInbound(message('m3', 'Kapan diperbaiki?'));

    expect(answer).toMatchObject({ outcome: 'claimed', plugin: 'survey', complaint: { version: 2 } });
    expect(again.outcome).toBe('duplicate');
    expect(other.outcome).toBe('follow-up');
    expect(store.contents().events.map((event) => event.type)).toEqual([
      'complaint-received',
      'survey/told',
      'complaint-follow-up-received',
    ]);
  });

  it('never offers a new sender’s first message, and refuses a claim on another resident’s complaint', async () => {
    const offered: string[] = [];
    let target = '';
    const greedy = probePlugin('greedy', {
      claimInbound: async ({ text }) => {
        offered.push(text);
        return target ? { complaintId: target } : undefined;
      },
    });
    const { desk } = createHarness({ plugins: [greedy], pseudonymKey: PSEUDONYM_KEY });
    await desk.routeInbound(message('m1', 'Lampu jalan mati'));
    expect(offered).toEqual([]);

    target = await fileComplaint(desk, {}, otherResident);
    const routed = await desk.routeInbound(message('m2', 'Halo'));

    expect(offered).toEqual(['Halo']);
    expect(routed).toMatchObject({ outcome: 'quarantined', reason: expect.stringContaining('belongs to another complainant') });
  });
});

describe('sweep and close hooks', () => {
  it('runs plugin sweeps at the sweep’s instant after the deadlines, and reports what they did', async () => {
    const instants: string[] = [];
    const sweeper = probePlugin('sweeper', {
      sweep: async ({ now }) => {
        instants.push(now.toISOString());
        return { acted: 2, failed: [{ complaintId: 'c-1', reason: 'pesan tidak terkirim' }] };
      },
    });
    const broken = probePlugin('broken', { sweep: () => Promise.reject(new Error('boom')) });
    const { desk, clock } = createHarness({ plugins: [sweeper, broken] });
    const failures: PluginFailure[] = [];
    desk.on('plugin-failed', (failure) => failures.push(failure));
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'responded');
    clock.advance(11 * DAY_MS);

    const report = await desk.sweep();
    const later = await desk.sweep({ now: new Date('2030-01-01T00:00:00.000Z') });

    expect(report).toMatchObject({ acted: 1, byAction: { resolve_by_silence: 1 } });
    expect(report.plugins).toEqual({ sweeper: { acted: 2, failed: [{ complaintId: 'c-1', reason: 'pesan tidak terkirim' }] } });
    expect(later.acted).toBe(0);
    expect(instants).toEqual([clock.now().toISOString(), '2030-01-01T00:00:00.000Z']);
    expect(failures.map(({ plugin, hook }) => [plugin, hook])).toEqual([
      ['broken', 'sweep'],
      ['broken', 'sweep'],
    ]);
  });

  it('closes plugins once the running calls have finished, last first, reporting failures', async () => {
    const order: string[] = [];
    let release!: () => void;
    const slow = probePlugin('slow', {
      addEvents: ({ command }) => (command === 'verify' ? new Promise((resolve) => (release = () => resolve(undefined))) : undefined),
      close: async () => void order.push('slow closed'),
    });
    const failing = probePlugin('failing', { close: () => Promise.reject(new Error('still busy')) });
    const { desk } = createHarness({ plugins: [slow, failing] });
    const failures: PluginFailure[] = [];
    desk.on('plugin-failed', (failure) => failures.push(failure));
    const complaintId = await fileComplaint(desk);

    const verifying = desk.verify(coordinator, { complaintId }).then(() => order.push('verified'));
    await new Promise((resolve) => setImmediate(resolve));
    const closing = desk.close().then(() => order.push('desk closed'));
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await Promise.all([verifying, closing]);

    expect(order).toEqual(['verified', 'slow closed', 'desk closed']);
    expect(failures.map(({ plugin, hook }) => [plugin, hook])).toEqual([['failing', 'close']]);
    await expectAduanError(fileComplaint(desk), 'closed');
  });
});
