import { createHmac } from 'node:crypto';
import { createChannelEndpoint, createDesk, createMemoryStore } from '@aduan/core';
import { InvalidInputError, MethodNotAllowedError, type ChannelV1, type InboundRequestV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { TWILIO_ACCOUNT, TWILIO_NUMBER, TWILIO_WEBHOOK_URL } from './__fixtures__/twilio-harness.js';
import { incomingSmsParams, signAsTwilio } from './__fixtures__/twilio-webhooks.js';
import { createSmsGatewayChannel } from './gateway/create-gateway-channel.js';
import { MAX_FORM_FIELDS } from './shared/form-fields.js';
import { createTwilioSmsChannel } from './twilio/create-twilio-channel.js';

/**
 * What outside checks found (issue 10) and what keeps it fixed: each test failed before its fix.
 * Items 1 (quadratic form parsing), 2 (a signed gateway mode that read unsigned query fields),
 * 6 (an SMS over the desk's limit was lost) and 18 (Twilio answered with JSON).
 */

const SECRET = 'android-gateway-signing-secret';
const offline: typeof fetch = () => Promise.reject(new Error('no provider in this test'));
const send = { url: 'https://gateway.example/api/send' };
const twilio = () => createTwilioSmsChannel({ ...TWILIO_ACCOUNT, from: TWILIO_NUMBER, webhookUrl: TWILIO_WEBHOOK_URL, fetch: offline });
const formGateway = () => createSmsGatewayChannel({ auth: { type: 'path-token', token: 'vonage-path-token-0000' }, send, fetch: offline });
const signedGateway = () =>
  createSmsGatewayChannel({
    auth: { type: 'hmac-sha256', header: 'x-signature', secret: SECRET },
    inbound: { fields: { from: 'from', text: 'text', messageId: 'id' } },
    send,
    fetch: offline,
  });
const hmac = (body: string | Uint8Array) => createHmac('sha256', SECRET).update(body).digest('hex');

function formCall(url: string, body: string, headers: Record<string, string> = {}): InboundRequestV1 {
  return {
    method: 'POST',
    url,
    headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded', ...headers }),
    body: new TextEncoder().encode(body),
  };
}

/** CPU time of `run`, the least of a few tries (the least is the one other work on the machine disturbed least). */
async function cpuMicros(run: () => Promise<unknown>): Promise<number> {
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = process.cpuUsage();
    await run();
    const used = process.cpuUsage(before);
    least = Math.min(least, used.user + used.system);
  }
  return least;
}

const distinctNames = (count: number) => Array.from({ length: count }, (_, index) => `f${index}=x`).join('&');
const repeatedName = (count: number, value = 'x') => Array.from({ length: count }, () => `Body=${value}`).join('&');

describe('item 1: form webhooks are read in linear time with a capped number of fields', () => {
  it(`refuses more than ${MAX_FORM_FIELDS} fields with 400, on the gateway and on Twilio`, async () => {
    const many = distinctNames(MAX_FORM_FIELDS + 1);
    const gateway = await formGateway()
      .doInbound(formCall('https://aduan.example/webhooks/sms/vonage-path-token-0000', many))
      .catch((error: unknown) => error);
    const viaTwilio = await twilio()
      .doInbound(formCall(TWILIO_WEBHOOK_URL, many, { 'x-twilio-signature': 'AAAA' }))
      .catch((error: unknown) => error);
    for (const error of [gateway, viaTwilio])
      expect(InvalidInputError.isInstance(error) && error.issues[0]?.message).toBe(`has more than ${MAX_FORM_FIELDS} fields`);
  });

  it('spends about four times the work on a four times larger flood of fields, not sixteen (Twilio and the gateway)', async () => {
    const calls = {
      'distinct names to Twilio': (count: number) => {
        const call = formCall(TWILIO_WEBHOOK_URL, distinctNames(count), { 'x-twilio-signature': 'AAAA' });
        return () =>
          twilio()
            .doInbound(call)
            .catch(() => undefined);
      },
      'one repeated name to the gateway': (count: number) => {
        const call = formCall('https://aduan.example/webhooks/sms/vonage-path-token-0000', repeatedName(count));
        return () =>
          formGateway()
            .doInbound(call)
            .catch(() => undefined);
      },
    };
    for (const [name, prepare] of Object.entries(calls)) {
      // Bodies are built before measuring: only the adapter's work counts.
      const [atOnce, atFour] = [prepare(16_000), prepare(64_000)];
      const small = await cpuMicros(atOnce);
      const large = await cpuMicros(atFour);
      expect(large / Math.max(small, 1), `${name}: ${small} µs at 1×, ${large} µs at 4×`).toBeLessThan(8);
    }
  });

  it('reads fields up to the cap with work that grows with their size, not with their number squared', async () => {
    const prepare = (valueLength: number) => {
      const body = [
        ...Array.from({ length: MAX_FORM_FIELDS - 3 }, (_, index) => `x${index}=${'y'.repeat(valueLength)}`),
        'MessageSid=SM1',
        'From=%2B6281200000001',
        'Body=halo',
      ].join('&');
      const signature = signAsTwilio(TWILIO_ACCOUNT.authToken, TWILIO_WEBHOOK_URL, Object.fromEntries(new URLSearchParams(body)));
      const call = formCall(TWILIO_WEBHOOK_URL, body, { 'x-twilio-signature': signature });
      return () => twilio().doInbound(call);
    };
    await expect(prepare(1)()).resolves.toMatchObject({ messages: [{ text: 'halo' }] });
    const [atOnce, atFour] = [prepare(250), prepare(1_000)];
    const small = await cpuMicros(atOnce);
    const large = await cpuMicros(atFour);
    expect(large / Math.max(small, 1), `${small} µs at 1×, ${large} µs at 4×`).toBeLessThan(8);
  });
});

