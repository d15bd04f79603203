import { createHmac, randomUUID } from 'node:crypto';
import {
  callProvider,
  constantTimeEqual,
  createMemoryChannelState,
  createReplyWindow,
  createSendLedger,
  isRetryableStatus,
  type AdapterLogger,
  type SendAttemptOutcome,
} from '@aduan/adapter-utils';
import {
  InvalidInputError,
  UnauthorizedError,
  type ChannelV1,
  type DeliveryReceiptV1,
  type FieldIssue,
  type InboundMessageV1,
  type InboundRequestV1,
  type OutboundMessageV1,
  type SendResultV1,
} from '@aduan/spec';
import { startFakeProvider } from '../fake-provider.js';
import type { ChannelHarness, ChannelHarnessContext, ProviderSend, TestInboundMessage, TestReceipt } from '../harness.js';

/**
 * A small, correct channel used to prove the kit passes good adapters, and, with one defect
 * switched on at a time, that each check catches the defect it exists for. Its provider is a
 * real loopback server (`startFakeProvider`); replies go through the send ledger and the reply
 * window of `@aduan/adapter-utils`, as a real adapter's would.
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
  | 'recipient-elsewhere'
  | 'untyped-missing-fields'
  | 'same-status-for-every-auth-failure'
  | 'fixed-recipient'
  | 'echoes-input-in-errors'
  | 'logs-personal-data'
  | 'number-in-send-errors'
  | 'claims-attachments-without-parsing'
  | 'claims-templates-without-sending'
  | 'hangs'
  | 'mangles-odd-ids'
  | 'resends-after-lost-answer'
  | 'forbidden-when-unsigned'
  | 'remembers-first-sender'
  | 'hides-attachments'
  | 'free-text-outside-window'
  | 'outside-window-unlabelled';

const SECRET = 'reference-webhook-secret';
const API_KEY = 'reference-api-key';
const ADDRESSES = ['+6281200000001', '+6281200000002'] as const;
const CHANNEL = 'reference';

type Json = Record<string, unknown>;
const sign = (body: Uint8Array, secret = SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function request(body: Uint8Array, signature?: string): InboundRequestV1 {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (signature !== undefined) headers.set('x-signature', signature);
  return { method: 'POST', url: 'https://desk.example/webhooks/reference', headers, body };
}

interface Settings {
  apiUrl: string;
  fetch: typeof fetch;
  logger: AdapterLogger;
  defects: ReadonlySet<Defect>;
  /** Whether the channel sends a template outside the reply window (else it answers outside_window). */
  templates: boolean;
}

/** Which reference adapter to build: its deliberate defects, and whether it has templates. */
export interface ReferenceVariant {
  defects?: readonly Defect[];
  templates?: boolean;
}

