import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  InvalidInputError,
  UnauthorizedError,
  type ChannelV1,
  type InboundRequestV1,
  type OutboundMessageV1,
  type SendResultV1,
} from '@aduan/spec';
import type { ChannelHarness, ProviderFailure, ProviderSend, TestInboundMessage, TestReceipt } from '../harness.js';

/**
 * A small, correct channel used to prove the kit passes good adapters, and, with one defect
 * switched on at a time, that each check catches the defect it exists for.
 */
export type Defect =
  | 'ignores-signature'
  | 'parses-before-auth'
  | 'random-message-ids'
  | 'first-message-only'
  | 'no-idempotency'
  | 'throws-on-provider-failure'
  | 'truncates-long-text'
  | 'claims-receipts-without-parsing'
  | 'untyped-parse-error'
  | 'recipient-elsewhere';

const SECRET = 'reference-secret';
const ADDRESSES = ['+6281200000001', '+6281200000002'] as const;

const sign = (body: Uint8Array, secret = SECRET) => createHmac('sha256', secret).update(body).digest('hex');
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function request(body: Uint8Array, signature?: string): InboundRequestV1 {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (signature !== undefined) headers.set('x-signature', signature);
  return { method: 'POST', url: 'https://desk.example/webhooks/reference', headers, body };
}

interface Provider {
  sends: ProviderSend[];
  failures: ProviderFailure[];
}

function createChannel(provider: Provider, defects: ReadonlySet<Defect>): ChannelV1 {
  const ledger = new Map<string, Promise<SendResultV1>>();
  const maxTextLength = 300;

  function authenticate(request: InboundRequestV1): void {
    if (defects.has('ignores-signature')) return;
    const given = Buffer.from(request.headers.get('x-signature') ?? '');
    const expected = Buffer.from(sign(request.body));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new UnauthorizedError('bad signature');
  }

  function parse(request: InboundRequestV1): Record<string, unknown> {
    try {
      return JSON.parse(new TextDecoder().decode(request.body)) as Record<string, unknown>;
    } catch (error) {
      if (defects.has('untyped-parse-error')) throw error;
      throw new InvalidInputError('reference webhook', [{ path: '', message: 'body is not JSON' }]);
    }
  }

  async function deliver(message: OutboundMessageV1): Promise<SendResultV1> {
    const failure = provider.failures.shift();
    if (failure && defects.has('throws-on-provider-failure')) throw new Error(`provider ${failure}`);
    if (failure) return { ok: false, retryable: failure !== 'permanent', error: `provider ${failure}` };
    const text = defects.has('truncates-long-text') ? message.text.slice(0, maxTextLength) : message.text;
    if (text.length > maxTextLength) return { ok: false, retryable: false, error: 'text too long' };
    const providerMessageId = `ref-${randomUUID()}`;
    provider.sends.push({ to: message.to, text, providerMessageId });
    return { ok: true, providerMessageId };
  }

  return {
    specificationVersion: 'v1',
    channel: 'reference',
    capabilities: { attachments: false, maxTextLength, templates: false, replyWindowHours: null, deliveryReceipts: true },
    async doInbound(request) {
      if (defects.has('parses-before-auth')) parse(request);
      authenticate(request);
      const body = parse(request);
      const messages = Array.isArray(body['messages']) ? (body['messages'] as TestInboundMessage[]) : undefined;
      const receipts = Array.isArray(body['receipts']) ? (body['receipts'] as TestReceipt[]) : undefined;
      if (!messages && !receipts) throw new InvalidInputError('reference webhook', [{ path: 'messages', message: 'required' }]);
      const kept = defects.has('first-message-only') ? (messages ?? []).slice(0, 1) : (messages ?? []);
      return {
        kind: 'messages',
        messages: kept.map((message) => ({
          channel: 'reference',
          messageId: defects.has('random-message-ids') ? randomUUID() : message.messageId,
          receivedAt: message.sentAt,
          senderAddress: message.sender,
          contact: { phone: message.sender },
          text: message.text,
          attachments: [],
        })),
        receipts: defects.has('claims-receipts-without-parsing')
          ? []
          : (receipts ?? []).map((receipt) => ({ channel: 'reference', ...receipt })),
      };
    },
    doSend(message) {
      if (defects.has('no-idempotency')) return deliver(message);
      const known = ledger.get(message.idempotencyKey);
      if (known) return known;
      const attempt = deliver(message);
      ledger.set(message.idempotencyKey, attempt);
      // A failed attempt must not stick: the relay's retry has to reach the provider.
      void attempt.then((result) => (result.ok ? undefined : ledger.delete(message.idempotencyKey)), () => ledger.delete(message.idempotencyKey));
      return attempt;
    },
    recipientOf: (identity) => (defects.has('recipient-elsewhere') ? identity.whatsapp : identity.phone),
  };
}

export function referenceHarness(...defects: Defect[]): ChannelHarness {
  const provider: Provider = { sends: [], failures: [] };
  const messagesBody = (messages: readonly TestInboundMessage[]) => encode({ messages });
  return {
    channel: createChannel(provider, new Set(defects)),
    addresses: ADDRESSES,
    features: { batch: true, timestamps: true, receiptStatuses: ['sent', 'delivered', 'read', 'failed'] },
    provider: { sends: async () => [...provider.sends], failNext: (failure) => void provider.failures.push(failure) },
    requests: {
      async messages(messages) {
        const body = messagesBody(messages);
        return request(body, sign(body));
      },
      async receipts(receipts) {
        const body = encode({ receipts });
        return request(body, sign(body));
      },
      async tampered(messages) {
        const signature = sign(messagesBody(messages));
        return request(messagesBody(messages.map((message) => ({ ...message, text: `${message.text}!` }))), signature);
      },
      unauthenticated: async (messages) => request(messagesBody(messages)),
      async wrongCredentials(messages) {
        const body = messagesBody(messages);
        return request(body, sign(body, 'another-secret'));
      },
      async malformed({ authenticated }) {
        const body = new TextEncoder().encode('{"messages": [');
        return request(body, authenticated ? sign(body) : undefined);
      },
    },
  };
}
