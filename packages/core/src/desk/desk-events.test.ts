import type { PluginV1, StoreV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, type ComplaintNotice, type PluginFailure } from '../index.js';
import { coordinator, createHarness, fileComplaint, UNIT_A } from '../test-support/harness.js';

describe('typed desk events', () => {
  it("cannot change a complaint's next command through the machine context it announced", async () => {
    // A store that keeps copies and freezes nothing of the desk's objects, as SQL stores do.
    const memory = createMemoryStore();
    const copying: StoreV1 = { ...memory, doAppend: (input) => memory.doAppend(structuredClone(input)) };
    const { desk } = createHarness({ store: copying });
    desk.on('complaint-disposed', ({ complaint }) => {
      expect(() => Object.assign(complaint.machine.context, { unitId: 'unit-forged' })).toThrow(TypeError);
    });
    const complaintId = await fileComplaint(desk);
    await desk.verify(coordinator, { complaintId });
    await desk.dispose(coordinator, { complaintId, unitId: UNIT_A });

    const responded = await desk.respond(
      { id: 'penghubung-a', role: 'unit_officer', unitId: UNIT_A },
      { complaintId, message: 'Sudah ditangani.' },
    );
    expect(responded).toMatchObject({ status: 'responded', unitId: UNIT_A });
  });

  it('announces complaint-received with the stored event and the complaint', async () => {
    const { desk, store } = createHarness();
    const notices: ComplaintNotice[] = [];
    desk.on('complaint-received', (notice) => notices.push(notice));

    const complaintId = await fileComplaint(desk);

    const [stored] = store.contents().events;
    expect(notices).toEqual([{ event: stored, complaint: store.contents().projections[0] }]);
    expect(notices[0]?.complaint.id).toBe(complaintId);
  });

  it('announces each command under its own event name, in order', async () => {
    const { desk, store } = createHarness();
    const seen: string[] = [];
    desk.on('complaint-verified', ({ event }) => seen.push(`${event.type}@${event.version}`));
    desk.on('complaint-disposed', ({ event, complaint }) => seen.push(`${event.type}@${event.version}->${complaint.unitId}`));
    const complaintId = await fileComplaint(desk);

    await desk.verify(coordinator, { complaintId });
    await desk.dispose(coordinator, { complaintId, unitId: UNIT_A });

    expect(seen).toEqual(['complaint-verified@2', `complaint-disposed@3->${UNIT_A}`]);
    expect(store.contents().events.at(-1)?.type).toBe('complaint-disposed');
  });

  it('stops calling a listener once it unsubscribed', async () => {
    const { desk } = createHarness();
    let calls = 0;
    const off = desk.on('complaint-received', () => calls++);

    await fileComplaint(desk);
    off();
    await fileComplaint(desk);

    expect(calls).toBe(1);
  });

  it('announces nothing for a refused command', async () => {
    const { desk } = createHarness();
    let calls = 0;
    desk.on('complaint-responded', () => calls++);
    const complaintId = await fileComplaint(desk);

    await expect(desk.respond(coordinator, { complaintId, message: 'x' })).rejects.toMatchObject({ code: 'illegal_transition' });

    expect(calls).toBe(0);
  });
});