function createReferenceChannel({ apiUrl, fetch, logger, defects, templates }: Settings): ChannelV1 {
  const maxTextLength = 300;
  const state = createMemoryChannelState();
  const ledger = createSendLedger({ state, channel: CHANNEL, logger });
  const window = createReplyWindow({ state, channel: CHANNEL, hours: 24 });
  let fixedRecipient: string | undefined;
  let firstSender: string | undefined;

  function authenticate(request: InboundRequestV1): void {
    if (defects.has('ignores-signature')) return;
    const given = request.headers.get('x-signature');
    if (given === null) throw new UnauthorizedError('reference webhook is not signed', defects.has('forbidden-when-unsigned') ? 403 : 401);
    const status = defects.has('same-status-for-every-auth-failure') ? 401 : 403;
    if (!constantTimeEqual(given, sign(request.body))) throw new UnauthorizedError('reference webhook signature does not match', status);
  }

  function parse(request: InboundRequestV1): Json {
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(request.body));
    } catch (error) {
      if (defects.has('untyped-parse-error')) throw error;
      throw new InvalidInputError('reference webhook', [{ path: '', message: 'body is not JSON' }]);
    }
    if (!isObject(body)) throw new InvalidInputError('reference webhook', [{ path: '', message: 'must be an object' }]);
    return body;
  }

  function readMessage(item: unknown, path: string, issues: FieldIssue[]): InboundMessageV1 | undefined {
    if (defects.has('untyped-missing-fields')) {
      const raw = item as { id: { toString(): string }; from: string; name: string; text: string; sentAt: string };
      return {
        channel: CHANNEL,
        messageId: raw.id.toString(),
        receivedAt: raw.sentAt,
        senderAddress: raw.from,
        contact: { handles: { [CHANNEL]: raw.from } },
        text: raw.text,
        attachments: [],
      };
    }
    const before = issues.length;
    const message = isObject(item) ? item : {};
    for (const field of ['id', 'from', 'sentAt'] as const)
      if (!isText(message[field])) issues.push({ path: `${path}.${field}`, message: 'is required' });
    if (typeof message['text'] !== 'string') issues.push({ path: `${path}.text`, message: 'is required' });
    if (issues.length > before) {
      if (defects.has('echoes-input-in-errors')) issues.push({ path, message: `could not read ${JSON.stringify(item)}` });
      return undefined;
    }
    const id = message['id'] as string;
    const from = message['from'] as string;
    const photo = isObject(message['photo']) && isText(message['photo']['id']) ? message['photo'] : undefined;
    const attachments =
      photo && !defects.has('claims-attachments-without-parsing')
        ? [{ url: `urn:reference:media:${String(photo['id'])}`, contentType: 'image/jpeg' }]
        : [];
    if (defects.has('logs-personal-data')) logger.info('reference webhook: message', { from, text: message['text'] });
    return {
      channel: CHANNEL,
      messageId: defects.has('random-message-ids') ? randomUUID() : defects.has('mangles-odd-ids') ? id.replace(/[^A-Za-z0-9.-]/g, '') : id,
      receivedAt: new Date(message['sentAt'] as string).toISOString(),
      senderAddress: from,
      // The address is no phone number of ours to know: it goes into the contact's handles.
      contact: { ...(isText(message['name']) ? { name: message['name'] } : {}), handles: { [CHANNEL]: from } },
      text: message['text'] as string,
      attachments,
    };
  }

  function readReceipt(item: unknown, path: string, issues: FieldIssue[]): DeliveryReceiptV1 | undefined {
    const receipt = isObject(item) ? item : {};
    const status = receipt['status'];
    if (!isText(receipt['id']) || !isText(receipt['at']) || !['sent', 'delivered', 'read', 'failed'].includes(String(status))) {
      issues.push({ path, message: 'must have id, status (sent, delivered, read, failed) and at' });
      return undefined;
    }
    return {
      channel: CHANNEL,
      providerMessageId: receipt['id'] as string,
      status: status as DeliveryReceiptV1['status'],
      at: new Date(receipt['at'] as string).toISOString(),
    };
  }

  async function attempt(message: OutboundMessageV1, useTemplate: boolean): Promise<SendAttemptOutcome> {
    fixedRecipient ??= message.to;
    const to = defects.has('fixed-recipient') ? fixedRecipient : message.to;
    const payload = useTemplate ? { to, template: { name: 'kit_tanggapan', params: [message.text] } } : { to, text: message.text };
    const call = await callProvider(
      `${apiUrl}/messages`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      },
      { fetch, timeoutMs: 1_000 },
    );
    const about = defects.has('number-in-send-errors') ? ` (to ${message.to})` : '';
    if (call.kind === 'not_sent')
      return { outcome: 'refused', retryable: true, code: 'unreachable', error: `provider unreachable: ${call.error}${about}` };
    if (call.kind === 'in_doubt') {
      if (defects.has('resends-after-lost-answer')) return { outcome: 'refused', retryable: true, error: call.error };
      return { outcome: 'in_doubt', error: call.error };
    }
    const answer = (() => {
      try {
        return JSON.parse(call.text) as { id?: unknown };
      } catch {
        return {};
      }
    })();
    if (call.ok && typeof answer.id === 'string') return { outcome: 'sent', providerMessageId: answer.id };
    if (call.ok) return { outcome: 'in_doubt', error: `provider accepted the reply without an id (HTTP ${call.status})` };
    return { outcome: 'refused', retryable: isRetryableStatus(call.status), error: `provider answered HTTP ${call.status}${about}` };
  }

  return {
    specificationVersion: 'v1',
    channel: CHANNEL,
    capabilities: {
      attachments: !defects.has('hides-attachments'),
      maxTextLength,
      templates,
      replyWindowHours: 24,
      deliveryReceipts: true,
    },
    async doInbound(request) {
      if (defects.has('hangs')) await new Promise<never>(() => undefined);
      if (defects.has('parses-before-auth')) parse(request);
      authenticate(request);
      const body = parse(request);
      const issues: FieldIssue[] = [];
      if (!Array.isArray(body['messages']) && !Array.isArray(body['receipts']))
        issues.push({ path: 'messages', message: 'messages or receipts are required' });
      const rawMessages = Array.isArray(body['messages']) ? body['messages'] : [];
      const rawReceipts = Array.isArray(body['receipts']) ? body['receipts'] : [];
      const messages = rawMessages.map((item, index) => readMessage(item, `messages.${index}`, issues));
      const receipts = rawReceipts.map((item, index) => readReceipt(item, `receipts.${index}`, issues));
      if (issues.length > 0) throw new InvalidInputError('reference webhook', issues);
      const kept = messages.filter((message): message is InboundMessageV1 => message !== undefined);
      for (const message of kept) await window.noteInbound(message.senderAddress, message.receivedAt);
      logger.info('reference webhook read', { messages: kept.length, receipts: receipts.length });
      return {
        kind: 'messages',
        messages: defects.has('first-message-only') ? kept.slice(0, 1) : kept,
        receipts: defects.has('claims-receipts-without-parsing')
          ? []
          : receipts.filter((receipt): receipt is DeliveryReceiptV1 => receipt !== undefined),
      };
    },
    async doSend(message): Promise<SendResultV1> {
      const text = defects.has('truncates-long-text') ? message.text.slice(0, maxTextLength) : message.text;
      if (text.length > maxTextLength)
        return { ok: false, retryable: false, code: 'too_long', error: `reply of ${text.length} characters; at most ${maxTextLength}` };
      const open = await window.isOpen(message.to, message.lastInboundAt);
      if (!open && (defects.has('claims-templates-without-sending') || (!templates && !defects.has('free-text-outside-window')))) {
        const code = defects.has('outside-window-unlabelled') ? 'rejected' : 'outside_window';
        return { ok: false, retryable: false, code, error: 'outside the reply window' };
      }
      const run = () => attempt({ ...message, text }, !open && templates);
      if (defects.has('no-idempotency')) {
        const outcome = await run();
        return outcome.outcome === 'sent'
          ? { ok: true, providerMessageId: outcome.providerMessageId }
          : { ok: false, retryable: outcome.outcome === 'refused' && outcome.retryable, error: outcome.error };
      }
      const result = await ledger.send(message.idempotencyKey, run);
      if (!result.ok && defects.has('throws-on-provider-failure')) throw new Error(result.error);
      return result;
    },
    recipientOf(identity) {
      if (defects.has('recipient-elsewhere')) return identity.phone;
      const handle = identity.handles?.[CHANNEL];
      if (handle !== undefined) firstSender ??= handle;
      return defects.has('remembers-first-sender') ? firstSender : handle;
    },
  };
}

