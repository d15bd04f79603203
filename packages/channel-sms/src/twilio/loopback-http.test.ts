import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChannelV1 } from '@aduan/spec';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTwilio } from '../__fixtures__/fake-twilio.js';
import { TWILIO_ACCOUNT, TWILIO_NUMBER } from '../__fixtures__/twilio-harness.js';
import { incomingSmsParams, signAsTwilio } from '../__fixtures__/twilio-webhooks.js';
import { createTwilioSmsChannel } from './create-twilio-channel.js';

/** The app side: a plain node:http server handing each call to the channel and answering as it says, as a host would. */
async function startApp(channelFor: (url: string) => ChannelV1) {
  const seen: unknown[] = [];
  let channel: ChannelV1 | undefined;
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = new Headers(
      Object.entries(request.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
    );
    try {
      const result = await channel!.doInbound({
        method: request.method ?? 'GET',
        url: `${url}${request.url}`,
        headers,
        body: new Uint8Array(Buffer.concat(chunks)),
      });
      seen.push(result);
      const answer = channel!.acknowledge!({
        messages: result.kind === 'messages' ? result.messages.length : 0,
        quarantined: 0,
        receipts: 0,
      });
      response.writeHead(answer.status, Object.fromEntries(answer.headers)).end(await answer.text());
    } catch (error) {
      response.writeHead((error as { status?: number }).status ?? 400).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  channel = channelFor(`${url}/webhooks/sms/twilio`);
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url, seen, channel, close };
}

describe('Twilio SMS over real HTTP on loopback', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  it('sends through the Messages API and receives the signed status callback Twilio posts back', async () => {
    const twilio = await startFakeTwilio(TWILIO_ACCOUNT);
    const app = await startApp((webhookUrl) =>
      createTwilioSmsChannel({ ...TWILIO_ACCOUNT, from: TWILIO_NUMBER, webhookUrl, apiBaseUrl: twilio.apiBaseUrl }),
    );
    closers.push(twilio.close, app.close);

    const sent = await app.channel.doSend({
      to: '+6281200000001',
      text: 'Terima kasih, laporan diterima.',
      idempotencyKey: 'k-1',
      complaintId: 'c-1',
    });
    expect(sent.ok).toBe(true);
    const sid = sent.ok ? sent.providerMessageId : '';
    const callback = await twilio.reportStatus(sid, 'delivered');
    expect([callback.status, callback.headers.get('content-type'), await callback.text()]).toEqual([
      200,
      'text/xml; charset=utf-8',
      '<?xml version="1.0" encoding="UTF-8"?><Response/>',
    ]);
    expect(app.seen).toEqual([
      { kind: 'messages', messages: [], receipts: [expect.objectContaining({ providerMessageId: sid, status: 'delivered' })] },
    ]);
  });

  it('accepts an incoming SMS posted by Twilio and refuses one with a forged signature', async () => {
    const app = await startApp((webhookUrl) => createTwilioSmsChannel({ ...TWILIO_ACCOUNT, from: TWILIO_NUMBER, webhookUrl }));
    closers.push(app.close);
    const url = `${app.url}/webhooks/sms/twilio`;
    const params = incomingSmsParams(TWILIO_ACCOUNT.accountSid, {
      messageId: 'SM00000000000000000000000000000001',
      from: '+6281200000001',
      to: TWILIO_NUMBER,
      body: 'Lampu mati & jalan gelap',
    });
    const post = (signature: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body: new URLSearchParams(params),
      });

    expect((await post(signAsTwilio(TWILIO_ACCOUNT.authToken, url, params))).status).toBe(200);
    expect((await post(signAsTwilio('forged-token-000000000000000000', url, params))).status).toBe(403);
    expect(app.seen).toEqual([
      {
        kind: 'messages',
        receipts: [],
        messages: [expect.objectContaining({ messageId: 'SM00000000000000000000000000000001', text: 'Lampu mati & jalan gelap' })],
      },
    ]);
  });
});
