import { readFileSync } from 'node:fs';
import type { InboundRequestV1 } from '@aduan/spec';
import type { WhatsAppChannelOptions } from '../options.js';
import { signWhatsAppPayload } from '../signature.js';

/** Made-up credentials of the redacted fixtures. */
export const APP_SECRET = 'test-app-secret-0123456789abcdef';
export const VERIFY_TOKEN = 'lapor-ajib-verify-token';
export const ACCESS_TOKEN = 'EAAtest-access-token';
export const PHONE_NUMBER_ID = '109876543210987';
export const RESIDENT = '6281200000001';

export type FixtureName =
  | 'text-message'
  | 'image-message'
  | 'location-message'
  | 'location-reply'
  | 'other-messages'
  | 'statuses'
  | 'batch'
  | 'other-number';

/** The fixture's exact bytes, as a webhook would carry them. */
export function fixtureBytes(name: FixtureName): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./${name}.json`, import.meta.url)));
}

/** A fixture with every message id replaced, for tests that need fresh ids. */
export function fixtureWithFreshIds(name: FixtureName, suffix: string): Uint8Array {
  const text = new TextDecoder().decode(fixtureBytes(name));
  return new TextEncoder().encode(text.replace(/"(wamid\.[^"]+)"/g, `"$1${suffix}"`));
}

/** A POST as Meta sends it: raw bytes, signed with the app secret unless told otherwise. */
export function webhookPost(body: Uint8Array, signature: string | null = signWhatsAppPayload(APP_SECRET, body)): InboundRequestV1 {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (signature !== null) headers.set('x-hub-signature-256', signature);
  return { method: 'POST', url: 'https://aduan.example.go.id/webhooks/whatsapp', headers, body };
}

export function verificationGet(query: Record<string, string>): InboundRequestV1 {
  const url = `https://aduan.example.go.id/webhooks/whatsapp?${new URLSearchParams(query)}`;
  return { method: 'GET', url, headers: new Headers(), body: new Uint8Array(0) };
}

/** Options for a channel over the redacted fixtures; tests override what they exercise. */
export function testOptions(overrides: Partial<WhatsAppChannelOptions> = {}): WhatsAppChannelOptions {
  return {
    appSecret: APP_SECRET,
    verifyToken: VERIFY_TOKEN,
    accessToken: ACCESS_TOKEN,
    phoneNumberId: PHONE_NUMBER_ID,
    templates: { outsideWindow: { name: 'aduan_tanggapan', language: 'id' } },
    ...overrides,
  };
}
