import { InvalidConfigError, UnauthorizedError, type InboundRequestV1 } from '@aduan/spec';
import { createVirtualClock } from '@aduan/test-kit';
import { describe, expect, it } from 'vitest';
import { MISSING_PART_MARK } from '../inbound/join-parts.js';
import { fixture } from '../__fixtures__/fixtures.js';
import { createSmsGatewayChannel } from './create-gateway-channel.js';
import type { SmsGatewayOptions } from './options.js';

const TOKEN = 'vonage-path-token-0000';
const offline: typeof fetch = () => Promise.reject(new Error('no network in this test'));
const send = { url: 'https://gateway.example/api/send' };

const form = (name: string, url = `https://aduan.example/webhooks/sms/${TOKEN}`): InboundRequestV1 => ({
  method: 'POST',
  url,
  headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded' }),
  body: new TextEncoder().encode(fixture(name)),
});

/** Vonage's inbound SMS and delivery receipt webhooks (parts posted separately, UTC times). */
function vonage(extra: Partial<SmsGatewayOptions> = {}) {
  return createSmsGatewayChannel({
    auth: { type: 'path-token', token: TOKEN },
    inbound: {
      fields: {
        from: 'msisdn',
        messageId: 'messageId',
        timestamp: 'message-timestamp',
        partRef: 'concat-ref',
        partNumber: 'concat-part',
        partCount: 'concat-total',
      },
      utcOffset: '+00:00',
    },
    receipts: { fields: { messageId: 'messageId', status: 'status', timestamp: 'message-timestamp' } },
    send,
    fetch: offline,
    ...extra,
  });
}

describe('SMS gateway: concatenated SMS posted part by part (Vonage payloads)', () => {
  it('answers the first part with nothing and the last with the joined message', async () => {
    const channel = vonage();
    expect(await channel.doInbound(form('gateway-part-1.form.txt'))).toEqual({ kind: 'messages', messages: [], receipts: [] });
    const result = await channel.doInbound(form('gateway-part-2.form.txt'));
    expect(result).toMatchObject({
      messages: [
        {
          channel: 'sms',
          messageId: '0B00000012AB34CD',
          senderAddress: '+6281200000000',
          receivedAt: '2025-03-14T02:21:07.000Z',
          text: expect.stringMatching(/^Saluran air di RT 03\/RW 05 .* Lokasi dekat musholla\. Terima kasih\.$/),
        },
      ],
    });
  });

  it('delivers a lone part after the timeout with a mark where words are missing', async () => {
    const clock = createVirtualClock('2025-03-14T02:21:08.000Z');
    const channel = vonage({ clock });
    await channel.doInbound(form('gateway-part-1.form.txt'));
    clock.advanceBy(10 * 60_000 + 1_000);
    const result = await channel.doInbound(form('gateway-dlr-delivered.form.txt'));
    expect(result.kind === 'messages' && result.messages.map((message) => message.text.endsWith(` ${MISSING_PART_MARK}`))).toEqual([true]);
  });
});

describe('SMS gateway: delivery reports', () => {
  it('maps SMPP/Vonage statuses and ignores intermediate ones', async () => {
    const channel = vonage();
    expect(await channel.doInbound(form('gateway-dlr-delivered.form.txt'))).toEqual({
      kind: 'messages',
      messages: [],
      receipts: [{ channel: 'sms', providerMessageId: '0C00000098EF7654', status: 'delivered', at: '2025-03-14T02:21:40.000Z' }],
    });
    expect(await channel.doInbound(form('gateway-dlr-buffered.form.txt'))).toEqual({ kind: 'messages', messages: [], receipts: [] });
  });

  it('declares no receipts, and reads a status field as ordinary data, when none are configured', () => {
    expect(vonage({ receipts: undefined }).capabilities.deliveryReceipts).toBe(false);
  });
});

