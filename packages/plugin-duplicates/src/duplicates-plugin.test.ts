import { createDesk, createMemoryStore, ForbiddenError, InvalidInputError, NotFoundError, type Desk } from '@aduan/core';
import type { Actor, PluginEventTypeV2, PluginV2 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { duplicates, type WorkOrderAnswer } from './index.js';

const coordinator = { id: 'koordinator', role: 'coordinator' as const };
const dpupr = { id: 'petugas-dpupr', role: 'unit_officer' as const, unitId: 'dpupr' };
const dlh = { id: 'petugas-dlh', role: 'unit_officer' as const, unitId: 'dlh' };
const MESSAGE = 'Terima kasih atas laporannya. DPUPR akan menambal lubang di Jalan Sriwijaya pada Rabu, 10 Juni 2026.';

/** Files `count` reports of the same hole, verified and disposed to a unit (DPUPR unless told); answers their ids. */
async function fileHoles(desk: Desk, count: number, unitId = 'dpupr'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { complaint } = await desk.receive(coordinator, {
      channel: 'web',
      category: 'jalan',
      title: i % 2 === 0 ? 'Jalan berlubang' : 'Lubang jln sriwijaya',
      description: i % 2 === 0 ? 'Lubang besar di Jalan Sriwijaya depan toko bangunan.' : 'jln sriwijaya dpn toko bangunan bolong gede',
      location: { kelurahan: 'Kuripan Kidul' },
    });
    await desk.verify(coordinator, { complaintId: complaint.id });
    await desk.dispose(coordinator, { complaintId: complaint.id, unitId });
    ids.push(complaint.id);
  }
  return ids;
}

/** The plugin with the event types it registers recorded, to check their payload rules. */
function recorded(plugin: ReturnType<typeof duplicates>): { plugin: PluginV2; eventTypes: PluginEventTypeV2[] } {
  const eventTypes: PluginEventTypeV2[] = [];
  return {
    eventTypes,
    plugin: {
      ...plugin,
      setup: (context) =>
        plugin.setup?.({
          ...context,
          registerEventType: (type) => {
            eventTypes.push(type);
            context.registerEventType(type);
          },
        }),
    },
  };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('the command went through'),
    (error: unknown) => error,
  );

async function setUp(count = 3) {
  const store = createMemoryStore();
  const plugin = duplicates();
  const { plugin: installed, eventTypes } = recorded(plugin);
  // Every reading of the clock is a second later, so complaints filed one after another are received in that order.
  let now = Date.parse('2026-06-01T02:00:00.000Z');
  const tick = () => {
    now += 1_000;
    return new Date(now);
  };
  const desk = createDesk({ store, clock: { now: tick }, plugins: [installed] });
  const ids = await fileHoles(desk, count);
  const run = (actor: Actor, name: string, input: Record<string, unknown>) => desk.runPluginCommand(actor, 'duplicates', name, input);
  return { store, desk, ids, plugin, eventTypes, run };
}

const grouped = async (desk: Desk, ids: readonly string[]) =>
  (await Promise.all(ids.map((id) => desk.history(coordinator, id)))).flat().filter((event) => event.type === 'duplicates/grouped');

