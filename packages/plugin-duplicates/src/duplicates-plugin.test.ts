import { createDesk, createMemoryStore, type CommandInput, type Desk } from '@aduan/core';
import { sealEvent } from '@aduan/core/history';
import {
  ForbiddenError,
  GENESIS_HASH,
  NotFoundError,
  type Actor,
  type PluginCommandV2,
  type PluginDeskV2,
  type PluginEventTypeV2,
  type StoredEvent,
} from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { duplicates, type WorkOrderAnswer } from './index.js';

// The desk on this branch runs PluginV1 only. These tests set the V2 plugin up against a stand-in
// for the V2 runtime built on a real V1 desk: reads and `respond` go to the desk; the plugin's own
// events are sealed into a hash chain that continues each complaint's stream (kept beside the store).
const coordinator = { id: 'koordinator', role: 'coordinator' as const };
const dpupr = { id: 'petugas-dpupr', role: 'unit_officer' as const, unitId: 'dpupr' };
const dlh = { id: 'petugas-dlh', role: 'unit_officer' as const, unitId: 'dlh' };

function pluginDeskOver(desk: Desk): PluginDeskV2 & { appended: StoredEvent[] } {
  const appended: StoredEvent[] = [];
  const actor: Actor = { id: 'plugin:duplicates', role: 'system' };
  const history = async (reader: Actor, complaintId: string) => [
    ...(await desk.history(reader, complaintId)),
    ...appended.filter((event) => event.complaintId === complaintId),
  ];
  return {
    actor,
    appended,
    run: async (command, who, input) => {
      if (command !== 'respond') throw new Error(`the stand-in runs only respond, not ${command}`);
      return desk.respond(who, input as CommandInput<'respond'>);
    },
    appendEvent: async (input) => {
      const stream = await history(coordinator, input.complaintId);
      const last = stream.at(-1);
      const event = sealEvent(
        {
          id: `plugin-event-${appended.length + 1}`,
          complaintId: input.complaintId,
          version: (last?.version ?? 0) + 1,
          type: `duplicates/${input.name}`,
          schemaVersion: 1,
          at: new Date().toISOString(),
          actor: input.actor ?? actor,
          payload: input.payload,
        },
        last?.hash ?? GENESIS_HASH,
      );
      appended.push(event);
      return event;
    },
    get: (who, id) => desk.get(who, id),
    list: (who, query) => desk.list(who, query),
    history,
    replay: async (visit) => {
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<Desk['list']>> = await desk.list(coordinator, cursor === null ? {} : { cursor });
        for (const item of page.items) await visit(await history(coordinator, item.id));
        cursor = page.nextCursor;
      } while (cursor !== null);
    },
  };
}

async function setUp(receiveCount = 3) {
  const store = createMemoryStore();
  const desk = createDesk({ store });
  const ids: string[] = [];
  for (let i = 0; i < receiveCount; i++) {
    const { complaint } = await desk.receive(coordinator, {
      channel: 'web',
      category: 'jalan',
      title: i % 2 === 0 ? 'Jalan berlubang' : 'Lubang jln sriwijaya',
      description: i % 2 === 0 ? 'Lubang besar di Jalan Sriwijaya depan toko bangunan.' : 'jln sriwijaya dpn toko bangunan bolong gede',
      location: { kelurahan: 'Kuripan Kidul' },
    });
    await desk.verify(coordinator, { complaintId: complaint.id });
    await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dpupr' });
    ids.push(complaint.id);
  }
  const pluginDesk = pluginDeskOver(desk);
  const plugin = duplicates();
  const commands = new Map<string, PluginCommandV2>();
  const eventTypes: PluginEventTypeV2[] = [];
  await plugin.setup?.({
    desk: pluginDesk,
    clock: { now: () => new Date() },
    registerEventType: (type) => eventTypes.push(type),
    registerCommand: (command) => commands.set(command.name, command),
  });
  const command = (name: string) => {
    const found = commands.get(name);
    if (!found) throw new Error(`command ${name} was not registered`);
    return found;
  };
  const runCommand = (name: string, actor: Actor, input: Record<string, unknown>) => {
    expect(command(name).check(input)).toEqual([]);
    return command(name).run({ actor, input, complaint: undefined });
  };
  return { store, desk, ids, plugin, pluginDesk, commands, eventTypes, command, runCommand };
}

