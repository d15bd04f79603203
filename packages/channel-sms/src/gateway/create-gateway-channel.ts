import type { ChannelV1, InboundMessageV1, InboundResultV1 } from '@aduan/spec';
import { systemClock } from '@aduan/core';
import { joinParts } from '../inbound/join-parts.js';
import { createMemoryPartBuffer } from '../inbound/part-buffer.js';
import { createMemorySendLedger } from '../outbound/send-ledger.js';
import { createSmsSender } from '../outbound/sms-sender.js';
import { splitSms } from '../outbound/split-sms.js';
import { normalizePhone } from '../shared/phone.js';
import { authenticateGatewayCall } from './authenticate.js';
import { checkGatewayOptions, type SmsGatewayOptions } from './options.js';
import { parseGatewayCall, type GatewayParseSettings } from './parse-call.js';
import { readGatewayFields } from './read-fields.js';
import { receiptStatusMap } from './receipt-statuses.js';
import { sendGatewayPart } from './send-part.js';

const DEFAULT_MAX_TEXT_LENGTH = 1600;

/**
 * A channel for a generic HTTP SMS gateway (Kannel, Gammu, Android gateways, Indonesian SMS
 * APIs): webhooks as query string, form or JSON with configurable field names, concatenated SMS
 * reassembled, replies split into single SMS and sent once per idempotency key.
 */
export function createSmsGatewayChannel(options: SmsGatewayOptions): ChannelV1 {
  checkGatewayOptions(options);
  const channel = options.channel ?? 'sms';
  const clock = options.clock ?? systemClock;
  const countryCode = options.countryCode ?? '62';
  const maxTextLength = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const partBuffer = options.partBuffer ?? createMemoryPartBuffer({ clock });
  const settings: GatewayParseSettings = {
    channel,
    messageFields: { from: 'from', text: 'text', messageId: 'id', ...options.inbound?.fields },
    receiptFields: options.receipts ? { messageId: 'id', status: 'status', ...options.receipts.fields } : undefined,
    statuses: receiptStatusMap(options.receipts?.statuses),
    timestampFormat: options.inbound?.timestampFormat ?? 'iso',
    utcOffset: options.inbound?.utcOffset ?? '+07:00',
    countryCode,
    now: () => clock.now(),
  };
  const fetchFn = options.fetch ?? globalThis.fetch;
  const send = createSmsSender({
    provider: 'SMS gateway',
    maxTextLength,
    split: (text) => splitSms(text, options.maxPartLength),
    ledger: options.ledger ?? createMemorySendLedger({ clock }),
    sendPart: (part) => sendGatewayPart(options.send, fetchFn, countryCode, part),
  });

  function toMessage(whole: ReturnType<typeof joinParts>): InboundMessageV1 {
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
    capabilities: { attachments: false, maxTextLength, templates: false, replyWindowHours: null, deliveryReceipts: Boolean(options.receipts) },
    async doInbound(request): Promise<InboundResultV1> {
      authenticateGatewayCall(options.auth, request);
      const call = parseGatewayCall(readGatewayFields(request), settings);
      // Any authenticated call flushes timed-out parts: gateways post no "timeout" of their own.
      const groups = await partBuffer.takeExpired();
      if (call.kind === 'sms') {
        const whole = call.part.count === 1 ? { parts: [call.part], complete: true } : await partBuffer.add(call.part);
        if (whole) groups.push(whole);
      }
      const messages = groups.map((group) => toMessage(joinParts(group)));
      return { kind: 'messages', messages, receipts: call.kind === 'receipt' ? [call.receipt] : [] };
    },
    doSend: send,
    recipientOf(identity) {
      return identity.phone ? normalizePhone(identity.phone, countryCode) : undefined;
    },
  };
}
