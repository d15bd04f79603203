import type { InboundRequestV1 } from '@aduan/spec';
import type { ChannelHarness, ChannelHarnessContext, TestInboundMessage, TestReceipt } from '@aduan/test-kit';
import { createKotakSaranChannel } from '../create-kotak-saran-channel.js';
import { kioskSignature } from '../signature.js';
import { startFakeVendorApi } from './fake-vendor-api.js';

export const WEBHOOK_SECRET = 'kotak-saran-webhook-secret-0000000000';
export const API_KEY = 'ks_test_key';
/** Kiosk member ids: the residents' addresses on this channel. */
export const MEMBERS = ['KS-7F3A9C21', 'KS-0B52D4E8'] as const;
const encoder = new TextEncoder();

/** A webhook call as the kiosk makes it; `secret: undefined` leaves the signature headers out. */
export function kioskRequest(body: Uint8Array, secret: string | undefined, at = new Date()): InboundRequestV1 {
  const headers = new Headers({ 'content-type': 'application/json', 'x-kiosk-id': 'mpp-kota-01' });
  if (secret !== undefined) {
    const timestamp = String(Math.floor(at.getTime() / 1000));
    headers.set('x-kiosk-timestamp', timestamp);
    headers.set('x-kiosk-signature', kioskSignature(secret, timestamp, body));
  }
  return { method: 'POST', url: 'https://aduan.pekalongankota.go.id/webhooks/kotak-saran', headers, body };
}

const submission = (message: TestInboundMessage) => ({
  id: message.messageId,
  submittedAt: message.sentAt,
  text: message.text,
  member: { id: message.sender, name: message.senderName },
});

export const submissionsBody = (messages: readonly TestInboundMessage[]) =>
  encoder.encode(JSON.stringify({ submissions: messages.map(submission) }));

const receiptsBody = (receipts: readonly TestReceipt[]) =>
  encoder.encode(
    JSON.stringify({
      receipts: receipts.map((receipt) => ({ replyId: receipt.providerMessageId, status: receipt.status, at: receipt.at })),
    }),
  );

/** What `testChannel` needs: a fresh channel, a protocol-faithful request factory and the fake vendor API. */
export async function createKotakSaranHarness({ logger }: ChannelHarnessContext): Promise<ChannelHarness> {
  const vendor = await startFakeVendorApi(API_KEY);
  const channel = createKotakSaranChannel({
    webhookSecret: WEBHOOK_SECRET,
    apiUrl: vendor.apiUrl,
    apiKey: API_KEY,
    fetch: vendor.fetch,
    logger,
  });
  return {
    channel,
    addresses: MEMBERS,
    features: { batch: true, timestamps: true, names: true },
    requests: {
      messages: async (messages) => kioskRequest(submissionsBody(messages), WEBHOOK_SECRET),
      receipts: async (receipts) => kioskRequest(receiptsBody(receipts), WEBHOOK_SECRET),
      async tampered(messages) {
        const signed = kioskRequest(submissionsBody(messages), WEBHOOK_SECRET);
        return { ...signed, body: submissionsBody(messages.map((message) => ({ ...message, text: 'Laporan palsu' }))) };
      },
      unauthenticated: async (messages) => kioskRequest(submissionsBody(messages), undefined),
      wrongCredentials: async (messages) => kioskRequest(submissionsBody(messages), 'a-secret-the-attacker-guessed-000000'),
      async malformed({ authenticated, kind, message }) {
        // syntax: the JSON cut off inside the resident's submission; fields: the submissions list misnamed.
        const whole = JSON.stringify({ submissions: [submission(message)] });
        const text = kind === 'syntax' ? whole.slice(0, whole.indexOf('"member"')) : whole.replace('"submissions"', '"submission"');
        return kioskRequest(encoder.encode(text), authenticated ? WEBHOOK_SECRET : undefined);
      },
    },
    provider: { sends: async () => vendor.replies(), failNext: vendor.failNext },
    cleanup: vendor.close,
  };
}