describe('duplicates plugin', () => {
  it('registers its event and commands and fills its index from the history at setup', async () => {
    const { plugin, commands, eventTypes, ids, runCommand } = await setUp();
    expect(plugin.specificationVersion).toBe('v2');
    expect(eventTypes.map((type) => type.name)).toEqual(['grouped']);
    expect([...commands.keys()]).toEqual(['suggest', 'group', 'answer']);
    expect(commands.get('group')?.roles).toEqual(['coordinator', 'unit_officer']);
    expect(plugin.index.openCount).toBe(3);
    const suggestions = (await runCommand('suggest', dpupr, { complaintId: ids[1] })) as { complaintId: string }[];
    expect(suggestions.map((s) => s.complaintId).sort()).toEqual([ids[0], ids[2]].sort());
  });

  it('keeps the index current from the events of later commands', async () => {
    const { store, desk, plugin, pluginDesk, ids } = await setUp(2);
    const { complaint } = await desk.receive(coordinator, {
      channel: 'web',
      category: 'jalan',
      title: 'Lubang di Sriwijaya',
      description: 'Lubang jalan Sriwijaya depan toko bangunan makin besar.',
      location: { kelurahan: 'Kuripan Kidul' },
    });
    const events = await desk.history(coordinator, complaint.id);
    const projection = await store.doLoadProjection(complaint.id);
    if (!projection) throw new Error('the store has no projection of the new complaint');
    await plugin.afterEvents?.({ command: 'receive', actor: coordinator, events, complaint: projection, desk: pluginDesk });
    expect(plugin.index.suggest(coordinator, ids[0] as string, new Date()).map((s) => s.complaintId)).toContain(complaint.id);
  });

  it('checks command input and event payloads and names what to fix', async () => {
    const { command, eventTypes } = await setUp(1);
    expect(command('suggest').check({})).toEqual([{ path: 'complaintId', message: 'must be a complaint id' }]);
    expect(
      command('group')
        .check({ complaintIds: ['a', 'a'], title: ' ' })
        .map((issue) => issue.path),
    ).toEqual(['complaintIds', 'title']);
    expect(command('group').check({ complaintIds: Array.from({ length: 51 }, (_, i) => `c${i}`), title: 'Lubang' })[0]?.path).toBe(
      'complaintIds',
    );
    expect(
      command('answer')
        .check({ workOrderId: 'wo-1', message: '' })
        .map((issue) => issue.path),
    ).toEqual(['message']);
    expect(eventTypes[0]?.check({ workOrderId: 'wo-1' }).map((issue) => issue.path)).toEqual(['title']);
    expect(eventTypes[0]?.check({ workOrderId: 'wo-1', title: 'Lubang Sriwijaya' })).toEqual([]);
  });

  it('groups complaints under one work order once, and groups nothing when the actor may not read every member', async () => {
    const { desk, ids, plugin, pluginDesk, runCommand } = await setUp();
    const refused = await Promise.resolve(runCommand('group', dlh, { complaintIds: ids, title: 'Lubang Sriwijaya' })).catch(
      (e: unknown) => e,
    );
    expect(ForbiddenError.isInstance(refused)).toBe(true);
    expect(pluginDesk.appended).toEqual([]);

    const group = { complaintIds: ids, title: 'Lubang Sriwijaya', workOrderId: 'wo-sriwijaya' };
    expect(await runCommand('group', dpupr, group)).toEqual({ workOrderId: 'wo-sriwijaya', members: ids });
    expect(await runCommand('group', dpupr, group)).toEqual({ workOrderId: 'wo-sriwijaya', members: ids });
    expect(pluginDesk.appended.map((event) => [event.complaintId, event.type, event.payload])).toEqual(
      ids.map((id) => [id, 'duplicates/grouped', { workOrderId: 'wo-sriwijaya', title: 'Lubang Sriwijaya' }]),
    );
    expect(plugin.index.members('wo-sriwijaya').map((member) => member.id)).toEqual(ids);
    expect(plugin.index.suggest(coordinator, ids[0] as string, new Date())[0]?.workOrderId).toBe('wo-sriwijaya');
    expect((await desk.get(coordinator, ids[0] as string)).status).toBe('disposed');
  });

  it('answers every open member of a work order through the desk’s respond, skipping the ones already answered', async () => {
    const { desk, ids, plugin, pluginDesk, runCommand } = await setUp();
    const message = 'Terima kasih atas laporannya. DPUPR akan menambal lubang di Jalan Sriwijaya pada Rabu, 10 Juni 2026.';
    const answeredFirst = await desk.respond(dpupr, { complaintId: ids[0] as string, message });
    expect(answeredFirst.status).toBe('responded');
    plugin.index.apply(await desk.history(coordinator, ids[0] as string));
    await runCommand('group', dpupr, { complaintIds: ids, title: 'Lubang Sriwijaya', workOrderId: 'wo-1' });

    const answer = (await runCommand('answer', dpupr, { workOrderId: 'wo-1', message })) as WorkOrderAnswer;
    expect(answer).toEqual({
      workOrderId: 'wo-1',
      responded: [ids[1], ids[2]],
      skipped: [{ complaintId: ids[0], reason: 'already answered' }],
    });
    for (const id of ids) expect((await desk.get(coordinator, id)).status).toBe('responded');
    expect(pluginDesk.appended).toHaveLength(3);

    const missing = await Promise.resolve(runCommand('answer', dpupr, { workOrderId: 'wo-unknown', message })).catch((e: unknown) => e);
    expect(NotFoundError.isInstance(missing)).toBe(true);
  });
});
