import {
  NotFoundError,
  ReadModelFailedError,
  type PluginReadModelV2,
  type PluginV1,
  type PluginV2,
  type StoredEvent,
  type StoreV1,
} from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesk, createMemoryStore, type Desk, type MemoryStore, type PluginFailure } from '../index.js';
import {
  coordinator,
  createTestClock,
  expectAduanError,
  fileComplaint,
  walkTo,
  type TestClock,
  type WalkTarget,
} from '../test-support/harness.js';
import { probePlugin } from '../test-support/probe-plugin.js';

/** A read model that remembers, per complaint, the versions and types of the events it was given (a repeat changes nothing). */
interface FoldingPlugin extends PluginV2 {
  readonly folded: Map<string, Map<number, string>>;
  readonly calls: string[];
}

interface FoldingOptions {
  commands?: readonly string[];
  apply?: (events: readonly StoredEvent[]) => void;
  reset?: () => void;
  replayed?: () => void;
}

function foldingPlugin(name: string, options: FoldingOptions = {}): FoldingPlugin {
  const folded = new Map<string, Map<number, string>>();
  const calls: string[] = [];
  const readModel: PluginReadModelV2 = {
    reset() {
      calls.push('reset');
      options.reset?.();
      folded.clear();
    },
    apply(events) {
      options.apply?.(events);
      for (const event of events) {
        const stream = folded.get(event.complaintId) ?? new Map<number, string>();
        stream.set(event.version, event.type);
        folded.set(event.complaintId, stream);
      }
    },
    replayed() {
      calls.push(`replayed after ${folded.size} streams`);
      options.replayed?.();
    },
  };
  return {
    specificationVersion: 'v2',
    name,
    capabilities: { mayReject: false, sendsMessages: false, ...(options.commands ? { commands: options.commands } : {}) },
    readModel,
    folded,
    calls,
  };
}

/** What a read model of every event should hold: the store's events, by complaint and version. */
function expectedFold(store: MemoryStore): Map<string, Map<number, string>> {
  const fold = new Map<string, Map<number, string>>();
  for (const event of store.contents().events) {
    const stream = fold.get(event.complaintId) ?? new Map<number, string>();
    stream.set(event.version, event.type);
    fold.set(event.complaintId, stream);
  }
  return fold;
}

/** The store as the desk sees it, counting the pages of stream ids and the streams it reads. */
function countingStore(store: MemoryStore): { store: StoreV1; reads: { pages: number; streams: number } } {
  const reads = { pages: 0, streams: 0 };
  return {
    reads,
    store: {
      ...store,
      doListStreams(input) {
        reads.pages++;
        return store.doListStreams(input);
      },
      doReadStream(complaintId) {
        reads.streams++;
        return store.doReadStream(complaintId);
      },
    },
  };
}

const TARGETS: readonly (WalkTarget | 'received')[] = ['received', 'verified', 'disposed', 'responded', 'resolved'];

/** Files `count` complaints on a desk without plugins, walked along a mix of paths. */
async function history(count: number, clock: TestClock = createTestClock()): Promise<{ store: MemoryStore; ids: string[] }> {
  const store = createMemoryStore();
  const desk = createDesk({ store, clock, keepStoreOpen: true });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = await fileComplaint(desk, { title: `Aduan ${i}`, channel: 'web' }, coordinator);
    const target = TARGETS[i % TARGETS.length]!;
    if (target !== 'received') await walkTo(desk, id, target);
    ids.push(id);
  }
  await desk.close();
  return { store, ids };
}

async function started(options: Parameters<typeof createDesk>[0]): Promise<Desk> {
  const desk = createDesk(options);
  await desk.ready();
  return desk;
}