describe('duplicates plugin on the desk', () => {
  it('suggests open complaints of the same category nearby, kept current from every command', async () => {
    const { desk, ids, plugin, run } = await setUp();
    expect(plugin.index.openCount).toBe(3);
    const suggestions = (await run(dpupr, 'suggest', { complaintId: ids[1] })) as { complaintId: string; reason: string }[];
    expect(suggestions.map((s) => s.complaintId).sort()).toEqual([ids[0], ids[2]].sort());

    const [later] = await fileHoles(desk, 1);
    expect(((await run(coordinator, 'suggest', { complaintId: ids[0] })) as { complaintId: string }[]).map((s) => s.complaintId)).toContain(
      later,
    );
  });

  it('scopes suggestions to the officer’s unit like every read', async () => {
    const { desk, ids, run } = await setUp();
    expect(ForbiddenError.isInstance(await refusal(run(dlh, 'suggest', { complaintId: ids[0] })))).toBe(true);
    // Another unit's complaint about the same hole is not shown to DPUPR's officer.
    const [other] = await fileHoles(desk, 1, 'dlh');
    const forDpupr = (await run(dpupr, 'suggest', { complaintId: ids[0] })) as { complaintId: string }[];
    expect(forDpupr.map((s) => s.complaintId)).not.toContain(other);
    const forCoordinator = (await run(coordinator, 'suggest', { complaintId: ids[0] })) as { complaintId: string }[];
    expect(forCoordinator.map((s) => s.complaintId)).toContain(other);
  });

  it('checks command input and event payloads and names what to fix', async () => {
    const { eventTypes, run } = await setUp(1);
    const invalid = async (name: string, input: Record<string, unknown>) => {
      const error = await refusal(run(coordinator, name, input));
      expect(InvalidInputError.isInstance(error)).toBe(true);
      return (error as InvalidInputError).issues.map((issue) => issue.path);
    };
    expect(await invalid('suggest', {})).toEqual(['complaintId']);
    expect(await invalid('group', { complaintIds: ['a', 'a'], title: ' ' })).toEqual(['complaintIds', 'title']);
    expect(await invalid('group', { complaintIds: Array.from({ length: 51 }, (_, i) => `c${i}`), title: 'Lubang' })).toEqual([
      'complaintIds',
    ]);
    expect(await invalid('answer', { workOrderId: 'wo-1', message: '' })).toEqual(['message']);
    expect(eventTypes.map((type) => type.name)).toEqual(['grouped']);
    expect(eventTypes[0]?.check({ workOrderId: 'wo-1' }).map((issue) => issue.path)).toEqual(['title']);
    expect(eventTypes[0]?.check({ workOrderId: 'wo-1', title: 'Lubang Sriwijaya' })).toEqual([]);
  });

  it('groups complaints under one work order once, and groups nothing when the actor may not read every member', async () => {
    const { store, desk, ids, plugin, run } = await setUp();
    const before = store.contents();
    expect(ForbiddenError.isInstance(await refusal(run(dlh, 'group', { complaintIds: ids, title: 'Lubang Sriwijaya' })))).toBe(true);
    expect(store.contents()).toEqual(before);

    const group = { complaintIds: ids, title: 'Lubang Sriwijaya', workOrderId: 'wo-sriwijaya' };
    expect(await run(dpupr, 'group', group)).toEqual({ workOrderId: 'wo-sriwijaya', members: ids });
    expect(await run(dpupr, 'group', group)).toEqual({ workOrderId: 'wo-sriwijaya', members: ids });
    expect((await grouped(desk, ids)).map((event) => [event.complaintId, event.actor, event.payload])).toEqual(
      ids.map((id) => [id, dpupr, { workOrderId: 'wo-sriwijaya', title: 'Lubang Sriwijaya' }]),
    );
    expect(plugin.index.members('wo-sriwijaya').map((member) => member.id)).toEqual(ids);
    expect(((await run(dpupr, 'suggest', { complaintId: ids[0] })) as { workOrderId: string }[])[0]?.workOrderId).toBe('wo-sriwijaya');
    for (const id of ids) {
      expect((await desk.get(coordinator, id)).status).toBe('disposed');
      expect(await desk.verifyHistory(id)).toMatchObject({ ok: true });
    }
  });

  it('answers every open member of a work order through the desk’s respond, skipping the ones already answered', async () => {
    const { desk, ids, run } = await setUp();
    expect((await desk.respond(dpupr, { complaintId: ids[0]!, message: MESSAGE })).status).toBe('responded');
    await run(dpupr, 'group', { complaintIds: ids, title: 'Lubang Sriwijaya', workOrderId: 'wo-1' });

    const answer = (await run(dpupr, 'answer', { workOrderId: 'wo-1', message: MESSAGE })) as WorkOrderAnswer;

    expect(answer).toEqual({
      workOrderId: 'wo-1',
      responded: [ids[1], ids[2]],
      skipped: [{ complaintId: ids[0], reason: 'already answered' }],
    });
    for (const id of ids) {
      const history = await desk.history(coordinator, id);
      expect(history.filter((event) => event.type === 'complaint-responded')).toEqual([
        expect.objectContaining({ actor: dpupr, payload: expect.objectContaining({ message: MESSAGE }) }),
      ]);
    }
    // A retry answers nobody twice.
    expect(await run(dpupr, 'answer', { workOrderId: 'wo-1', message: MESSAGE })).toEqual({
      workOrderId: 'wo-1',
      responded: [],
      skipped: ids.map((complaintId) => ({ complaintId, reason: 'already answered' })),
    });
    expect(NotFoundError.isInstance(await refusal(run(dpupr, 'answer', { workOrderId: 'wo-unknown', message: MESSAGE })))).toBe(true);
  });

  it('rebuilds its index from the history when a desk starts on the same store', async () => {
    const { store, ids, run } = await setUp();
    await run(dpupr, 'group', { complaintIds: [ids[0], ids[1]], title: 'Lubang Sriwijaya', workOrderId: 'wo-1' });
    // The first desk's process is gone (the memory store outlives it here); the second starts from the history alone.
    const restarted = duplicates();
    const again = createDesk({ store, plugins: [restarted] });
    await again.ready();
    expect(restarted.index.members('wo-1').map((member) => member.id)).toEqual([ids[0], ids[1]]);
    expect(restarted.index.openCount).toBe(3);
    const answer = (await again.runPluginCommand(dpupr, 'duplicates', 'answer', {
      workOrderId: 'wo-1',
      message: MESSAGE,
    })) as WorkOrderAnswer;
    expect(answer.responded).toEqual([ids[0], ids[1]]);
  });
});
