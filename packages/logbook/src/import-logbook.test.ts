import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDesk, createMemoryStore } from '@aduan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLogbook } from './index.js';

const HEADER = 'Tanggal;Waktu;Tempat atau Acara;Nama;Kontak;Tipe (Biasa/Anonim/Rahasia);Judul;Uraian;Kelurahan;Kategori';
const entry = (title: string, extra: Partial<Record<'date' | 'time' | 'contact' | 'privacy' | 'name', string>> = {}) =>
  [
    extra.date ?? '3 Jan 2026',
    extra.time ?? '09:30',
    'Ngaji Bareng Wali Kota',
    extra.name ?? 'Siti Aminah',
    extra.contact ?? '081234567890',
    extra.privacy ?? 'Biasa',
    title,
    `${title}: sudah berlangsung sebulan.`,
    'Podosugih',
    'Infrastruktur',
  ].join(';');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aduan-logbook-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `Buku Catatan Aduan Tatap Muka\n\n${lines.join('\n')}\n`);
  return path;
};
const setup = () => {
  const store = createMemoryStore();
  return { store, desk: createDesk({ store }) };
};

describe('importLogbook', () => {
  it('creates one in-person complaint per row, with its place, date, contact and privacy, and nothing twice', async () => {
    const { store, desk } = setup();
    const path = file('logbook.csv', [
      HEADER,
      entry('Lampu jalan mati'),
      entry('Saluran tersumbat', { privacy: 'Rahasia', contact: 'siti@example.id' }),
    ]);

    expect(await importLogbook(path, { desk, store })).toEqual({
      inserted: 2,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      problems: [],
      dryRun: false,
    });
    const [second, first] = store
      .contents()
      .projections.sort((a, b) => a.title.localeCompare(b.title))
      .reverse();
    expect(first).toMatchObject({ channel: 'in_person', title: 'Lampu jalan mati', kelurahan: 'Podosugih', anonim: false, rahasia: false });
    expect(second).toMatchObject({ title: 'Saluran tersumbat', anonim: true, rahasia: true });
    expect(await store.doLoadIdentity(first!.complainantId)).toMatchObject({ name: 'Siti Aminah', phone: '081234567890' });
    expect(await store.doLoadIdentity(second!.complainantId)).toMatchObject({ email: 'siti@example.id' });
    const [received] = await store.doReadStream(first!.id);
    expect(received!.payload).toMatchObject({ description: expect.stringContaining('Disampaikan langsung di Ngaji Bareng Wali Kota') });

    expect(await importLogbook(path, { desk, store })).toMatchObject({ inserted: 0, unchanged: 2, skipped: 0 });
    expect(store.contents().projections).toHaveLength(2);
    await desk.close();
  });

  it('reports bad rows by row and column without writing them, and the good rows go in', async () => {
    const { store, desk } = setup();
    const path = file('logbook.csv', [
      HEADER,
      entry('Lampu jalan mati'),
      entry('Tanggal salah', { date: '3 Jamuari 2026' }),
      entry('Kontak salah', { contact: 'tanya pak RT' }),
      entry('Tipe salah', { privacy: 'Publik' }),
      entry('x'.repeat(201)),
      entry('Lampu jalan mati'),
    ]);

    const report = await importLogbook(path, { desk, store });

    expect(report).toMatchObject({ inserted: 1, skipped: 5 });
    expect(report.problems).toEqual([
      { row: 5, column: 'Tanggal', message: expect.stringContaining('tanggal "3 Jamuari 2026" tidak dikenali') },
      { row: 6, column: 'Kontak', message: '"tanya pak RT" bukan nomor telepon atau alamat e-mail' },
      { row: 7, column: 'Tipe (Biasa/Anonim/Rahasia)', message: 'tipe "Publik" tidak dikenal: isi Biasa, Anonim atau Rahasia' },
      { row: 8, column: 'Judul', message: 'terlalu panjang: 201 karakter, paling banyak 200' },
      { row: 9, column: '', message: 'sama dengan baris 4; baris ini dilewati' },
    ]);
    expect(store.contents().projections.map((p) => p.title)).toEqual(['Lampu jalan mati']);
    await desk.close();
  });

  it('writes nothing on a dry run, and says what would go in', async () => {
    const { store, desk } = setup();
    const path = file('logbook.csv', [HEADER, entry('Lampu jalan mati'), entry('Kontak salah', { contact: '??' })]);

    const report = await importLogbook(path, { desk, store, dryRun: true });

    expect(report).toMatchObject({ inserted: 1, skipped: 1, dryRun: true });
    expect(store.contents().projections).toEqual([]);
    await desk.close();
  });

  it('reads the shipped XLSX template: its example row is one complaint', async () => {
    const { store, desk } = setup();
    const template = fileURLToPath(new URL('../templates/logbook-template.xlsx', import.meta.url));

    expect(await importLogbook(template, { desk, store })).toMatchObject({ inserted: 1, problems: [] });
    await desk.close();
  });

  it('refuses a file without the header row or a required column', async () => {
    const { store, desk } = setup();
    for (const [lines, message] of [
      [['No;Judul', '1;Lampu'], /baris judul tidak ditemukan/],
      [['Tanggal;Judul', '3 Jan 2026;Lampu'], /kolom wajib tidak ada di baris judul: Tempat atau Acara, Uraian/],
    ] as const) {
      await expect(importLogbook(file('salah.csv', [...lines]), { desk, store })).rejects.toMatchObject({
        code: 'invalid_input',
        issues: [{ path: 'file', message: expect.stringMatching(message) }],
      });
    }
    await desk.close();
  });
});
