import { AduanError, type InboundMessageV1, type InboundResultV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { RESIDENT, fixtureBytes, testOptions, webhookPost, type FixtureName } from './__fixtures__/fixtures.js';
import { createWhatsAppChannel } from './create-whatsapp-channel.js';
import type { WhatsAppChannelOptions } from './options.js';

async function parse(name: FixtureName, options: Partial<WhatsAppChannelOptions> = {}) {
  const result: InboundResultV1 = await createWhatsAppChannel(testOptions(options)).doInbound(webhookPost(fixtureBytes(name)));
  if (result.kind !== 'messages') throw new Error('expected messages');
  return result;
}

/** Parses a raw body (bytes, text or a value to serialise); resolves to the result or the error. */
async function parseBody(payload: unknown): Promise<unknown> {
  const body =
    payload instanceof Uint8Array ? payload : new TextEncoder().encode(typeof payload === 'string' ? payload : JSON.stringify(payload));
  return createWhatsAppChannel(testOptions())
    .doInbound(webhookPost(body))
    .catch((error: unknown) => error);
}

function byType(messages: InboundMessageV1[], idSuffix: string): InboundMessageV1 {
  const found = messages.find((message) => Buffer.from(message.messageId.slice(6), 'base64').toString('latin1').includes(idSuffix));
  if (!found) throw new Error(`no message ${idSuffix}`);
  return found;
}

describe('inbound messages', () => {
  it('normalises a text message with the sender name and wa_id', async () => {
    const { messages, receipts } = await parse('text-message');
    expect(receipts).toEqual([]);
    expect(messages).toEqual([
      {
        channel: 'whatsapp',
        messageId: expect.stringMatching(/^wamid\./),
        receivedAt: '2026-01-01T00:00:00.000Z',
        senderAddress: RESIDENT,
        contact: { whatsapp: RESIDENT, name: 'Budi Santoso' },
        text: expect.stringContaining('Lampu PJU di Jl. Hayam Wuruk'),
        attachments: [],
      },
    ]);
  });

  it('keeps images as media references with their caption, or a stand-in text without one', async () => {
    const [captioned, bare] = (await parse('image-message')).messages;
    expect(captioned).toMatchObject({
      text: 'Sampah menumpuk di TPS Jl. Dr. Sutomo, belum diangkut seminggu',
      attachments: [{ url: 'urn:whatsapp:media:1234567890123456', contentType: 'image/jpeg' }],
    });
    expect(bare).toMatchObject({ text: '(gambar tanpa keterangan)', attachments: [{ url: 'urn:whatsapp:media:1234567890123457' }] });
  });

  it('turns a shared location into a Location and readable text', async () => {
    const [named, pin] = (await parse('location-message')).messages;
    expect(named?.location).toEqual({
      lat: -6.8898362,
      long: 109.6745916,
      address: 'Alun-alun Kota Pekalongan, Jl. Nusantara, Kauman, Pekalongan Timur, Kota Pekalongan',
    });
    expect(named?.text).toBe('(lokasi dibagikan) Alun-alun Kota Pekalongan, Jl. Nusantara, Kauman, Pekalongan Timur, Kota Pekalongan');
    expect(pin).toMatchObject({ text: '(lokasi dibagikan)', location: { lat: -6.8912, long: 109.6801 } });
    expect(pin?.location?.address).toBeUndefined();
  });

  it('describes the other message types and keeps their media', async () => {
    const { messages } = await parse('other-messages');
    expect(byType(messages, '3EB0D1000000000A')).toMatchObject({
      text: '(pesan suara)',
      attachments: [{ url: 'urn:whatsapp:media:2234567890123456', contentType: 'audio/ogg; codecs=opus' }],
    });
    expect(byType(messages, '3EB0D1000000000B')).toMatchObject({
      text: '(dokumen: surat-pengantar-rt.pdf)',
      attachments: [{ url: 'urn:whatsapp:media:2234567890123457', contentType: 'application/pdf', name: 'surat-pengantar-rt.pdf' }],
    });
    expect(byType(messages, '3EB0D1000000000C')).toMatchObject({
      text: 'Banjir rob di Jl. Jlamprang',
      attachments: [{ contentType: 'video/mp4' }],
    });
    expect(byType(messages, '3EB0D1000000000D')).toMatchObject({ text: '(stiker)', attachments: [{ contentType: 'image/webp' }] });
    expect(byType(messages, '3EB0D1000000000E').text).toBe('(kontak dibagikan: Pak RT 05 +62 812-0000-0009)');
    expect(byType(messages, '3EB0D1000000000F').text).toBe('Infrastruktur — Jalan, drainase, PJU');
    expect(byType(messages, '3EB0D10000000010').text).toBe('Sudah selesai');
    expect(byType(messages, '3EB0D10000000011').text).toBe('(reaksi \u{1F64F} pada pesan sebelumnya)');
    expect(byType(messages, '3EB0D10000000013').text).toBe('(pesan jenis "unsupported" belum dapat ditampilkan)');
    // A withdrawn reaction (no emoji) carries nothing and is left out.
    expect(messages).toHaveLength(9);
    for (const message of messages) expect(message.contact).toEqual({ whatsapp: '6281200000003', name: 'Rina' });
  });

  it('writes the stand-in texts in English when asked, and takes overrides', async () => {
    const { messages } = await parse('other-messages', { language: 'en', labels: { media: { sticker: '[stiker]' } } });
    expect(byType(messages, '3EB0D1000000000A').text).toBe('(voice message)');
    expect(byType(messages, '3EB0D1000000000D').text).toBe('[stiker]');
  });

  it('walks every entry, change and message of a batch, skipping other fields', async () => {
    const { messages, receipts } = await parse('batch');
    expect(messages.map((message) => [message.senderAddress, message.text])).toEqual([
      ['6281200000001', 'Jalan berlubang di depan SD Negeri Panjang Wetan'],
      ['6281200000001', 'Sudah dua motor jatuh minggu ini'],
      ['6281200000002', 'Air PDAM tidak mengalir di Perumahan Bina Griya'],
      ['6281200000003', '(lokasi dibagikan) Pasar Banjarsari'],
    ]);
    expect(new Set(messages.map((message) => message.messageId)).size).toBe(4);
    expect(receipts).toEqual([expect.objectContaining({ status: 'delivered', at: '2026-01-01T06:47:10.000Z' })]);
  });

  it('ignores changes for another phone number of the business account', async () => {
    expect(await parse('other-number')).toEqual({ kind: 'messages', messages: [], receipts: [] });
  });

  it('returns message ids faithfully for the same webhook twice (the desk dedupes by them)', async () => {
    const channel = createWhatsAppChannel(testOptions());
    const first = await channel.doInbound(webhookPost(fixtureBytes('batch')));
    const second = await channel.doInbound(webhookPost(fixtureBytes('batch')));
    expect(second).toEqual(first);
  });
});

describe('delivery receipts', () => {
  it('maps sent, delivered, read and failed (with the error) and skips statuses outside the contract', async () => {
    const { messages, receipts } = await parse('statuses');
    expect(messages).toEqual([]);
    expect(receipts.map((receipt) => [receipt.status, receipt.at])).toEqual([
      ['sent', '2026-01-01T04:00:00.000Z'],
      ['delivered', '2026-01-01T04:00:03.000Z'],
      ['read', '2026-01-01T04:01:40.000Z'],
      ['failed', '2026-01-01T04:03:20.000Z'],
    ]);
    expect(receipts[0]).toEqual({
      channel: 'whatsapp',
      providerMessageId: expect.stringMatching(/^wamid\./),
      status: 'sent',
      at: '2026-01-01T04:00:00.000Z',
    });
    expect(receipts[3]?.error).toBe(
      '131047 Re-engagement message: Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
    );
  });
});

describe('malformed bodies', () => {
  const envelope = (value: unknown) => ({
    object: 'whatsapp_business_account',
    entry: [{ id: '1', changes: [{ field: 'messages', value }] }],
  });
  const metadata = { display_phone_number: '6285200000000', phone_number_id: '109876543210987' };
  const good = { from: RESIDENT, id: 'wamid.GOOD', timestamp: '1767225600', type: 'text', text: { body: 'Lampu mati' } };

  it.each([
    ['invalid JSON', '{"object": "whatsapp_business_account", ', '(root): the body is not valid JSON'],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), '(root): the body is not valid UTF-8'],
    ['a JSON array', '[]', '(root): must be a JSON object'],
    ['another product (a Page webhook)', { object: 'page', entry: [] }, 'object: must be "whatsapp_business_account"'],
    ['no entry list', { object: 'whatsapp_business_account' }, 'entry: must be an array'],
  ])('refuses %s as a whole, with invalid_input naming the place', async (_, payload, message) => {
    const error = await parseBody(payload);
    expect(AduanError.hasCode(error, 'invalid_input')).toBe(true);
    expect((error as Error).message).toContain(message);
  });

  it.each([
    [
      'an entry whose changes are no list',
      {
        object: 'whatsapp_business_account',
        entry: [{ id: '1', changes: {} }, envelope({ messaging_product: 'whatsapp', metadata, messages: [good] }).entry[0]],
      },
      'entry[0]',
    ],
    [
      'a change without value',
      {
        object: 'whatsapp_business_account',
        entry: [{ id: '1', changes: [{ field: 'messages' }, envelope({ metadata, messages: [good] }).entry[0]!.changes[0]] }],
      },
      'entry[0].changes[0].value',
    ],
    [
      'a message without id',
      envelope({ messaging_product: 'whatsapp', metadata, messages: [{ ...good, id: undefined }, good] }),
      'entry[0].changes[0].value.messages[0]',
    ],
    [
      'a message with a bad timestamp',
      envelope({ messaging_product: 'whatsapp', metadata, messages: [{ ...good, id: 'wamid.X', timestamp: 'kemarin' }, good] }),
      'entry[0].changes[0].value.messages[0]',
    ],
    [
      'a status without id',
      envelope({ messaging_product: 'whatsapp', metadata, statuses: [{ status: 'read', timestamp: '1767225600' }], messages: [good] }),
      'entry[0].changes[0].value.statuses[0]',
    ],
  ])('skips %s, logs where it was, and keeps its neighbours', async (_, payload, path) => {
    const warnings: { message: string; fields: Record<string, unknown> | undefined }[] = [];
    const logger = {
      info: () => undefined,
      error: () => undefined,
      warn: (message: string, fields?: Readonly<Record<string, unknown>>) => void warnings.push({ message, fields }),
    };
    const result = await createWhatsAppChannel(testOptions({ logger })).doInbound(
      webhookPost(new TextEncoder().encode(JSON.stringify(payload))),
    );
    expect(result.kind === 'messages' && result.messages.map((message) => message.messageId)).toEqual(['wamid.GOOD']);
    expect(warnings).toEqual([{ message: expect.stringContaining('skipped'), fields: { path, reason: expect.any(String) } }]);
  });

  it('accepts an empty batch', async () => {
    expect(await parseBody({ object: 'whatsapp_business_account', entry: [] })).toEqual({ kind: 'messages', messages: [], receipts: [] });
  });
});
