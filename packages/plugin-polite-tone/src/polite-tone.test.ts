import { createDesk, createMemoryStore } from '@aduan/core';
import { AduanError, type PluginV1 } from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COURTESY_PHRASES, politeTone, reviewTone } from './index.js';

const coordinator = { id: 'koordinator', role: 'coordinator' as const };
const officer = { id: 'penghubung', role: 'unit_officer' as const, unitId: 'dpupr' };

async function disposedComplaint(plugins: PluginV1[]) {
  const store = createMemoryStore();
  const desk = createDesk({ store, plugins });
  const { complaint } = await desk.receive(coordinator, { channel: 'web', title: 'Drainase', description: 'Selokan mampet' });
  await desk.verify(coordinator, { complaintId: complaint.id });
  await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dpupr' });
  return { store, desk, id: complaint.id };
}

describe('reviewTone', () => {
  it('accepts a polite reply', () => {
    expect(reviewTone('Terima kasih atas laporan Bapak. Selokan sudah kami bersihkan hari ini.')).toEqual([]);
  });

  it('flags shouting, exclamation runs and harsh words', () => {
    expect(reviewTone('SUDAH KAMI BILANG SELOKAN ITU BUKAN URUSAN KAMI').map((f) => f.rule)).toEqual(['shouting']);
    expect(reviewTone('Sudah dikerjakan!!!').map((f) => f.rule)).toEqual(['exclamations']);
    expect(reviewTone('Laporan ini ngawur.').map((f) => f.rule)).toEqual(['harsh-word']);
    expect(reviewTone('Oke.', { courtesyPhrases: DEFAULT_COURTESY_PHRASES }).map((f) => f.rule)).toEqual(['no-courtesy']);
  });

  it('does not flag short acronyms or words that merely contain a harsh word', () => {
    expect(reviewTone('PDAM dan DPUPR sudah menindaklanjuti.')).toEqual([]);
    expect(reviewTone('Pembegoan? Tidak ada kata itu; ini "bego" saja yang dilarang.')).toHaveLength(1);
  });

  it('never flags text written entirely in lower case without exclamations or harsh words', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z .,]{0,200}$/), (text) => {
        const harmless = !/(?<![a-z])(bodoh|goblok|tolol|bego|dungu|ngawur|cerewet|bawel)(?![a-z])/.test(text);
        fc.pre(harmless);
        expect(reviewTone(text)).toEqual([]);
      }),
    );
  });
});

describe('politeTone plugin on the desk', () => {
  it('holds back a shouted response: plugin_rejected, nothing stored', async () => {
    const heldBack: string[] = [];
    const { store, desk, id } = await disposedComplaint([politeTone({ onHeldBack: (_f, command) => heldBack.push(command) })]);
    const before = store.contents();
    const error = await desk.respond(officer, { complaintId: id, message: 'INI BUKAN TANGGUNG JAWAB KAMI!!!' }).catch((e: unknown) => e);
    expect(AduanError.hasCode(error, 'plugin_rejected')).toBe(true);
    expect((error as AduanError).message).toMatch(/huruf kapital/);
    expect(store.contents()).toEqual(before);
    expect(heldBack).toEqual(['respond']);
  });

  it('lets a polite response through and ignores commands that do not reach the resident', async () => {
    const { desk, id } = await disposedComplaint([politeTone()]);
    const answered = await desk.respond(officer, { complaintId: id, message: 'Terima kasih, selokan sudah dibersihkan.' });
    expect(answered.status).toBe('responded');
    const resolved = await desk.resolve(coordinator, { complaintId: id, note: 'SELESAI!!!' });
    expect(resolved.status).toBe('resolved');
  });
});
