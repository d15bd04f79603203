import { createHmac } from 'node:crypto';
import type { InboundRequestV1 } from '@aduan/spec';
import type { ChannelHarness, ChannelHarnessContext, ChannelRequestFactory, TestInboundMessage, TestReceipt } from '@aduan/test-kit';
import { createSmsGatewayChannel } from '../gateway/create-gateway-channel.js';
import type { SmsGatewayOptions } from '../gateway/options.js';
import { startFakeGateway } from './fake-gateway.js';

const GATEWAY_API_KEY = 'gw-api-key-0000000000';
const PATH_TOKEN = 'c2VjcmV0LXBhdGgtdG9rZW4';
const HMAC_SECRET = 'android-gateway-signing-secret';

const WEBHOOK_BASE = 'https://aduan.pekalongankota.go.id/webhooks/sms';
const encoder = new TextEncoder();

function only<T>(items: readonly T[]): T {
  if (items.length !== 1) throw new Error('the gateway posts one SMS or report per webhook call');
  return items[0]!;
}

/** A copy of `record` without the named fields. */
const without = <V>(record: Readonly<Record<string, V>>, ...names: string[]): Record<string, V> =>
  Object.fromEntries(Object.entries(record).filter(([name]) => !names.includes(name)));

/** `2025-03-14 02:21:07`: Vonage-style UTC time without an offset. */
const utcLocal = (iso: string) => iso.slice(0, 19).replace('T', ' ');
/** `2025-03-14T09:21:07.000+07:00`: the same instant in WIB. */
const wib = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().replace('Z', '+07:00');

function formRequest(url: string, body: string): InboundRequestV1 {
  const headers = new Headers({ 'content-type': 'application/x-www-form-urlencoded' });
  return { method: 'POST', url, headers, body: encoder.encode(body) };
}

/**
 * Vonage-style form webhooks (`msisdn`, `messageId`, `concat-*`), a secret URL path token,
 * delivery reports, and a form send API taking `6281…` numbers.
 */
function formVariant(): { options: Omit<SmsGatewayOptions, 'send'>; requests: ChannelRequestFactory } {
  const fieldsOf = (message: TestInboundMessage) => ({
    msisdn: message.sender.slice(1),
    to: '6228500000000',
    messageId: message.messageId,
    text: message.text,
    type: 'text',
    'message-timestamp': utcLocal(message.sentAt),
  });
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const vonageStatus = { sent: 'accepted', delivered: 'delivered', failed: 'failed', read: 'read' } as const;
  const signedUrl = `${WEBHOOK_BASE}/${PATH_TOKEN}`;
  return {
    options: {
      auth: { type: 'path-token', token: PATH_TOKEN },
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
      receipts: { fields: { messageId: 'messageId', status: 'status', timestamp: 'message-timestamp' }, statuses: { accepted: 'sent' } },
    },
    requests: {
      messages: async (messages) => formRequest(signedUrl, form(fieldsOf(only(messages)))),
      async receipts(receipts: readonly TestReceipt[]) {
        const receipt = only(receipts);
        return formRequest(
          signedUrl,
          form({
            msisdn: '6281200000001',
            messageId: receipt.providerMessageId,
            status: vonageStatus[receipt.status],
            'err-code': receipt.status === 'failed' ? '1' : '0',
            'message-timestamp': utcLocal(receipt.at),
          }),
        );
      },
      unauthenticated: async (messages) => formRequest(WEBHOOK_BASE, form(fieldsOf(only(messages)))),
      wrongCredentials: async (messages) => formRequest(`${WEBHOOK_BASE}/d3JvbmctcGF0aC10b2tlbg`, form(fieldsOf(only(messages)))),
      async malformed({ authenticated, kind, message }) {
        // syntax: a % escape that is no UTF-8 after the resident's fields; fields: no message id.
        const body = kind === 'syntax' ? `${form(fieldsOf(message))}&keyword=%E0%A4%A` : form(without(fieldsOf(message), 'messageId'));
        return formRequest(authenticated ? signedUrl : WEBHOOK_BASE, body);
      },
    },
  };
}

