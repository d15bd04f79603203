import { createDesk, createMemoryStore, type Desk, type MemoryStore } from '@aduan/core';
import {
  AduanError,
  type Actor,
  type AduanErrorCode,
  type Clock,
  type ReplyTemplateInputV1,
  type ReplyTemplateV1,
  type TemplateStoreV1,
} from '@aduan/spec';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, pekalonganSlaPolicy } from '@aduan/core/sla';
import { describe, expect, it } from 'vitest';
import { createMemoryTemplateStore, dayInWib, type RenderedTemplate, templates } from './index.js';

const coordinator = { id: 'admin-dinkominfo', role: 'coordinator' } as const satisfies Actor;
const officer = { id: 'penghubung-pupr', role: 'unit_officer', unitId: 'dinas-pupr' } as const satisfies Actor;
const resident = { id: 'warga-budi', role: 'complainant' } as const satisfies Actor;
const CONTACT = { name: 'Budi Santoso', phone: '+62 812 3456 7890', whatsapp: '6281234567890' };

interface World {
  desk: Desk;
  store: MemoryStore;
  library: TemplateStoreV1;
}

function world(): World {
  const clock: Clock = { now: () => new Date('2025-03-03T02:00:00.000Z') };
  const store = createMemoryStore();
  const library = createMemoryTemplateStore();
  const plugin = templates({ store: library, authority: 'Pemerintah Kota Pekalongan', unitNames: { 'dinas-pupr': 'Dinas PUPR' } });
  const deadlines = createSlaPolicy(pekalonganSlaPolicy, createWorkingCalendar());
  return { desk: createDesk({ store, clock, deadlines, plugins: [plugin] }), store, library };
}

const template = (overrides: Partial<ReplyTemplateInputV1> = {}): ReplyTemplateInputV1 => ({
  id: 'terima-jalan',
  name: 'Tanda terima (jalan)',
  stage: 'received',
  category: 'infrastruktur',
  automatic: true,
  active: true,
  body: 'Yth. {nama}, aduan {nomor} kami terima pada {tanggal_diterima} dan akan selesai paling lambat {perkiraan_selesai}. {instansi}',
  shortBody: 'Aduan {nomor} diterima, selesai paling lambat {perkiraan_selesai}.',
  ...overrides,
});

const save = (desk: Desk, input: ReplyTemplateInputV1, expectedVersion = 0) =>
  desk.runPluginCommand(coordinator, 'templates', 'save', { template: input, expectedVersion }) as Promise<ReplyTemplateV1>;

