import { InvalidConfigError, UnauthorizedError } from '@aduan/spec';
import { createVirtualClock } from '@aduan/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTwilio } from '../__fixtures__/fake-twilio.js';
import { fixture, formFixture } from '../__fixtures__/fixtures.js';
import { TWILIO_ACCOUNT, TWILIO_NUMBER, TWILIO_WEBHOOK_URL } from '../__fixtures__/twilio-harness.js';
import { signAsTwilio, twilioWebhookRequest } from '../__fixtures__/twilio-webhooks.js';
import { createTwilioSmsChannel } from './create-twilio-channel.js';
import type { TwilioSmsOptions } from './options.js';

const FIXTURE_ACCOUNT = { accountSid: 'AC00000000000000000000000000000000', authToken: 'fixture-auth-token-0000' };
const clock = createVirtualClock('2025-03-14T02:21:07.000Z');
const channel = createTwilioSmsChannel({
  ...FIXTURE_ACCOUNT,
  from: TWILIO_NUMBER,
  webhookUrl: TWILIO_WEBHOOK_URL,
  clock,
  fetch: () => Promise.reject(new Error('no network')),
});
const signedFixture = (name: string) => {
  const params = formFixture(name);
  return twilioWebhookRequest(TWILIO_WEBHOOK_URL, params, signAsTwilio(FIXTURE_ACCOUNT.authToken, TWILIO_WEBHOOK_URL, params));
};

describe('Twilio SMS inbound (recorded payloads)', () => {
  it('reads an incoming SMS with its sid, E.164 sender and exact text', async () => {
    const result = await channel.doInbound(signedFixture('twilio-incoming-sms.form.txt'));
    expect(result).toEqual({
      kind: 'messages',
      receipts: [],
      messages: [
        {
          channel: 'sms',
          messageId: 'SM0f3c2a9e8b7d6c5b4a39281706f5e4d3',
          receivedAt: '2025-03-14T02:21:07.000Z',
          senderAddress: '+6281200000000',
          contact: { phone: '+6281200000000' },
          text: 'Selamat siang, saya mau lapor lampu PJU di Jl. Dr. Sutomo dekat Gg. 5 Kel. Kauman mati sudah seminggu, kalau malam gelap sekali dan rawan kecelakaan. Mohon segera diperbaiki. Terima kasih 🙏',
          attachments: [],
        },
      ],
    });
  });

  it('reads status callbacks: delivered, undelivered with its error code, and ignores progress states', async () => {
    const delivered = await channel.doInbound(signedFixture('twilio-status-delivered.form.txt'));
    expect(delivered).toMatchObject({
      messages: [],
      receipts: [{ providerMessageId: 'SM5a1b2c3d4e5f60718293a4b5c6d7e8f9', status: 'delivered' }],
    });
    const undelivered = await channel.doInbound(signedFixture('twilio-status-undelivered.form.txt'));
    expect(undelivered).toMatchObject({ receipts: [{ status: 'failed', error: 'Twilio error 30003' }] });
    expect(await channel.doInbound(signedFixture('twilio-status-sending.form.txt'))).toEqual({
      kind: 'messages',
      messages: [],
      receipts: [],
    });
  });

  it('reads MMS media as attachments', async () => {
    const params = {
      ...formFixture('twilio-incoming-sms.form.txt'),
      NumMedia: '1',
      MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0',
      MediaContentType0: 'image/jpeg',
    };
    const result = await channel.doInbound(
      twilioWebhookRequest(TWILIO_WEBHOOK_URL, params, signAsTwilio(FIXTURE_ACCOUNT.authToken, TWILIO_WEBHOOK_URL, params)),
    );
    expect(result).toMatchObject({ messages: [{ attachments: [{ url: params.MediaUrl0, contentType: 'image/jpeg' }] }] });
  });

  it('refuses a call signed for another URL with 403, hinting at webhookUrl', async () => {
    const params = formFixture('twilio-incoming-sms.form.txt');
    const elsewhere = 'https://proxy.internal/sms';
    const error = await channel
      .doInbound(twilioWebhookRequest(TWILIO_WEBHOOK_URL, params, signAsTwilio(FIXTURE_ACCOUNT.authToken, elsewhere, params)))
      .catch((e: unknown) => e);
    expect(UnauthorizedError.isInstance(error) && error.status).toBe(403);
    expect((error as Error).message).toMatch(/webhookUrl/);
  });
});