/** Android-gateway-style JSON webhooks (`payload.phoneNumber` as `0812…`), signed with HMAC-SHA256, no reports. */
function jsonVariant(): { options: Omit<SmsGatewayOptions, 'send'>; requests: ChannelRequestFactory } {
  const payloadOf = (message: TestInboundMessage, text = message.text) => ({
    messageId: message.messageId,
    message: text,
    phoneNumber: `0${message.sender.slice(3)}`,
    simNumber: 1,
    receivedAt: wib(message.sentAt),
  });
  const bodyOf = (payload: Record<string, unknown>) =>
    encoder.encode(JSON.stringify({ deviceId: 'ffffffff00000000aaaa0000bbbb0000', event: 'sms:received', payload }));
  const request = (body: Uint8Array, secret: string | undefined): InboundRequestV1 => {
    const headers = new Headers({ 'content-type': 'application/json' });
    if (secret !== undefined) headers.set('x-signature', createHmac('sha256', secret).update(body).digest('hex'));
    return { method: 'POST', url: `${WEBHOOK_BASE}/android`, headers, body };
  };
  return {
    options: {
      auth: { type: 'hmac-sha256', header: 'x-signature', secret: HMAC_SECRET },
      inbound: {
        fields: { from: 'payload.phoneNumber', text: 'payload.message', messageId: 'payload.messageId', timestamp: 'payload.receivedAt' },
      },
    },
    requests: {
      messages: async (messages) => request(bodyOf(payloadOf(only(messages))), HMAC_SECRET),
      async tampered(messages) {
        const signedRequest = request(bodyOf(payloadOf(only(messages))), HMAC_SECRET);
        return { ...signedRequest, body: bodyOf(payloadOf(only(messages), 'Laporan palsu')) };
      },
      unauthenticated: async (messages) => request(bodyOf(payloadOf(only(messages))), undefined),
      wrongCredentials: async (messages) => request(bodyOf(payloadOf(only(messages))), 'another-secret-of-someone-else'),
      async malformed({ authenticated, kind, message }) {
        const whole = new TextDecoder().decode(bodyOf(payloadOf(message)));
        const body =
          kind === 'syntax'
            ? encoder.encode(whole.slice(0, whole.indexOf('"simNumber"')))
            : bodyOf(without(payloadOf(message), 'messageId'));
        return request(body, authenticated ? HMAC_SECRET : undefined);
      },
    },
  };
}

export type GatewayVariant = 'form-path-token' | 'json-hmac';

/** A generic-gateway channel wired to a fake gateway send API on loopback, for `testChannel`. */
export async function createGatewayHarness(variant: GatewayVariant, { logger }: ChannelHarnessContext): Promise<ChannelHarness> {
  const form = variant === 'form-path-token';
  const fields = form ? { to: 'to', text: 'text', reference: 'client-ref' } : { to: 'phoneNumber', text: 'message' };
  const fake = await startFakeGateway({ apiKey: GATEWAY_API_KEY, format: form ? 'form' : 'json', fields });
  const { options, requests } = form ? formVariant() : jsonVariant();
  const channel = createSmsGatewayChannel({
    ...options,
    send: {
      url: fake.sendUrl,
      format: form ? 'form' : 'json',
      headers: { 'x-api-key': GATEWAY_API_KEY },
      fields,
      constants: form ? { from: 'PEMKOT PKL' } : {},
      messageIdPath: 'data.messageId',
      phoneFormat: form ? 'international' : 'national',
    },
    fetch: fake.fetch,
    logger,
  });
  // The fake records numbers as the gateway received them; report them in E.164 like the adapter.
  const e164 = (to: string) => (form ? `+${to}` : `+62${to.slice(1)}`);
  return {
    channel,
    addresses: ['+6281200000001', '+6285700000002'],
    features: { batch: false, timestamps: true, receiptStatuses: ['sent', 'delivered', 'failed'] },
    requests,
    provider: {
      sends: async () => fake.sends().map((send) => ({ to: e164(send.to), text: send.text, providerMessageId: send.providerMessageId })),
      failNext: fake.failNext,
    },
    cleanup: fake.close,
  };
}
