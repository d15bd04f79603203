import { createDesk, createMemoryStore, REDACTED, type Desk, type MemoryStore } from '@aduan/core';
import { AduanError, type Actor, type Clock, type StoredEvent } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { satisfaction, satisfactionAnswers, type SatisfactionOptions } from './index.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const coordinator = { id: 'admin-dinkominfo', role: 'coordinator' } as const satisfies Actor;
const officer = { id: 'penghubung-pupr', role: 'unit_officer', unitId: 'dinas-pupr' } as const satisfies Actor;
const WA = '6281234567890';

interface World {
  desk: Desk;
  store: MemoryStore;
  advance(ms: number): void;
  /** A WhatsApp message from the resident, as a channel hands it over. */
  say(messageId: string, text: string): ReturnType<Desk['routeInbound']>;
}

function world(options: SatisfactionOptions = {}): World {
  let now = Date.parse('2025-03-03T02:00:00.000Z');
  const clock: Clock = { now: () => new Date(now) };
  const store = createMemoryStore();
  const desk = createDesk({ store, clock, plugins: [satisfaction(options)], pseudonymKey: 'kunci-rahasia-untuk-uji-0123456789' });
  return {
    desk,
    store,
    advance: (ms) => {
      now += ms;
    },
    say: (messageId, text) =>
      desk.routeInbound({
        channel: 'whatsapp',
        messageId,
        receivedAt: new Date(now).toISOString(),
        senderAddress: WA,
        contact: { whatsapp: WA, name: 'Budi Santoso' },
        text,
        attachments: [],
      }),
  };
}

/** A WhatsApp complaint answered by the unit; answers its id and the resident's actor. */
async function answered(w: World): Promise<{ id: string; resident: Actor; tracking: string }> {
  const created = await w.say('m-intake', 'Jalan di depan SD Negeri 1 berlubang besar');
  if (created.outcome !== 'created') throw new Error(`the complaint was not created: ${created.outcome}`);
  const { id, trackingNumber } = created.complaint;
  // Routing answers the summary a desk shows, without the resident's id: the store holds it.
  const complainantId = w.store.contents().projections.find((projection) => projection.id === id)!.complainantId;
  await w.desk.verify(coordinator, { complaintId: id, classification: 'pengaduan' });
  await w.desk.dispose(coordinator, { complaintId: id, unitId: officer.unitId });
  w.advance(DAY_MS);
  await w.desk.respond(officer, { complaintId: id, message: 'Lubang sudah ditambal tim kami pada hari Selasa.' });
  return { id, resident: { id: complainantId!, role: 'complainant' }, tracking: trackingNumber };
}

const types = (events: readonly StoredEvent[]) => events.map((event) => event.type);
const bodies = (w: World) => w.store.contents().outbox.map((row) => row.body);