describe('item 2: the hmac-sha256 gateway mode reads only what the signature covers', () => {
  it('refuses a GET carrying its fields in the query string with the signature of an empty body', async () => {
    const forged: InboundRequestV1 = {
      method: 'GET',
      url: 'https://aduan.example/webhooks/sms/android?id=forged-1&from=%2B6281299999999&text=Laporan+palsu',
      headers: new Headers({ 'x-signature': hmac('') }),
      body: new Uint8Array(),
    };
    const error = await signedGateway()
      .doInbound(forged)
      .catch((caught: unknown) => caught);
    expect(MethodNotAllowedError.isInstance(error) && error.allow).toEqual(['POST']);
  });

  it('never reads query fields of a signed POST: an empty signed body with fields in the URL is missing them', async () => {
    const forged: InboundRequestV1 = {
      method: 'POST',
      url: 'https://aduan.example/webhooks/sms/android?id=forged-2&from=%2B6281299999999&text=Laporan+palsu',
      headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded', 'x-signature': hmac('') }),
      body: new Uint8Array(),
    };
    const error = await signedGateway()
      .doInbound(forged)
      .catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error) && error.issues.map((issue) => issue.path)).toEqual(['id']);
  });

  it('takes the fields of a signed body, whatever the URL says', async () => {
    const body = 'id=real-1&from=%2B6281200000001&text=Lampu+mati';
    const call = {
      ...formCall('https://aduan.example/webhooks/sms/android?from=%2B6281299999999&text=Laporan+palsu', body, {
        'x-signature': hmac(body),
      }),
    };
    expect(await signedGateway().doInbound(call)).toMatchObject({
      messages: [{ messageId: 'real-1', senderAddress: '+6281200000001', text: 'Lampu mati' }],
    });
  });
});

/** The desk's endpoint in front of a channel, called as a host framework would call it. */
function endpointFor(channel: ChannelV1) {
  const store = createMemoryStore();
  const desk = createDesk({ store, pseudonymKey: 'attack-test-pseudonym-key-0123456789' });
  return { store, endpoint: createChannelEndpoint({ desk, channel }) };
}

describe('item 6: an SMS over the desk’s limit is kept, not lost', () => {
  it('hands a 12 000-character SMS over unchanged (the channel cuts nothing)', async () => {
    const text = 'Jalan rusak parah. '.repeat(632);
    const result = await formGateway().doInbound(
      formCall(
        'https://aduan.example/webhooks/sms/vonage-path-token-0000',
        new URLSearchParams({ id: 'long-1', from: '+6281200000001', text }).toString(),
      ),
    );
    expect(result.kind === 'messages' && result.messages[0]?.text).toBe(text);
  });

  it('answers the gateway 200 and keeps the over-long SMS in quarantine (through the real endpoint)', async () => {
    const { store, endpoint } = endpointFor(formGateway());
    const body = new URLSearchParams({ id: 'long-2', from: '+6281200000001', text: 'Jalan rusak parah. '.repeat(632) });
    const response = await endpoint(
      new Request('https://aduan.example/webhooks/sms/vonage-path-token-0000', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }),
    );
    expect(response.status).toBe(200);
    expect((await store.doListQuarantine({ limit: 10 })).items.map((item) => item.messageId)).toEqual(['long-2']);
  });
});

describe('item 18: Twilio webhooks are answered with empty TwiML, not JSON', () => {
  it('the channel acknowledges with <Response/> as text/xml', async () => {
    const answer = twilio().acknowledge!({ messages: 1, quarantined: 0, receipts: 0 });
    expect([answer.status, answer.headers.get('content-type'), await answer.text()]).toEqual([
      200,
      'text/xml; charset=utf-8',
      '<?xml version="1.0" encoding="UTF-8"?><Response/>',
    ]);
  });

  it('an incoming SMS through the real endpoint is answered with that TwiML', async () => {
    const { endpoint } = endpointFor(twilio());
    const params = incomingSmsParams(TWILIO_ACCOUNT.accountSid, {
      messageId: 'SM00000000000000000000000000000042',
      from: '+6281200000001',
      to: TWILIO_NUMBER,
      body: 'Lampu PJU mati',
    });
    const response = await endpoint(
      new Request(TWILIO_WEBHOOK_URL, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signAsTwilio(TWILIO_ACCOUNT.authToken, TWILIO_WEBHOOK_URL, params),
        },
        body: new URLSearchParams(params),
      }),
    );
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
      200,
      'text/xml; charset=utf-8',
      '<?xml version="1.0" encoding="UTF-8"?><Response/>',
    ]);
  });
});
