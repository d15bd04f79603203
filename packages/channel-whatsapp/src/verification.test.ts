import { AduanError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { VERIFY_TOKEN, testOptions, verificationGet } from './__fixtures__/fixtures.js';
import { createWhatsAppChannel } from './create-whatsapp-channel.js';

const channel = createWhatsAppChannel(testOptions());

describe('webhook verification (GET)', () => {
  it('echoes hub.challenge as text/plain 200 when the verify token matches', async () => {
    const result = await channel.doInbound(verificationGet({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1158201444' }));
    expect(result.kind).toBe('handshake');
    if (result.kind !== 'handshake') return;
    expect(result.response.status).toBe(200);
    expect(result.response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await result.response.text()).toBe('1158201444');
  });

  it.each([
    ['a wrong token', { 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' }],
    ['no token', { 'hub.mode': 'subscribe', 'hub.challenge': '1' }],
    ['the token with a suffix', { 'hub.mode': 'subscribe', 'hub.verify_token': `${VERIFY_TOKEN}x`, 'hub.challenge': '1' }],
  ])('refuses %s with 403', async (_, query) => {
    const error = await channel.doInbound(verificationGet(query)).catch((caught: unknown) => caught);
    expect(AduanError.hasCode(error, 'unauthorized') && error.details['status']).toBe(403);
  });

  it('refuses a mode other than subscribe and a missing challenge as invalid input', async () => {
    const queries: Record<string, string>[] = [
      { 'hub.mode': 'unsubscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1' },
      { 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN },
    ];
    for (const query of queries) {
      const error = await channel.doInbound(verificationGet(query)).catch((caught: unknown) => caught);
      expect(AduanError.hasCode(error, 'invalid_input')).toBe(true);
    }
  });

  it('refuses other methods as invalid input', async () => {
    const error = await channel
      .doInbound({ method: 'PUT', url: 'https://aduan.example.go.id/webhooks/whatsapp', headers: new Headers(), body: new Uint8Array() })
      .catch((caught: unknown) => caught);
    expect(AduanError.hasCode(error, 'invalid_input')).toBe(true);
  });
});