describe('"Sudah beres?" on the desk', () => {
  it('asks on the complaint’s channel in the same append as the published answer', async () => {
    const w = world();
    const { id, tracking } = await answered(w);

    const events = w.store.contents().events;
    expect(types(events).slice(-2)).toEqual(['complaint-responded', 'satisfaction/asked']);
    expect(events.at(-1)).toMatchObject({
      payload: { round: 'closure', attempt: 1 },
      actor: { id: 'plugin:satisfaction', role: 'system' },
    });
    expect(events.at(-1)!.at).toBe(events.at(-2)!.at);
    const question = bodies(w).at(-1)!;
    expect(question.indexOf(`Aduan ${tracking} sudah dijawab. Apakah masalahnya sudah beres?`)).toBe(0);
    expect(question).toContain(`\n\nComplaint ${tracking} has been answered.`);
    expect(w.store.contents().outbox.at(-1)).toMatchObject({ channel: 'whatsapp', idempotencyKey: `${id}:${events.at(-1)!.version}` });
    expect(await w.desk.verifyHistory(id)).toMatchObject({ ok: true });
  });

  it('does not ask on channels it was not given, nor a complaint without a resident to reach', async () => {
    const w = world({ languages: ['id'] });
    const { complaint } = await w.desk.receive(coordinator, {
      channel: 'web',
      title: 'Lampu jalan mati',
      description: 'Sudah seminggu gelap.',
    });
    await w.desk.verify(coordinator, { complaintId: complaint.id });
    await w.desk.dispose(coordinator, { complaintId: complaint.id, unitId: officer.unitId });
    await w.desk.respond(officer, { complaintId: complaint.id, message: 'Lampu sudah diganti.' });

    expect(types(w.store.contents().events).filter((type) => type.startsWith('satisfaction/'))).toEqual([]);
  });

  it('"Sudah" confirms the complaint with the answer, thanks the resident, and records a redelivery once', async () => {
    const w = world();
    const { id, resident, tracking } = await answered(w);

    const routed = await w.say('m-answer', 'Sudah 5 mantap, terima kasih');
    const again = await w.say('m-answer', 'Sudah 5 mantap, terima kasih');

    expect(routed).toMatchObject({ outcome: 'claimed', plugin: 'satisfaction', complaint: { id, status: 'resolved' } });
    expect(again.outcome).toBe('duplicate');
    const events = w.store.contents().events;
    expect(types(events).slice(-2)).toEqual(['satisfaction/answered', 'complaint-confirmed']);
    expect(events.at(-2)).toMatchObject({ actor: resident, payload: { fixed: true, rating: 5, comment: 'mantap, terima kasih' } });
    expect(Object.keys(events.at(-2)!.payload).sort()).toEqual(['comment', 'fixed', 'rating']);
    expect(bodies(w).at(-1)).toContain(`Terima kasih. Aduan ${tracking} kami nyatakan selesai.`);
  });

  it('"Belum" inside the confirmation window reopens the complaint to the unit, with the comment as the reason', async () => {
    const w = world();
    const { id } = await answered(w);
    w.advance(2 * DAY_MS);

    const routed = await w.say('m-answer', 'belum 2 masih berlubang');

    expect(routed).toMatchObject({ outcome: 'claimed', complaint: { status: 'disposed', unitId: officer.unitId } });
    const events = w.store.contents().events;
    expect(events.at(-2)?.payload).toEqual({ fixed: false, rating: 2, comment: 'masih berlubang' });
    expect(events.at(-1)).toMatchObject({ type: 'complaint-reopened', payload: { reason: 'masih berlubang' } });
    expect(await w.desk.verifyHistory(id)).toMatchObject({ ok: true });
  });

  it('a rating alone or "tidak tahu" is recorded and leaves the complaint awaiting confirmation', async () => {
    const w = world();
    const { id } = await answered(w);

    await w.say('m-answer', '4');

    const view = await w.desk.get(coordinator, id);
    expect(view.status).toBe('responded');
    expect(satisfactionAnswers(await w.desk.history(coordinator, id))).toEqual([
      { round: 'closure', at: expect.any(String), fixed: null, rating: 4 },
    ]);
    // The question is answered: a later message is the officers' again.
    expect((await w.say('m-later', 'sudah')).outcome).toBe('follow-up');
  });

  it('asks once more after a message that is not an answer, which goes on to the officers', async () => {
    const w = world();
    const { id, tracking } = await answered(w);

    const first = await w.say('m-1', 'Kapan dicek lagi ke lokasi?');
    const second = await w.say('m-2', 'Halo, ada yang bisa jawab?');
    const answer = await w.say('m-3', 'SUDAH BERES');

    expect([first.outcome, second.outcome, answer.outcome]).toEqual(['follow-up', 'follow-up', 'claimed']);
    const mine = w.store
      .contents()
      .events.filter((event) => event.type.startsWith('satisfaction/') || event.type === 'complaint-follow-up-received');
    expect(mine.map((event) => [event.type, event.payload['attempt'] ?? null])).toEqual([
      ['satisfaction/asked', 1],
      ['satisfaction/asked', 2],
      ['complaint-follow-up-received', null],
      ['complaint-follow-up-received', null],
      ['satisfaction/answered', null],
    ]);
    expect(bodies(w).filter((body) => body.startsWith('Maaf, balasan Anda belum kami pahami'))).toEqual([
      expect.stringContaining(`aduan ${tracking}`),
    ]);
    expect((await w.desk.get(coordinator, id)).status).toBe('resolved');
  });

  it('silence leaves the automatic resolution as it is; "Belum" after the window is only recorded', async () => {
    const w = world();
    const quiet = await answered(w);
    w.advance(30 * DAY_MS);

    const late = await w.say('m-late', 'belum');

    expect(late).toMatchObject({ outcome: 'claimed', complaint: { id: quiet.id, status: 'responded' } });
    expect(types(w.store.contents().events).slice(-1)).toEqual(['satisfaction/answered']);
    const report = await w.desk.sweep();
    expect(report.byAction).toMatchObject({ resolve_by_silence: 1 });
    expect((await w.desk.get(coordinator, quiet.id)).status).toBe('resolved');
  });

  it('keeps answers out of public tracking; officers see them with the comment masked', async () => {
    const w = world();
    const { id, resident, tracking } = await answered(w);
    await w.say('m-answer', 'belum 1 Pak RT sudah lapor dua kali');

    const tracked = await w.desk.track(tracking);
    expect(JSON.stringify(tracked)).not.toMatch(/Pak RT|satisfaction/);
    expect(satisfactionAnswers(await w.desk.history(officer, id))).toEqual([
      { round: 'closure', at: expect.any(String), fixed: false, rating: 1, comment: REDACTED },
    ]);
    expect(satisfactionAnswers(await w.desk.history(resident, id))).toEqual([
      { round: 'closure', at: expect.any(String), fixed: false, rating: 1, comment: 'Pak RT sudah lapor dua kali' },
    ]);
  });

  it('re-checks once some weeks after resolution, on the sweep’s clock, for the categories given', async () => {
    const w = world({ recheck: { afterDays: 28 } });
    const { id, tracking } = await answered(w);
    await w.say('m-answer', 'sudah');
    w.advance(27 * DAY_MS);
    expect((await w.desk.sweep()).plugins).toEqual({ satisfaction: { acted: 0, failed: [] } });
    w.advance(2 * DAY_MS);

    const due = await w.desk.sweep();
    const next = await w.desk.sweep();
    const answer = await w.say('m-recheck', 'belum, lubangnya muncul lagi');

    expect(due.plugins).toEqual({ satisfaction: { acted: 1, failed: [] } });
    expect(next.plugins).toEqual({ satisfaction: { acted: 0, failed: [] } });
    expect(bodies(w).some((body) => body.startsWith(`Beberapa minggu lalu aduan ${tracking} dinyatakan selesai.`))).toBe(true);
    expect(answer).toMatchObject({ outcome: 'claimed', complaint: { status: 'resolved' } });
    expect(satisfactionAnswers(await w.desk.history(coordinator, id)).map(({ round, fixed }) => [round, fixed])).toEqual([
      ['closure', true],
      ['recheck', false],
    ]);

    const other = world({ recheck: { afterDays: 28, categories: ['lampu-jalan'] } });
    await answered(other);
    await other.say('m-answer', 'sudah');
    other.advance(29 * DAY_MS);
    expect((await other.desk.sweep()).plugins).toEqual({ satisfaction: { acted: 0, failed: [] } });
  });

  it('finds the re-checks due without reading the other resolved complaints, however many there are', async () => {
    let now = Date.parse('2025-03-03T02:00:00.000Z');
    const memory = createMemoryStore();
    // Counts what the sweep reads: listed complaints and complaint histories.
    const reads = { listed: 0, streams: 0 };
    const store = new Proxy(memory, {
      get(target, key, receiver) {
        if (key === 'doQuery')
          return async (...args: Parameters<MemoryStore['doQuery']>) => {
            const page = await target.doQuery(...args);
            reads.listed += page.items.length;
            return page;
          };
        if (key === 'doReadStream')
          return (...args: Parameters<MemoryStore['doReadStream']>) => {
            reads.streams++;
            return target.doReadStream(...args);
          };
        return Reflect.get(target, key, receiver);
      },
    });
    const options = { recheck: { afterDays: 28 } };
    const desk = createDesk({
      store,
      clock: { now: () => new Date(now) },
      plugins: [satisfaction(options)],
      pseudonymKey: 'kunci-rahasia-untuk-uji-0123456789',
    });
    const resolved = async (n: number) => {
      const whatsapp = `62812000000${String(n).padStart(2, '0')}`;
      const { complaint } = await desk.receive(coordinator, {
        channel: 'whatsapp',
        title: `Lampu jalan mati ${n}`,
        description: 'Sudah seminggu gelap.',
        contact: { whatsapp, name: 'Warga' },
      });
      await desk.verify(coordinator, { complaintId: complaint.id, classification: 'pengaduan' });
      await desk.dispose(coordinator, { complaintId: complaint.id, unitId: officer.unitId });
      await desk.respond(officer, { complaintId: complaint.id, message: 'Lampu sudah diganti tim kami hari ini.' });
      const complainantId = memory.contents().projections.find((projection) => projection.id === complaint.id)!.complainantId!;
      await desk.confirm({ id: complainantId, role: 'complainant' }, { complaintId: complaint.id });
      return complaint.id;
    };
    const sweepReads = async () => {
      reads.listed = 0;
      reads.streams = 0;
      const report = await desk.sweep();
      return { acted: report.plugins?.['satisfaction']?.acted, ...reads };
    };

    const first = await resolved(0);
    now += 10 * DAY_MS;
    for (let n = 1; n <= 30; n++) await resolved(n);
    now += 19 * DAY_MS;
    const due = await sweepReads();
    now += 10 * DAY_MS;
    const rest = await sweepReads();
    const after = await sweepReads();

    // Only the complaints due are read (a few reads each, the same for one as for thirty); no list of resolved complaints.
    expect(due).toMatchObject({ acted: 1, listed: 0 });
    expect(due.streams).toBeLessThanOrEqual(3);
    expect(rest).toMatchObject({ acted: 30, listed: 0, streams: 30 * due.streams });
    expect(after).toEqual({ acted: 0, listed: 0, streams: 0 });
    expect(types(await desk.history(coordinator, first)).at(-1)).toBe('satisfaction/asked');

    // A desk started later rebuilds the schedule from the history and asks nobody twice.
    const restarted = createDesk({
      store,
      clock: { now: () => new Date(now) },
      plugins: [satisfaction(options)],
      pseudonymKey: 'kunci-rahasia-untuk-uji-0123456789',
    });
    expect((await restarted.sweep()).plugins).toEqual({ satisfaction: { acted: 0, failed: [] } });
  });

  it('refuses options it cannot work with, naming each', () => {
    const error = (() => {
      try {
        satisfaction({ languages: ['id', 'id'], channels: [], recheck: { afterDays: 2 }, answerWindowDays: 0 });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(AduanError.hasCode(error, 'invalid_config')).toBe(true);
    expect((error as AduanError).message).toBe(
      'Invalid satisfaction plugin options: languages: must list "id" and/or "en", each once; channels: must list at least one channel name; recheck.afterDays: must be a whole number of days from 7 to 365; answerWindowDays: must be a whole number of days from 1 to 60',
    );
  });
});