describe('plugin hooks', () => {
  const reviewer = (reason: string): PluginV1 => ({
    specificationVersion: 'v1',
    name: 'polite-tone',
    capabilities: { mayReject: true },
    beforeCommand: ({ command }) => (command === 'respond' || command === 'receive' ? { reject: reason } : undefined),
  });

  it('stops a command a beforeCommand hook rejects, with plugin_rejected, and writes nothing', async () => {
    const { desk, store } = createHarness({ plugins: [reviewer('nada terlalu tinggi')] });
    await expect(fileComplaint(desk)).rejects.toMatchObject({
      code: 'plugin_rejected',
      message: 'Plugin "polite-tone" held back receive: nada terlalu tinggi',
      details: { plugin: 'polite-tone', command: 'receive', reason: 'nada terlalu tinggi' },
    });

    expect(store.contents()).toEqual({
      events: [],
      projections: [],
      identities: [],
      dedupeKeys: [],
      externalRefs: [],
      outbox: [],
      contactKeys: [],
      quarantine: [],
    });
  });

  it('stops a command on an existing complaint before anything is written', async () => {
    const signOff: PluginV1 = {
      specificationVersion: 'v1',
      name: 'sign-off',
      capabilities: { commands: ['dispose'], mayReject: true },
      beforeCommand: ({ command }) => (command === 'dispose' ? { reject: 'butuh persetujuan kepala dinas' } : undefined),
    };
    const { desk, store } = createHarness({ plugins: [signOff] });
    const complaintId = await fileComplaint(desk);
    await desk.verify(coordinator, { complaintId });
    const before = store.contents();

    await expect(desk.dispose(coordinator, { complaintId, unitId: UNIT_A })).rejects.toMatchObject({ code: 'plugin_rejected' });

    expect(store.contents()).toEqual(before);
  });

  it('hands hooks the validated input and the complaint as it is', async () => {
    const contexts: { command: string; complaintStatus: string | undefined; input: unknown }[] = [];
    const recorder: PluginV1 = {
      specificationVersion: 'v1',
      name: 'recorder',
      capabilities: { mayReject: false },
      beforeCommand: ({ command, complaint, input }) => void contexts.push({ command, complaintStatus: complaint?.status, input }),
    };
    const { desk } = createHarness({ plugins: [recorder] });
    const complaintId = await fileComplaint(desk);
    await desk.verify(coordinator, { complaintId, category: '  kesehatan  ' });

    expect(contexts.map(({ command, complaintStatus }) => [command, complaintStatus])).toEqual([
      ['receive', undefined],
      ['verify', 'received'],
    ]);
    expect(contexts[1]?.input).toMatchObject({ complaintId, category: 'kesehatan' });
  });

  it('reports an afterEvents failure as plugin-failed while the command still succeeds', async () => {
    const boom = new Error('SMTP down');
    const { desk, store } = createHarness({
      plugins: [
        { specificationVersion: 'v1', name: 'notify-email', capabilities: { mayReject: false }, afterEvents: () => Promise.reject(boom) },
      ],
    });
    const failures: PluginFailure[] = [];
    desk.on('plugin-failed', (failure) => failures.push(failure));

    const complaintId = await fileComplaint(desk);
    const verified = await desk.verify(coordinator, { complaintId });

    expect(verified.status).toBe('verified');
    expect(store.contents().events).toHaveLength(2);
    expect(failures).toEqual([
      { plugin: 'notify-email', hook: 'afterEvents', error: boom },
      { plugin: 'notify-email', hook: 'afterEvents', error: boom },
    ]);
  });

  it('runs afterEvents hooks with the stored events, in registration order', async () => {
    const calls: string[] = [];
    const plugin = (name: string): PluginV1 => ({
      specificationVersion: 'v1',
      name,
      capabilities: { mayReject: false },
      afterEvents: ({ command, events }) => void calls.push(`${name}:${command}:${events.map((event) => event.type).join(',')}`),
    });
    const { desk } = createHarness({ plugins: [plugin('first'), plugin('second')] });

    await fileComplaint(desk);

    expect(calls).toEqual(['first:receive:complaint-received', 'second:receive:complaint-received']);
  });

  it('runs hooks only for the commands a plugin declares, and refuses an undeclared rejection', async () => {
    const seen: string[] = [];
    const narrow: PluginV1 = {
      specificationVersion: 'v1',
      name: 'respond-only',
      capabilities: { commands: ['respond'], mayReject: false },
      beforeCommand: ({ command }) => void seen.push(command),
    };
    const { desk } = createHarness({ plugins: [narrow] });
    const complaintId = await fileComplaint(desk);
    await desk.verify(coordinator, { complaintId });
    expect(seen).toEqual([]);

    const liar: PluginV1 = { ...narrow, name: 'liar', capabilities: { mayReject: false }, beforeCommand: () => ({ reject: 'no' }) };
    await expect(fileComplaint(createHarness({ plugins: [liar] }).desk)).rejects.toMatchObject({ code: 'invalid_config' });
    expect(() => createHarness({ plugins: [{ specificationVersion: 'v1', name: 'bare' } as never] })).toThrow(/capabilities/);
  });
});
