import { AduanError, MethodNotAllowedError, UnauthorizedError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { VERIFY_TOKEN, testOptions, verificationGet } from './__fixtures__/fixtures.js';
import { createWhatsAppChannel } from './create-whatsapp-channel.js';

const channel = createWhatsAppChannel(testOptions());

describe('webhook verification (GET)', () => {
  it('echoes hub.challenge as text/plain 200 when the verify token matches', async () => {
    const result = await channel.doInbound(
      verificationGet({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1158201444' }),
    );
    expect(result.kind).toBe('handshake');
    if (result.kind !== 'handshake') return;
    expect(result.response.status).toBe(200);
    expect(result.response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await result.response.text()).toBe('1158201444');
  });

  it.each([
    ['a wrong token', { 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' }, 403],
    ['the token with a suffix', { 'hub.mode': 'subscribe', 'hub.verify_token': `${VERIFY_TOKEN}x`, 'hub.challenge': '1' }, 403],
    ['no token', { 'hub.mode': 'subscribe', 'hub.challenge': '1' }, 401],
    ['no token and another mode (the token is checked first)', { 'hub.mode': 'unsubscribe' }, 401],
  ])('refuses %s with %i', async (_, query, status) => {
    const error = await channel.doInbound(verificationGet(query)).catch((caught: unknown) => caught);
    expect(UnauthorizedError.isInstance(error) && error.status).toBe(status);
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

  it('refuses other methods with 405, naming the allowed ones', async () => {
    const error = await channel
      .doInbound({ method: 'PUT', url: 'https://aduan.example.go.id/webhooks/whatsapp', headers: new Headers(), body: new Uint8Array() })
      .catch((caught: unknown) => caught);
    expect(MethodNotAllowedError.isInstance(error) && error.allow).toEqual(['GET', 'POST']);
  });
});