describe('SMS gateway: other webhook styles', () => {
  it('reads a Kannel-style GET with the token in the path and a local (WIB) time', async () => {
    const channel = createSmsGatewayChannel({
      auth: { type: 'path-token', token: '5b0e1c7f9a2d4e8b' },
      inbound: { fields: { timestamp: 'ts' } },
      send,
      fetch: offline,
    });
    const url = `https://aduan.example${fixture('gateway-kannel-get.url.txt')}`;
    const result = await channel.doInbound({ method: 'GET', url, headers: new Headers(), body: new Uint8Array() });
    expect(result).toMatchObject({
      messages: [
        {
          messageId: '7c9e1f00-1a2b-4c3d-8e9f-000000000001',
          senderAddress: '+6281200000000',
          receivedAt: '2025-03-14T02:21:00.000Z',
          text: 'KTP saya belum jadi sudah 3 bulan di Disdukcapil, mohon info',
        },
      ],
    });
  });

  it('reads nested JSON (Android SMS gateway) with a header secret, and refuses a wrong one', async () => {
    const channel = createSmsGatewayChannel({
      auth: { type: 'header', header: 'authorization', secret: 'Bearer android-webhook-secret' },
      inbound: {
        fields: { from: 'payload.phoneNumber', text: 'payload.message', messageId: 'payload.messageId', timestamp: 'payload.receivedAt' },
      },
      send,
      fetch: offline,
    });
    const call = (secret: string): InboundRequestV1 => ({
      method: 'POST',
      url: 'https://aduan.example/webhooks/sms',
      headers: new Headers({ 'content-type': 'application/json; charset=utf-8', authorization: secret }),
      body: new TextEncoder().encode(fixture('gateway-android-received.json')),
    });
    expect(await channel.doInbound(call('Bearer android-webhook-secret'))).toMatchObject({
      messages: [
        {
          messageId: 'a4f2c1d0e9b8',
          senderAddress: '+6281200000000',
          receivedAt: '2025-03-14T02:21:07.000Z',
          text: expect.stringMatching(/^Pak, jalan di depan SDN 1 Medono/),
        },
      ],
    });
    const refused = await channel.doInbound(call('Bearer android-webhook-secreT')).catch((error: unknown) => error);
    expect(UnauthorizedError.isInstance(refused) && refused.status).toBe(403);
  });

  it('names the missing field and refuses an unknown content type', async () => {
    const channel = vonage();
    const missing = { ...form('gateway-part-1.form.txt'), body: new TextEncoder().encode('messageId=1&text=halo') };
    await expect(channel.doInbound(missing)).rejects.toThrow('Invalid SMS webhook: msisdn: is required');
    const xml = { ...form('gateway-part-1.form.txt'), headers: new Headers({ 'content-type': 'text/xml' }) };
    await expect(channel.doInbound(xml)).rejects.toThrow(
      /content-type: expected application\/x-www-form-urlencoded or application\/json, got "text\/xml"/,
    );
  });
});

describe('SMS gateway: sending', () => {
  function recordingFetch(answer: () => Response) {
    const calls: { url: string; headers: Headers; body: string }[] = [];
    const fetchFn: typeof fetch = async (url, init) => {
      calls.push({ url: String(url), headers: new Headers(init?.headers), body: String(init?.body) });
      return answer();
    };
    return { calls, fetchFn };
  }
  const reply = { to: '+6281200000001', text: 'Sudah kami teruskan ke DLH.', idempotencyKey: 'c-2:5', complaintId: 'c-2' };

  it('posts nested JSON fields and constants, and uses our reference as the id when the gateway returns none', async () => {
    const { calls, fetchFn } = recordingFetch(() => new Response('OK', { status: 202 }));
    const channel = createSmsGatewayChannel({
      auth: { type: 'path-token', token: TOKEN },
      send: {
        url: send.url,
        format: 'json',
        fields: { to: 'message.recipient', text: 'message.content', reference: 'message.ref' },
        constants: { sender: 'PEMKOT' },
        phoneFormat: 'national',
      },
      fetch: fetchFn,
    });
    expect(await channel.doSend(reply)).toEqual({ ok: true, providerMessageId: 'c-2:5:part1' });
    expect(JSON.parse(calls[0]!.body)).toEqual({
      sender: 'PEMKOT',
      message: { recipient: '081200000001', content: reply.text, ref: 'c-2:5:part1' },
    });
    expect(calls[0]!.headers.get('content-type')).toBe('application/json');
  });

  it('holds an accepted SMS without the configured id in doubt (it probably went out; a retry could send it twice)', async () => {
    const { calls, fetchFn } = recordingFetch(() => Response.json({ status: 'ok' }));
    const channel = createSmsGatewayChannel({
      auth: { type: 'path-token', token: TOKEN },
      send: { ...send, messageIdPath: 'data.id' },
      fetch: fetchFn,
    });
    expect(await channel.doSend(reply)).toEqual({
      ok: false,
      retryable: false,
      code: 'in_doubt',
      error: expect.stringContaining('SMS gateway accepted the SMS but its answer has no "data.id"'),
    });
    expect(await channel.doSend(reply)).toMatchObject({ code: 'in_doubt' });
    expect(calls).toHaveLength(1);
  });

  it('splits a long reply into single SMS of 160 characters', async () => {
    const { calls, fetchFn } = recordingFetch(() => new Response('OK'));
    const channel = createSmsGatewayChannel({ auth: { type: 'path-token', token: TOKEN }, send, fetch: fetchFn });
    const text = `${'Petugas DPUPR akan memperbaiki lampu PJU di lokasi tersebut. '.repeat(6)}Terima kasih.`;
    await channel.doSend({ ...reply, text });
    const parts = calls.map((call) => new URLSearchParams(call.body).get('text') ?? '');
    expect(parts.length).toBe(3);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(160);
    expect(parts.join(' ')).toBe(text.trim());
  });
});

describe('SMS gateway options', () => {
  it('refuses weak secrets, bad URLs and half-configured part fields, listing them all', () => {
    const attempt = () =>
      createSmsGatewayChannel({
        auth: { type: 'header', header: 'x-secret', secret: 'short' },
        inbound: { fields: { partRef: 'ref' } },
        send: { url: 'ftp://gateway' },
      });
    expect(attempt).toThrow(InvalidConfigError);
    expect(attempt).toThrow(
      /auth\.secret: must be at least 16 characters; send\.url: must be an http\(s\) URL; inbound\.fields: partRef, partNumber and partCount go together/,
    );
  });
});