describe('plugin read models at start-up', () => {
  it('reads the history once, page by page, however many read models there are, and gives each every stream', async () => {
    // 501 streams: two pages of stream ids.
    const { store } = await history(501);
    const counting = countingStore(store);
    const models = [foldingPlugin('satu'), foldingPlugin('dua'), foldingPlugin('tiga', { commands: ['verify'] })];
    const v1Heard: string[] = [];
    const v1: PluginV1 = {
      specificationVersion: 'v1',
      name: 'catatan-v1',
      capabilities: { mayReject: false },
      afterEvents: ({ command }) => void v1Heard.push(command),
    };
    const desk = await started({ store: counting.store, plugins: [v1, ...models], keepStoreOpen: true });

    expect(counting.reads).toEqual({ pages: 2, streams: 501 });
    const expected = expectedFold(store);
    for (const model of models) {
      expect(model.folded).toEqual(expected);
      expect(model.calls).toEqual(['reset', 'replayed after 501 streams']);
    }
    // V1 plugins keep their hooks beside read models.
    await fileComplaint(desk, { channel: 'web' }, coordinator);
    expect(v1Heard).toEqual(['receive']);
    await desk.close();
  });

  it('builds the same read model as a fold of desk.replay in setup (how plugins read the history before), which costs a pass of its own', async () => {
    const { store } = await history(40);
    const counting = countingStore(store);
    const replayed = new Map<string, Map<number, string>>();
    const reader = {
      ...probePlugin('pembaca-lama'),
      async setup(context: Parameters<NonNullable<PluginV2['setup']>>[0]) {
        await context.desk.replay((events) => {
          for (const event of events)
            replayed.set(event.complaintId, new Map([...(replayed.get(event.complaintId) ?? []), [event.version, event.type]]));
        });
      },
    };
    const model = foldingPlugin('baru');
    const desk = await started({ store: counting.store, plugins: [reader, model], keepStoreOpen: true });

    expect(model.folded).toEqual(replayed);
    // Two passes: the old-style plugin's own, and the desk's one pass for every read model.
    expect(counting.reads.streams).toBe(80);
    await desk.close();
  });

  it('holds for every history: a read model built at start-up equals the one kept current from the appends', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...TARGETS), { maxLength: 12 }), async (targets) => {
        const store = createMemoryStore();
        const clock = createTestClock();
        const live = foldingPlugin('hidup');
        const desk = await started({ store, clock, plugins: [live], keepStoreOpen: true });
        for (const target of targets) {
          const id = await fileComplaint(desk, { channel: 'web' }, coordinator);
          if (target !== 'received') await walkTo(desk, id, target);
        }
        await desk.close();
        const rebuilt = foldingPlugin('hidup');
        const restarted = await started({ store, clock, plugins: [rebuilt], keepStoreOpen: true });
        expect(rebuilt.folded).toEqual(live.folded);
        expect(rebuilt.folded).toEqual(expectedFold(store));
        await restarted.close();
      }),
      { numRuns: 25 },
    );
  });

  it('starts clean when the same plugin object is given to a new desk', async () => {
    const { store } = await history(3);
    const model = foldingPlugin('ulang');
    model.folded.set('sisa-lama', new Map([[1, 'complaint-received']]));
    const desk = await started({ store, plugins: [model], keepStoreOpen: true });
    expect(model.folded).toEqual(expectedFold(store));
    await desk.close();
  });

  it.each([
    ['apply', 'on the second stream', 1],
    ['reset', 'before the streams', undefined],
    ['replayed', 'after the streams', undefined],
  ] as const)('fails the start with ReadModelFailedError naming the plugin when %s throws (%s)', async (stage, _when, streamIndex) => {
    const { store } = await history(3);
    const order = (await store.doListStreams({ limit: 10 })).ids;
    let applied = 0;
    const fault = new NotFoundError('Template', 'hilang');
    const fail = () => {
      throw fault;
    };
    const failing = foldingPlugin('rusak', {
      [stage]: () => {
        if (stage !== 'apply' || applied++ === 1) fail();
      },
    });
    const desk = createDesk({ store, plugins: [foldingPlugin('sehat'), failing], keepStoreOpen: true });

    const error = await expectAduanError(desk.ready(), 'read_model_failed');
    expect(ReadModelFailedError.isInstance(error)).toBe(true);
    const failure = error as ReadModelFailedError;
    expect(failure.plugin).toBe('rusak');
    expect(failure.complaintId).toBe(streamIndex === undefined ? undefined : order[streamIndex]);
    expect(failure.cause).toBe(fault);
    expect(failure.message).toContain('Plugin "rusak" could not build its read model from the history');
    expect(failure.message).toContain('Template "hilang"');
    // The desk does not serve with a read model that missed part of the history.
    await expectAduanError(desk.get(coordinator, order[0]!), 'read_model_failed');
    await desk.close();
  });
});

describe('plugin read models after start-up', () => {
  it('apply every append, whatever capabilities.commands says, before the afterEvents hooks', async () => {
    const store = createMemoryStore();
    const seenByHook: number[] = [];
    let model!: FoldingPlugin;
    model = Object.assign(foldingPlugin('verifikasi', { commands: ['verify'] }), {
      afterEvents: ({ complaint }: { complaint: { id: string } }) => void seenByHook.push(model.folded.get(complaint.id)?.size ?? 0),
    });
    const probe = probePlugin('catatan');
    const desk = await started({ store, plugins: [model, probe] });
    const id = await fileComplaint(desk, { channel: 'web' }, coordinator);
    await walkTo(desk, id, 'verified');
    await desk.runPluginCommand(coordinator, 'catatan', 'note', { complaintId: id, text: 'Dicek ke lokasi.' });

    expect(model.folded).toEqual(expectedFold(store));
    expect([...model.folded.get(id)!.values()]).toEqual(['complaint-received', 'complaint-verified', 'catatan/noted']);
    // The hook runs for `verify` only, and sees the read model already holding the verification.
    expect(seenByHook).toEqual([2]);
    await desk.close();
  });

  it('reports a read model that throws on an append as plugin-failed; the append is stored and the others still apply it', async () => {
    const store = createMemoryStore();
    let broken = false;
    const failing = foldingPlugin('rusak', {
      apply: () => {
        if (broken) throw new Error('indeks penuh');
      },
    });
    const healthy = foldingPlugin('sehat');
    const desk = await started({ store, plugins: [failing, healthy] });
    const failures: PluginFailure[] = [];
    desk.on('plugin-failed', (failure) => failures.push(failure));
    broken = true;
    const id = await fileComplaint(desk, { channel: 'web' }, coordinator);

    expect(failures).toEqual([{ plugin: 'rusak', hook: 'readModel', error: new Error('indeks penuh') }]);
    expect(store.contents().events.map((event) => event.complaintId)).toEqual([id]);
    expect(healthy.folded).toEqual(expectedFold(store));
    await desk.close();
  });

  it('refuses a read model without apply when the desk is created', () => {
    const plugin = { ...foldingPlugin('tanpa-apply'), readModel: { reset: () => undefined } };
    expect(() => createDesk({ store: createMemoryStore(), plugins: [plugin as unknown as PluginV2] })).toThrow(
      /plugins\.0\.readModel: must be an object \{ apply\(events\), reset\?\(\), replayed\?\(\) \}/,
    );
  });
});
