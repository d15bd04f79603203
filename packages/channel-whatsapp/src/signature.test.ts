import { createHmac } from 'node:crypto';
import { AduanError, type UnauthorizedError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { APP_SECRET, fixtureBytes, testOptions, webhookPost } from './__fixtures__/fixtures.js';
import { createWhatsAppChannel } from './create-whatsapp-channel.js';
import { signWhatsAppPayload, verifyWhatsAppSignature } from './signature.js';

const body = fixtureBytes('text-message');
const channel = createWhatsAppChannel(testOptions());

async function rejection(promise: Promise<unknown>): Promise<UnauthorizedError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(AduanError.hasCode(error, 'unauthorized')).toBe(true);
  return error as UnauthorizedError;
}

describe('X-Hub-Signature-256', () => {
  it('is sha256= and the hex HMAC-SHA256 of the raw body with the app secret', () => {
    const expected = createHmac('sha256', APP_SECRET).update(body).digest('hex');
    expect(signWhatsAppPayload(APP_SECRET, body)).toBe(`sha256=${expected}`);
  });

  it('accepts a valid signature, in upper-case hex too', async () => {
    await expect(channel.doInbound(webhookPost(body))).resolves.toMatchObject({ kind: 'messages' });
    const upper = `sha256=${signWhatsAppPayload(APP_SECRET, body).slice(7).toUpperCase()}`;
    expect(() => verifyWhatsAppSignature(APP_SECRET, body, upper)).not.toThrow();
  });

  it('rejects a body altered after signing with 403 (wrong credentials)', async () => {
    const tampered = new TextEncoder().encode(new TextDecoder().decode(body).replace('Hayam Wuruk', 'Hayam Wurux'));
    const error = await rejection(channel.doInbound(webhookPost(tampered, signWhatsAppPayload(APP_SECRET, body))));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/does not match/);
  });

  it('rejects a signature made with another secret with 403', async () => {
    const error = await rejection(channel.doInbound(webhookPost(body, signWhatsAppPayload('another-secret', body))));
    expect(error.status).toBe(403);
  });

  it('rejects a missing header with 401 and says so', async () => {
    const error = await rejection(channel.doInbound(webhookPost(body, null)));
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/missing/);
  });

  it.each([
    ['the old SHA-1 prefix', `sha1=${createHmac('sha1', APP_SECRET).update(body).digest('hex')}`],
    ['no prefix', createHmac('sha256', APP_SECRET).update(body).digest('hex')],
    ['a truncated digest', signWhatsAppPayload(APP_SECRET, body).slice(0, 40)],
    ['non-hex digits', `sha256=${'z'.repeat(64)}`],
  ])('rejects %s with 403', async (_, signature) => {
    const error = await rejection(channel.doInbound(webhookPost(body, signature)));
    expect(error.status).toBe(403);
  });

  it('checks before parsing: a malformed body with a bad signature is refused as unauthorized, not 400', async () => {
    const garbage = new TextEncoder().encode('{not json');
    await rejection(channel.doInbound(webhookPost(garbage, signWhatsAppPayload('wrong', garbage))));
  });

  it('verifies the bytes as sent, not re-serialised JSON (Meta escapes non-ASCII as \\u)', async () => {
    const parsed = JSON.parse(new TextDecoder().decode(fixtureBytes('other-messages'))) as unknown;
    const escaped = JSON.stringify(parsed).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const wire = new TextEncoder().encode(escaped);
    const result = await channel.doInbound(webhookPost(wire));
    expect(result.kind === 'messages' && result.messages.some((message) => message.text.includes('\u{1F64F}'))).toBe(true);
    // The same document serialised differently has other bytes, hence another signature.
    expect(signWhatsAppPayload(APP_SECRET, JSON.stringify(parsed))).not.toBe(signWhatsAppPayload(APP_SECRET, wire));
  });
});
