/**
 * Attacks on the desk's own inputs (issue 10): NUL bytes in any text (item 10), validation
 * messages a resident can read (item 23). Tracking-number entropy (item 4) is pinned in
 * create-desk.test.ts and support/tracking-number.test.ts.
 */
import { InvalidInputError } from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type commandSchemas, createDesk, createMemoryStore, intakeSchema, type IntakeInput } from '../index.js';
import { coordinator, createHarness, fileComplaint, resident, sampleIntake } from '../test-support/harness.js';

/** Every text field of an intake, as a path and a way to put `text` there. */
const INTAKE_TEXTS: [string, (text: string) => Partial<IntakeInput>][] = [
  ['channel', (text) => ({ channel: text })],
  ['channelMessageId', (text) => ({ channelMessageId: text })],
  ['title', (text) => ({ title: text })],
  ['description', (text) => ({ description: text })],
  ['category', (text) => ({ category: text })],
  ['location.address', (text) => ({ location: { address: text } })],
  ['location.kelurahan', (text) => ({ location: { kelurahan: text } })],
  ['location.kecamatan', (text) => ({ location: { kecamatan: text } })],
  ['attachments.0.url', (text) => ({ attachments: [{ url: `https://media.example.id/${text}` }] })],
  ['attachments.0.name', (text) => ({ attachments: [{ url: 'https://media.example.id/a.jpg', name: text }] })],
  ['attachments.0.contentType', (text) => ({ attachments: [{ url: 'https://media.example.id/a.jpg', contentType: text }] })],
  ['complainantId', (text) => ({ complainantId: text })],
  ['contact.name', (text) => ({ contact: { name: text } })],
  ['contact.address', (text) => ({ contact: { address: text } })],
  ['contact.handles.telegram', (text) => ({ contact: { handles: { telegram: text } } })],
];

const withNul = fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([before, after]) => `${before}x\u0000${after}`);

describe('NUL bytes are refused in one place, whatever the field (item 10)', () => {
  it('refuses a NUL anywhere in an intake with invalid_input naming the field, and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...INTAKE_TEXTS), withNul, async ([path, place], text) => {
        const store = createMemoryStore();
        const desk = createDesk({ store });
        const error = await desk.receive(coordinator, sampleIntake(place(text))).catch((caught: unknown) => caught);

        expect(InvalidInputError.isInstance(error)).toBe(true);
        expect((error as InvalidInputError).issues.map((issue) => issue.path)).toContain(path);
        expect(store.contents().events).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a NUL in every text of every command', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);
    const texts: [keyof typeof commandSchemas, Record<string, unknown>][] = [
      ['requestInfo', { message: 'a\u0000b' }],
      ['provideInfo', { message: 'a\u0000b' }],
      ['provideInfo', { message: 'ok', location: { address: 'a\u0000b' } }],
      ['verify', { category: 'a\u0000b' }],
      ['verify', { note: 'a\u0000b' }],
      ['reject', { reason: 'spam', note: 'a\u0000b' }],
      ['dispose', { unitId: 'a\u0000b' }],
      ['escalate', { level: 1, reason: 'a\u0000b' }],
      ['followUp', { message: 'a\u0000b' }],
      ['merge', { intoId: 'a\u0000b' }],
    ];
    for (const [command, input] of texts) {
      const call = desk[command] as (actor: typeof coordinator, input: Record<string, unknown>) => Promise<unknown>;
      await expect(call(coordinator, { complaintId, ...input }), command).rejects.toMatchObject({ code: 'invalid_input' });
    }
    await expect(desk.verify(coordinator, { complaintId: 'a\u0000b' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(desk.get({ id: 'a\u0000b', role: 'coordinator' }, complaintId)).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(desk.list(coordinator, { text: 'a\u0000b' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(intakeSchema.safeParse(sampleIntake({ title: 'a\u0000b' })).success).toBe(false);
  });
});

describe('validation messages (item 23)', () => {
  const emptyForm = { channel: 'web', title: '   ', description: '' };

  it('speaks Bahasa Indonesia by default, with the same codes and paths', async () => {
    const error = await createHarness()
      .desk.receive(resident, emptyForm)
      .then(
        () => undefined,
        (caught: unknown) => caught as InvalidInputError,
      );

    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error?.issues).toEqual([
      { path: 'title', message: 'tidak boleh kosong' },
      { path: 'description', message: 'tidak boleh kosong' },
    ]);
  });

  it('speaks English when the desk is told to', async () => {
    const desk = createDesk({ store: createMemoryStore(), language: 'en' });
    const error = await desk.receive(resident, emptyForm).then(
      () => undefined,
      (caught: unknown) => caught as InvalidInputError,
    );

    expect(error?.issues).toEqual([
      { path: 'title', message: 'must not be empty' },
      { path: 'description', message: 'must not be empty' },
    ]);
  });

  it('words the other common refusals for residents in both languages', async () => {
    const intake = sampleIntake({
      title: 'x'.repeat(201),
      classification: 'keluhan' as never,
      location: { lat: -6.9 },
      contact: { phone: 'telepon saya' },
    });
    const id = await createHarness()
      .desk.receive(resident, intake)
      .then(
        () => undefined,
        (caught: unknown) => caught as InvalidInputError,
      );
    const en = await createDesk({ store: createMemoryStore(), language: 'en' })
      .receive(resident, intake)
      .then(
        () => undefined,
        (caught: unknown) => caught as InvalidInputError,
      );

    expect(Object.fromEntries(id!.issues.map((issue) => [issue.path, issue.message]))).toEqual({
      title: 'maksimal 200 karakter',
      classification: 'harus salah satu dari: aspirasi, pengaduan, permintaan_informasi',
      'location.lat': 'lat dan long harus diisi bersama',
      'contact.phone': 'harus berupa nomor telepon, misalnya +62 812 3456 7890',
    });
    expect(Object.fromEntries(en!.issues.map((issue) => [issue.path, issue.message]))).toEqual({
      title: 'must be at most 200 characters',
      classification: 'must be one of: aspirasi, pengaduan, permintaan_informasi',
      'location.lat': 'lat and long must be given together',
      'contact.phone': 'must be a phone number such as +62 812 3456 7890',
    });
  });

  it('leaves the host app’s global zod configuration alone', async () => {
    const { z } = await import('zod');
    expect(z.string().min(1).safeParse('').error?.issues[0]?.message).toMatch(/^Too small/);
  });
});