async function refused(promise: Promise<unknown>, code: AduanErrorCode): Promise<AduanError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(AduanError.hasCode(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
  return error as AduanError;
}

describe('templates on the desk', () => {
  it('refuses a template with an unknown variable at save, naming it, and stores nothing', async () => {
    const { desk, library } = world();

    const error = await refused(save(desk, template({ body: 'Aduan {nomor} untuk {nama_lengkap}' })), 'invalid_input');

    expect(error.message).toContain('template.body: unknown variable {nama_lengkap}');
    expect(await library.doGet('terima-jalan')).toBeUndefined();
    await refused(save(desk, template({ stage: 'disposed' })), 'invalid_input');
    await refused(desk.runPluginCommand(officer, 'templates', 'save', { template: template(), expectedVersion: 0 }), 'forbidden');
  });

  it('acknowledges a receipt by itself, in the receipt’s append, with the expected timeline in WIB, and counts the use', async () => {
    const { desk, store, library } = world();
    await save(desk, template());
    await save(desk, template({ id: 'terima-umum', category: null, body: 'Aduan {nomor} kami terima.', shortBody: null }));

    const { complaint } = await desk.receive(resident, {
      channel: 'web',
      title: 'Jalan berlubang',
      description: 'Lubang besar.',
      category: 'infrastruktur',
      contact: CONTACT,
    });

    const { events, outbox } = store.contents();
    expect(events.map((event) => event.type)).toEqual(['complaint-received', 'templates/acknowledged']);
    expect(events[1]?.payload).toEqual({ templateId: 'terima-jalan', templateVersion: 1 });
    const view = await desk.get(coordinator, complaint.id);
    expect(view.expectedResolutionAt).not.toBeNull();
    expect(outbox.map((row) => row.body)).toEqual([
      `Yth. Budi Santoso, aduan ${complaint.trackingNumber} kami terima pada 3 Maret 2025 dan akan selesai paling lambat ${dayInWib(view.expectedResolutionAt)}. Pemerintah Kota Pekalongan`,
    ]);
    expect(await library.doGet('terima-jalan')).toMatchObject({ usageCount: 1, lastUsedAt: events[1]!.at });
  });

  it('uses the short form where the full text is longer than the channel allows, and skips inactive templates', async () => {
    const { desk, store } = world();
    await save(desk, template({ body: `{nomor} ${'Terima kasih atas laporan Anda. '.repeat(10)}` }));

    await desk.receive(resident, {
      channel: 'sms',
      title: 'Jalan berlubang',
      description: 'Lubang besar.',
      category: 'infrastruktur',
      contact: CONTACT,
    });
    const seasonal = await save(desk, template({ active: false }), 1);
    await desk.receive(resident, {
      channel: 'sms',
      title: 'Jalan lagi',
      description: 'Lubang lain.',
      category: 'infrastruktur',
      contact: CONTACT,
    });

    expect(store.contents().outbox.map((row) => row.body)).toEqual([
      expect.stringMatching(/^Aduan .+ diterima, selesai paling lambat \d+ \w+ 2025\.$/),
    ]);
    expect(seasonal).toMatchObject({ version: 2, active: false, usageCount: 1 });
  });

  it('renders through the reader’s view: the resident’s name only for readers who may see it', async () => {
    const { desk } = world();
    await save(
      desk,
      template({ id: 'jawab', stage: 'disposed', automatic: false, category: null, body: 'Yth. {nama}, aduan {nomor} ditangani {unit}.' }),
    );
    const { complaint } = await desk.receive(resident, {
      channel: 'web',
      title: 'Jalan berlubang',
      description: 'Lubang besar.',
      contact: CONTACT,
    });
    await desk.verify(coordinator, { complaintId: complaint.id, classification: 'pengaduan' });
    await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dinas-pupr' });
    const render = (actor: Actor) =>
      desk.runPluginCommand(actor, 'templates', 'render', { complaintId: complaint.id, templateId: 'jawab' }) as Promise<RenderedTemplate>;

    expect((await render(coordinator)).text).toBe(`Yth. Budi Santoso, aduan ${complaint.trackingNumber} ditangani Dinas PUPR.`);
    expect((await render(officer)).text).toBe(`Yth. Bapak/Ibu, aduan ${complaint.trackingNumber} ditangani Dinas PUPR.`);
    expect(await desk.runPluginCommand(officer, 'templates', 'offer', { complaintId: complaint.id })).toEqual([
      expect.objectContaining({ id: 'jawab' }),
    ]);
  });

  it('stores the use of a template in the answer’s own append, and refuses without writing anything', async () => {
    const { desk, library, store } = world();
    await save(
      desk,
      template({ id: 'jawab', stage: 'disposed', automatic: false, category: null, body: 'Aduan {nomor} ditangani {unit}.' }),
    );
    const { complaint } = await desk.receive(resident, {
      channel: 'web',
      title: 'Jalan berlubang',
      description: 'Lubang besar.',
      contact: CONTACT,
    });
    const respond = (input: Record<string, unknown>) =>
      desk.runPluginCommand(officer, 'templates', 'respond', { complaintId: complaint.id, templateId: 'jawab', ...input });
    const message = 'Lubang di Jl. Sriwijaya sudah ditambal tim Dinas PUPR pada 4 Maret 2025.';

    // Not verified yet: the desk's own respond refuses, and the use is not stored either.
    await refused(
      desk.runPluginCommand(coordinator, 'templates', 'respond', { complaintId: complaint.id, templateId: 'jawab', message }),
      'illegal_transition',
    );
    await desk.verify(coordinator, { complaintId: complaint.id, classification: 'pengaduan' });
    await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dinas-pupr' });
    await refused(respond({ message: '' }), 'invalid_input');
    await refused(respond({ message, templateId: 'tidak-ada' }), 'not_found');
    await refused(respond({ message, expectedVersion: 2 }), 'version_conflict');
    expect(store.contents().events.map((event) => event.type)).toEqual(['complaint-received', 'complaint-verified', 'complaint-disposed']);
    const answered = await respond({ message, expectedVersion: 3 });

    const events = store.contents().events;
    expect(answered).toMatchObject({ id: complaint.id, status: 'responded' });
    expect(events.slice(-2)).toMatchObject([
      { type: 'templates/used', actor: officer, payload: { templateId: 'jawab', templateVersion: 1 }, version: 4 },
      { type: 'complaint-responded', version: 5, payload: { message } },
    ]);
    expect(events.at(-2)!.at).toBe(events.at(-1)!.at);
    expect(await library.doGet('jawab')).toMatchObject({ usageCount: 1, lastUsedAt: events.at(-1)!.at });
    expect(await desk.verifyHistory(complaint.id)).toMatchObject({ ok: true });
  });

  it('counts a use the counting missed (a crash after the append) when the desk starts again, and never twice', async () => {
    const clock: Clock = { now: () => new Date('2025-03-03T02:00:00.000Z') };
    const store = createMemoryStore();
    const library = createMemoryTemplateStore();
    let crashes = 1;
    // The process dies after the receipt's append, before its use is counted.
    const crashing: TemplateStoreV1 = {
      ...library,
      doRecordUse: async (input) => {
        if (crashes-- > 0) throw new Error('proses berhenti');
        return library.doRecordUse(input);
      },
    };
    const deadlines = createSlaPolicy(pekalonganSlaPolicy, createWorkingCalendar());
    const start = (templateStore: TemplateStoreV1) =>
      createDesk({ store, clock, deadlines, plugins: [templates({ store: templateStore, authority: 'Pemerintah Kota Pekalongan' })] });
    const before = start(crashing);
    await save(before, template());
    const intake = { channel: 'web', title: 'Jalan berlubang', description: 'Lubang besar.', category: 'infrastruktur', contact: CONTACT };
    await before.receive(resident, intake);
    await before.receive(resident, { ...intake, title: 'Jalan berlubang lagi' });
    expect(await library.doGet('terima-jalan')).toMatchObject({ usageCount: 1 });

    const after = start(library);
    await after.ready();
    const again = start(library);
    await again.ready();

    expect(await library.doGet('terima-jalan')).toMatchObject({ usageCount: 2 });
  });

  it('records a use once per call as an internal event, and counts it', async () => {
    const { desk, library, store } = world();
    await save(desk, template({ id: 'jawab', stage: 'received', automatic: false, category: null, body: 'Aduan {nomor}.' }));
    const { complaint } = await desk.receive(resident, {
      channel: 'web',
      title: 'Jalan berlubang',
      description: 'Lubang besar.',
      contact: CONTACT,
    });

    await desk.runPluginCommand(coordinator, 'templates', 'record-use', { complaintId: complaint.id, templateId: 'jawab' });
    await desk.runPluginCommand(coordinator, 'templates', 'record-use', { complaintId: complaint.id, templateId: 'jawab' });

    expect(await library.doGet('jawab')).toMatchObject({ usageCount: 2 });
    expect(store.contents().events.at(-1)).toMatchObject({ type: 'templates/used', actor: coordinator });
    expect((await desk.history(resident, complaint.id)).some((event) => event.type === 'templates/used')).toBe(false);
    expect(JSON.stringify(await desk.track(complaint.trackingNumber))).not.toContain('templates');
  });
});
