import { createMemoryChannelState } from '@aduan/adapter-utils';
import type { Clock, OutboundMessageV1 } from '@aduan/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGraphServer, type FakeGraphServer } from './__fixtures__/fake-graph-server.js';
import { ACCESS_TOKEN, PHONE_NUMBER_ID, RESIDENT, fixtureBytes, testOptions, webhookPost } from './__fixtures__/fixtures.js';
import { createWhatsAppChannel } from './create-whatsapp-channel.js';
import type { WhatsAppChannelOptions } from './options.js';

const NOW = new Date('2026-01-02T00:00:00.000Z');
const clock: Clock = { now: () => NOW };
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

let graph: FakeGraphServer;
beforeEach(async () => {
  graph = await startFakeGraphServer({ accessToken: ACCESS_TOKEN, phoneNumberId: PHONE_NUMBER_ID });
});
afterEach(() => graph.close());

function channelFor(options: Partial<WhatsAppChannelOptions> = {}) {
  return createWhatsAppChannel(testOptions({ graphApiBaseUrl: graph.url, clock, ...options }));
}

function reply(overrides: Partial<OutboundMessageV1> = {}): OutboundMessageV1 {
  return {
    to: RESIDENT,
    text: 'Terima kasih, laporan Bapak/Ibu sudah kami teruskan ke Dinas Pekerjaan Umum.',
    idempotencyKey: 'complaint-1:3',
    complaintId: 'complaint-1',
    lastInboundAt: hoursAgo(2),
    ...overrides,
  };
}

