import type { AppendInput } from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportItem } from './import-batch.js';
import { coordinator, createHarness, fileComplaint } from '../test-support/harness.js';

const importer = { id: 'lapor-import', role: 'system' } as const;

const laporItem = (trackingId: string, status = 'Terverifikasi'): ImportItem => ({
  intake: {
    channel: 'lapor',
    channelMessageId: trackingId,
    title: `Laporan ${trackingId}`,
    description: 'Jalan berlubang di Kelurahan Podosugih.',
    anonim: false,
    rahasia: false,
    contact: { name: 'Budi' },
    externalRefs: [{ system: 'lapor', id: trackingId }],
  },
  commands: [
    { command: 'verify', input: { classification: 'pengaduan' } },
    { command: 'sync', input: { system: 'lapor', id: trackingId, transport: 'export', fields: { status } } },
  ],
});

describe('desk.importBatch', () => {
  it('creates each complaint with its commands in one append, all batch items in one store call, and sends no message', async () => {
    const { desk, store } = createHarness();
    const calls: AppendInput[][] = [];
    const appendMany = store.doAppendMany!.bind(store);
    store.doAppendMany = (inputs) => {
      calls.push([...inputs]);
      return appendMany(inputs);
    };

    const outcomes = await desk.importBatch(importer, [laporItem('5049672'), laporItem('5049673')]);

    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(['created', 'created']);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.map((append) => append.events.map((event) => event.type))).toEqual([
      ['complaint-received', 'complaint-verified', 'complaint-synced'],
      ['complaint-received', 'complaint-verified', 'complaint-synced'],
    ]);
    const contents = store.contents();
    expect(contents.outbox).toEqual([]);
    expect(contents.identities.map((identity) => identity.name)).toEqual(['Budi', 'Budi']);
    for (const outcome of outcomes) {
      if (outcome.outcome !== 'created') throw new Error('not created');
      expect(await desk.verifyHistory(outcome.complaint.id)).toMatchObject({ ok: true });
      expect(outcome.complaint.status).toBe('verified');
    }
  });

  it('lets a bad item fail alone, whole, while the others go in', async () => {
    const { desk, store } = createHarness();
    const bad: ImportItem = { ...laporItem('5049674'), commands: [{ command: 'respond', input: { message: 'Belum didisposisikan' } }] };

    const outcomes = await desk.importBatch(importer, [laporItem('5049672'), bad, laporItem('5049673')]);

    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(['created', 'failed', 'created']);
    expect(outcomes[1]).toMatchObject({ outcome: 'failed', error: { code: 'forbidden' } });
    expect(store.contents().projections).toHaveLength(2);
    expect(await store.doFindByExternalRef({ system: 'lapor', id: '5049674' })).toBeUndefined();
  });

  it('falls back to one append per item when the batch call is refused, so a taken Tracking ID fails alone', async () => {
    const { desk, store } = createHarness();
    const holder = await fileComplaint(desk);
    await desk.link(coordinator, { complaintId: holder, system: 'lapor', id: '5049673' });

    const outcomes = await desk.importBatch(importer, [laporItem('5049672'), laporItem('5049673')]);

    expect(outcomes[0]!.outcome).toBe('created');
    expect(outcomes[1]).toMatchObject({ outcome: 'failed', error: { code: 'duplicate_external_ref', existingComplaintId: holder } });
    expect(store.contents().projections).toHaveLength(2);
  });

  it('updates an existing complaint, and reports unchanged when every command only repeats what it holds', async () => {
    const { desk } = createHarness();
    const [created] = await desk.importBatch(importer, [laporItem('5049672')]);
    if (created?.outcome !== 'created') throw new Error('not created');
    const sync = {
      command: 'sync',
      input: { system: 'lapor', id: '5049672', transport: 'export', fields: { status: 'Terverifikasi' } },
    } as const;

    const [unchanged] = await desk.importBatch(importer, [{ complaintId: created.complaint.id, commands: [sync] }]);
    const [updated] = await desk.importBatch(importer, [
      { complaintId: created.complaint.id, commands: [{ command: 'dispose', input: { unitId: 'dinas-pupr' } }, sync] },
    ]);

    expect(unchanged).toMatchObject({ outcome: 'unchanged', complaint: { version: 3 } });
    expect(updated).toMatchObject({ outcome: 'updated', complaint: { version: 4, status: 'disposed', unitId: 'dinas-pupr' } });
  });

  it('never merges and never takes one complaint twice in a batch', async () => {
    const { desk } = createHarness();
    const id = await fileComplaint(desk);
    const other = await fileComplaint(desk, { title: 'Lampu jalan mati' });
    const outcomes = await desk.importBatch(importer, [
      { complaintId: other, commands: [{ command: 'merge' as never, input: { intoId: id } as never }] },
      { complaintId: id, commands: [{ command: 'verify', input: {} }] },
      { complaintId: id, commands: [{ command: 'verify', input: {} }] },
    ]);
    expect(outcomes.map((outcome) => (outcome.outcome === 'failed' ? outcome.error.code : outcome.outcome))).toEqual([
      'invalid_input',
      'updated',
      'invalid_input',
    ]);
  });

  it('imports the same items twice into one complaint each: the second time every one is refused or unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1_000_000, max: 999_999_999 }), { minLength: 1, maxLength: 8 }), async (ids) => {
        const { desk, store } = createHarness();
        const items = ids.map((id) => laporItem(String(id)));
        await desk.importBatch(importer, items);
        const again = await desk.importBatch(importer, items);
        expect(again.every((outcome) => outcome.outcome === 'failed' && outcome.error.code === 'duplicate_message')).toBe(true);
        expect(store.contents().projections).toHaveLength(ids.length);
      }),
      { numRuns: 20 },
    );
  });
});