const toWire = (message: TestInboundMessage) => ({
  id: message.messageId,
  from: message.sender,
  name: message.senderName,
  text: message.text,
  sentAt: message.sentAt,
});

export async function referenceHarness(context: ChannelHarnessContext, variant: ReferenceVariant = {}): Promise<ChannelHarness> {
  const { defects = [], templates = true } = variant;
  const sends: ProviderSend[] = [];
  let issued = 0;
  const provider = await startFakeProvider({
    respond(call) {
      if (call.headers.get('authorization') !== `Bearer ${API_KEY}`) return { status: 401, body: { error: 'bad api key' } };
      const body = JSON.parse(call.body) as { to: string; text?: string; template?: { name: string; params: string[] } };
      // Ids of an unusual shape, as some providers issue them.
      const providerMessageId = `ref/${++issued}+${randomUUID().slice(0, 8)}=`;
      sends.push({
        to: body.to,
        text: body.text ?? body.template?.params[0] ?? '',
        providerMessageId,
        ...(body.template ? { template: body.template.name } : {}),
      });
      return { status: 201, body: { id: providerMessageId } };
    },
  });
  const messagesBody = (messages: readonly TestInboundMessage[]) => encode({ messages: messages.map(toWire) });
  const channel = createReferenceChannel({
    apiUrl: provider.url,
    fetch: provider.fetch,
    logger: context.logger,
    defects: new Set(defects),
    templates,
  });
  // Both residents wrote an hour ago, as they have when a reply goes out: their reply windows are open.
  const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
  const earlier = ADDRESSES.map((sender, index) => ({
    messageId: `earlier-${index}`,
    sender,
    senderName: 'Warga',
    text: 'Halo',
    sentAt: anHourAgo,
  }));
  const earlierBody = messagesBody(earlier);
  if (!defects.includes('hangs')) await channel.doInbound(request(earlierBody, sign(earlierBody)));
  return {
    channel,
    addresses: ADDRESSES,
    features: { batch: true, timestamps: true, names: true, receiptStatuses: ['sent', 'delivered', 'read', 'failed'] },
    provider: { sends: async () => [...sends], failNext: (failure) => provider.failNext(failure) },
    requests: {
      async messages(messages) {
        const body = messagesBody(messages);
        return request(body, sign(body));
      },
      async withAttachment(message) {
        const body = encode({ messages: [{ ...toWire(message), photo: { id: 'photo-1' } }] });
        return request(body, sign(body));
      },
      async receipts(receipts: readonly TestReceipt[]) {
        const body = encode({
          receipts: receipts.map((receipt) => ({ id: receipt.providerMessageId, status: receipt.status, at: receipt.at })),
        });
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
      async malformed({ authenticated, kind, message }) {
        // Everything but the id: the resident's name, number and words are there for the privacy check.
        const withoutId = { from: message.sender, name: message.senderName, text: message.text, sentAt: message.sentAt };
        const text = kind === 'syntax' ? `{"messages": [${JSON.stringify(withoutId)}` : JSON.stringify({ messages: [withoutId] });
        const body = new TextEncoder().encode(text);
        return request(body, authenticated ? sign(body) : undefined);
      },
    },
    cleanup: () => provider.close(),
  };
}