describe('doSend through the Graph API', () => {
  it('posts free text inside the window with the bearer token, to the configured version and number', async () => {
    const result = await channelFor({ graphApiVersion: 'v22.0' }).doSend(reply());
    expect(result).toEqual({ ok: true, providerMessageId: graph.accepted[0]?.id });
    expect(graph.accepted).toHaveLength(1);
    expect(graph.accepted[0]).toMatchObject({
      path: `/v22.0/${PHONE_NUMBER_ID}/messages`,
      authorization: `Bearer ${ACCESS_TOKEN}`,
      body: { messaging_product: 'whatsapp', recipient_type: 'individual', to: RESIDENT, type: 'text', text: { body: reply().text } },
    });
  });

  it('sends the approved template outside the 24-hour window, with the reply as one-line parameter', async () => {
    await channelFor().doSend(reply({ lastInboundAt: hoursAgo(25), text: 'Jalan sudah diperbaiki.\n\nTerima kasih.' }));
    expect(graph.accepted[0]?.body).toMatchObject({
      type: 'template',
      template: {
        name: 'aduan_tanggapan',
        language: { code: 'id' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Jalan sudah diperbaiki. Terima kasih.' }] }],
      },
    });
  });

  it('uses the template when nothing is known of the resident, and custom parameters when configured', async () => {
    const channel = channelFor({
      templates: { outsideWindow: { name: 'aduan_update', language: 'en_US', parameters: ({ complaintId }) => [complaintId] } },
    });
    await channel.doSend(reply({ lastInboundAt: undefined }));
    expect(graph.accepted[0]?.body['template']).toEqual({
      name: 'aduan_update',
      language: { code: 'en_US' },
      components: [{ type: 'body', parameters: [{ type: 'text', text: 'complaint-1' }] }],
    });
  });

  it('falls back to the inbound messages it parsed itself when the caller knows nothing', async () => {
    // The fixture's message was written at 2026-01-01T00:00Z; one minute short of 24 hours later:
    const channel = channelFor({ clock: { now: () => new Date('2026-01-01T23:59:00.000Z') } });
    await channel.doInbound(webhookPost(fixtureBytes('text-message')));
    await channel.doSend(reply({ lastInboundAt: undefined }));
    expect(graph.accepted[0]?.body['type']).toBe('text');
  });

  it("sends the template when the caller's lastInboundAt says the window closed, whatever the channel saw", async () => {
    const channel = channelFor({ clock: { now: () => new Date('2026-01-01T23:59:00.000Z') } });
    await channel.doInbound(webhookPost(fixtureBytes('text-message')));
    await channel.doSend(reply({ lastInboundAt: '2025-12-30T00:00:00.000Z' }));
    expect(graph.accepted[0]?.body['type']).toBe('template');
  });

  it('cuts the default template parameter at maxTemplateParameterLength', async () => {
    await channelFor({ maxTemplateParameterLength: 20 }).doSend(
      reply({ lastInboundAt: undefined, text: 'Jalan di depan pasar sudah diperbaiki.' }),
    );
    const template = graph.accepted[0]?.body['template'] as { components: [{ parameters: [{ text: string }] }] };
    expect(template.components[0].parameters[0].text).toBe('Jalan di depan…');
  });

  it('refuses free text over 4096 characters as permanent and sends nothing (the relay splits)', async () => {
    const result = await channelFor().doSend(reply({ text: 'a'.repeat(4097) }));
    expect(result).toEqual({ ok: false, retryable: false, code: 'too_long', error: expect.stringContaining('4097 characters') });
    expect(graph.requests).toBe(0);
    expect(await channelFor().doSend(reply({ text: 'a'.repeat(4096), idempotencyKey: 'k-4096' }))).toMatchObject({ ok: true });
  });

  it('never sends twice for one idempotency key, also when called twice at once', async () => {
    const channel = channelFor();
    const [first, second] = await Promise.all([channel.doSend(reply()), channel.doSend(reply())]);
    const third = await channel.doSend(reply());
    expect(graph.accepted).toHaveLength(1);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it('reports the provider being down as retryable and delivers once it is back', async () => {
    const channel = channelFor();
    graph.setDown(true);
    const failed = await channel.doSend(reply());
    expect(failed).toEqual({
      ok: false,
      retryable: true,
      error: expect.stringMatching(/^Graph API 503 code 2: Service temporarily unavailable \[fbtrace_id .+\]$/),
    });
    graph.setDown(false);
    expect(await channel.doSend(reply())).toEqual({ ok: true, providerMessageId: graph.accepted[0]?.id });
  });

  it.each([
    [429, 130429, 'Rate limit hit', true, 'rate_limited'],
    [400, 131056, '(Business Account, Consumer Account) pair rate limit hit', true, 'rate_limited'],
    [400, 80007, 'Rate limit issues', true, 'rate_limited'],
    [500, 1, 'An unknown error occurred', true, undefined],
    [400, 100, 'Invalid parameter', false, 'rejected'],
    [400, 131026, 'Message undeliverable', false, 'invalid_recipient'],
    [400, 131047, 'Re-engagement message', false, 'outside_window'],
    [401, 190, 'Error validating access token', false, 'rejected'],
  ])('maps HTTP %i with Graph code %i (%s) to retryable=%s, code %s', async (status, code, message, retryable, failureCode) => {
    graph.failNext(status, code, message);
    const result = await channelFor().doSend(reply());
    expect(result).toEqual({
      ok: false,
      retryable,
      error: expect.stringContaining(`Graph API ${status} code ${code}: ${message}`),
      ...(failureCode ? { code: failureCode } : {}),
    });
  });

  it('frees the key after a refusal, so the relay retry sends', async () => {
    const channel = channelFor();
    graph.failNext(400, 131056, 'pair rate limit hit');
    expect(await channel.doSend(reply())).toMatchObject({ ok: false, retryable: true });
    expect(await channel.doSend(reply())).toMatchObject({ ok: true });
    expect(graph.accepted).toHaveLength(1);
  });

  it('reports a refused connection as retryable and unreachable', async () => {
    graph.failNextAs('unreachable');
    expect(await channelFor({ fetch: graph.fetch }).doSend(reply())).toMatchObject({
      ok: false,
      retryable: true,
      code: 'unreachable',
      error: expect.stringMatching(/^Graph API unreachable/),
    });
    expect(graph.requests).toBe(0);
  });

  it('holds a reply in doubt when its answer is lost, and never sends its key again', async () => {
    const channel = channelFor({ fetch: graph.fetch });
    graph.failNextAs('lost');
    expect(await channel.doSend(reply())).toMatchObject({ ok: false, retryable: false, code: 'in_doubt' });
    expect(await channel.doSend(reply())).toMatchObject({ ok: false, retryable: false, code: 'in_doubt' });
    // Graph did take the first call; nothing was sent after it.
    expect(graph.accepted).toHaveLength(1);
  });

  it('holds a reply in doubt after a timeout', async () => {
    graph.failNextAs('hang');
    const result = await channelFor({ requestTimeoutMs: 50 }).doSend(reply());
    expect(result).toMatchObject({ ok: false, retryable: false, code: 'in_doubt', error: expect.stringContaining('Timeout') });
  });

  it('holds a reply in doubt after a 504 from a proxy, and when Graph accepts it without a message id', async () => {
    graph.failNextAs({ status: 504, body: 'Gateway Timeout' });
    expect(await channelFor().doSend(reply())).toMatchObject({ ok: false, retryable: false, code: 'in_doubt' });
    graph.failNextAs({ status: 200, body: { messaging_product: 'whatsapp' } });
    const result = await channelFor().doSend(reply({ idempotencyKey: 'other-key' }));
    expect(result).toMatchObject({ ok: false, retryable: false, code: 'in_doubt', error: expect.stringContaining('messages[0].id') });
  });

  it("keeps the resident's number out of the error when Graph quotes it", async () => {
    graph.failNext(400, 131030, `Recipient phone number +${RESIDENT} not in allowed list`);
    const result = await channelFor().doSend(reply());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).not.toContain(RESIDENT.slice(-9));
  });

  it('sends once when two instances share one channel state and both relay the same reply', async () => {
    const state = createMemoryChannelState();
    const [first, second] = [channelFor({ state }), channelFor({ state })];
    const [sent, held] = await Promise.all([first.doSend(reply()), second.doSend(reply())]);
    expect(graph.accepted).toHaveLength(1);
    expect(sent).toEqual({ ok: true, providerMessageId: graph.accepted[0]?.id });
    // The second instance saw the first one's claim: it sent nothing and the relay will ask again.
    expect(held).toMatchObject({ ok: false, retryable: true });
    expect(await second.doSend(reply())).toEqual(sent);
  });

  it('refuses an address that is not a WhatsApp number without calling Graph', async () => {
    expect(await channelFor().doSend(reply({ to: 'budi@example.com' }))).toMatchObject({ ok: false, retryable: false });
    expect(graph.requests).toBe(0);
  });

  it('accepts +62 and spaced numbers, sending digits only', async () => {
    await channelFor().doSend(reply({ to: '+62 812-0000-0001' }));
    expect(graph.accepted[0]?.body['to']).toBe(RESIDENT);
  });
});
