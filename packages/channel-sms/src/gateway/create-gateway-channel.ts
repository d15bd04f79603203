import {
  createMemoryChannelState,
  createPartBuffer,
  createSendLedger,
  silentLogger,
  systemClock,
  type PartGroup,
} from '@aduan/adapter-utils';
import type { ChannelV1, InboundMessageV1, InboundResultV1 } from '@aduan/spec';
import { joinParts } from '../inbound/join-parts.js';
import { createSmsSender } from '../outbound/sms-sender.js';
import { splitSms } from '../outbound/split-sms.js';
import { normalizePhone } from '../shared/phone.js';
import { authenticateGatewayCall } from './authenticate.js';
import { checkGatewayOptions, secretOf, type SmsGatewayOptions } from './options.js';
import { parseGatewayCall, type GatewayParseSettings } from './parse-call.js';
import { readGatewayFields } from './read-fields.js';
import { receiptStatusMap } from './receipt-statuses.js';
import { DEFAULT_SEND_TIMEOUT_MS, sendGatewayPart } from './send-part.js';

const DEFAULT_MAX_TEXT_LENGTH = 1600;
/** A claim outlives the longest provider call by this much, so two instances never send one SMS at once. */
const LEASE_MARGIN_MS = 60_000;

/**
 * A channel for a generic HTTP SMS gateway (Kannel, Gammu, Android gateways, Indonesian SMS
 * APIs): webhooks as query string, form or JSON with configurable field names, concatenated SMS
 * reassembled through the channel state, replies split into single SMS and sent at most once per
 * idempotency key through the send ledger.
 */
export function createSmsGatewayChannel(options: SmsGatewayOptions): ChannelV1 {
  checkGatewayOptions(options);
  const channel = options.channel ?? 'sms';
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const state = options.state ?? createMemoryChannelState();
  const countryCode = options.countryCode ?? '62';
  const maxTextLength = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  // Senders' numbers in part-group keys are hashed with the webhook secret, so the table cannot be searched by number.
  const parts = createPartBuffer({
    state,
    channel,
    clock,
    secret: secretOf(options.auth),
    ...(options.inbound?.partTimeoutMs ? { timeoutMs: options.inbound.partTimeoutMs } : {}),
  });
  const settings: GatewayParseSettings = {
    channel,
    messageFields: { from: 'from', text: 'text', messageId: 'id', ...options.inbound?.fields },
    receiptFields: options.receipts ? { messageId: 'id', status: 'status', ...options.receipts.fields } : undefined,
    statuses: receiptStatusMap(options.receipts?.statuses),
    timestampFormat: options.inbound?.timestampFormat ?? 'iso',
    utcOffset: options.inbound?.utcOffset ?? '+07:00',
    countryCode,
    now: () => clock.now(),
    warn: (message, fields) => logger.warn(message, fields),
  };
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.send.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  const send = createSmsSender({
    provider: 'SMS gateway',
    maxTextLength,
    split: (text) => splitSms(text, options.maxPartLength),
    ledger: createSendLedger({ state, channel, clock, leaseMs: timeoutMs + LEASE_MARGIN_MS, logger }),
    sendPart: (part) => sendGatewayPart(options.send, fetchFn, countryCode, part),
  });

  function toMessage(group: PartGroup): InboundMessageV1 {
    const whole = joinParts(group);
    return {
      channel,
      messageId: whole.messageId,
      receivedAt: whole.receivedAt,
      senderAddress: whole.sender,
      contact: { phone: whole.sender },
      text: whole.text,
      attachments: [],
    };
  }

  return {
    specificationVersion: 'v1',
    channel,
    capabilities: {
      attachments: false,
      maxTextLength,
      templates: false,
      replyWindowHours: null,
      deliveryReceipts: Boolean(options.receipts),
    },
    async doInbound(request): Promise<InboundResultV1> {
      authenticateGatewayCall(options.auth, request);
      const call = parseGatewayCall(readGatewayFields(request, { bodyOnly: options.auth.type === 'hmac-sha256' }), settings);
      // Any authenticated call hands over timed-out parts: gateways post no "timeout" of their own.
      const groups = await parts.takeExpired();
      if (call.kind === 'sms') {
        const { senderAddress, number, count, messageId, text, receivedAt } = call.part;
        const single = { senderAddress, parts: [{ senderAddress, number, count, messageId, text, receivedAt }], complete: true };
        const whole = count === 1 ? single : await parts.add(call.part);
        if (whole) groups.push(whole);
      }
      return { kind: 'messages', messages: groups.map(toMessage), receipts: call.kind === 'receipt' ? [call.receipt] : [] };
    },
    doSend: send,
    recipientOf(identity) {
      return identity.phone ? normalizePhone(identity.phone, countryCode) : undefined;
    },
    // Kannel and many gateways send the answer's body back to the resident as an SMS: answer nothing.
    acknowledge: () => new Response('', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } }),
  };
}