describe('Twilio SMS outbound', () => {
  const fakes: Awaited<ReturnType<typeof startFakeTwilio>>[] = [];
  afterEach(async () => {
    await Promise.all(fakes.splice(0).map((fake) => fake.close()));
  });
  async function setup(options: Partial<TwilioSmsOptions> = {}) {
    const fake = await startFakeTwilio(TWILIO_ACCOUNT);
    fakes.push(fake);
    return {
      fake,
      channel: createTwilioSmsChannel({
        ...TWILIO_ACCOUNT,
        from: TWILIO_NUMBER,
        webhookUrl: TWILIO_WEBHOOK_URL,
        apiBaseUrl: fake.apiBaseUrl,
        ...options,
      }),
    };
  }
  const reply = { to: '+6281200000001', text: 'Laporan Anda sudah diteruskan ke DPUPR.', idempotencyKey: 'c-9:3', complaintId: 'c-9' };

  it('creates a Message with the status callback pointing back at the webhook', async () => {
    const { fake, channel: twilio } = await setup();
    const result = await twilio.doSend(reply);
    expect(result).toEqual({ ok: true, providerMessageId: fake.messages()[0]?.sid });
    expect(fake.messages()).toMatchObject([{ to: reply.to, from: TWILIO_NUMBER, body: reply.text, statusCallback: TWILIO_WEBHOOK_URL }]);
  });

  it('sends through a Messaging Service when `from` is an MG sid', async () => {
    const { fake, channel: twilio } = await setup({ from: 'MG00000000000000000000000000000000' });
    await twilio.doSend(reply);
    expect(fake.messages()[0]?.from).toBe('MG00000000000000000000000000000000');
  });

  it("reports Twilio's error code and message on a permanent failure, without the number Twilio quotes", async () => {
    const { fake, channel: twilio } = await setup();
    fake.failNext('permanent');
    expect(await twilio.doSend(reply)).toEqual({
      ok: false,
      retryable: false,
      code: 'invalid_recipient',
      error: "Twilio answered HTTP 400: 21211 Invalid 'To' Phone Number: [alamat]",
    });
  });

  it('fails permanently with a clear message when the credentials are wrong', async () => {
    const { channel: twilio } = await setup({ authToken: 'ffffffffffffffffffffffffffffffff' });
    expect(await twilio.doSend(reply)).toEqual({
      ok: false,
      retryable: false,
      code: 'rejected',
      error: 'Twilio answered HTTP 401: 20003 Authenticate',
    });
  });

  it('splits into separate messages when maxPartLength is set', async () => {
    const { fake, channel: twilio } = await setup({ maxPartLength: 20 });
    await twilio.doSend(reply);
    expect(fake.messages().map((message) => message.body)).toEqual(['Laporan Anda sudah', 'diteruskan ke DPUPR.']);
  });

  it('reads the recorded created-message answer', async () => {
    const recorded = fixture('twilio-message-created.json');
    const twilio = createTwilioSmsChannel({
      ...TWILIO_ACCOUNT,
      from: TWILIO_NUMBER,
      webhookUrl: TWILIO_WEBHOOK_URL,
      fetch: async () => new Response(recorded, { status: 201, headers: { 'content-type': 'application/json' } }),
    });
    expect(await twilio.doSend(reply)).toEqual({ ok: true, providerMessageId: 'SM5a1b2c3d4e5f60718293a4b5c6d7e8f9' });
  });

  it('reads the recorded error answer', async () => {
    const twilio = createTwilioSmsChannel({
      ...TWILIO_ACCOUNT,
      from: TWILIO_NUMBER,
      webhookUrl: TWILIO_WEBHOOK_URL,
      fetch: async () => new Response(fixture('twilio-error-21211.json'), { status: 400 }),
    });
    expect(await twilio.doSend(reply)).toEqual({
      ok: false,
      retryable: false,
      code: 'invalid_recipient',
      error: "Twilio answered HTTP 400: 21211 Invalid 'To' Phone Number: +62812000XXXX",
    });
  });
});

describe('Twilio SMS options', () => {
  it('lists every configuration problem at start-up', () => {
    const attempt = () => createTwilioSmsChannel({ accountSid: 'AC123', authToken: '', from: '', webhookUrl: '/relative' });
    expect(attempt).toThrow(InvalidConfigError);
    expect(attempt).toThrow(/accountSid.*authToken.*from.*webhookUrl/);
  });
});
