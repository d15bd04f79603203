import { InvalidInputError, type AttachmentRef, type ChannelName, type DeliveryReceiptV1, type DeliveryStatusV1, type InboundMessageV1 } from '@aduan/spec';
import { formFields, requireField } from '../shared/fields.js';
import { normalizePhone } from '../shared/phone.js';

/** Twilio's message statuses that are V1 delivery statuses; the rest (queued, sending, …) are progress only. */
const STATUS: Readonly<Record<string, DeliveryStatusV1>> = {
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  undelivered: 'failed',
  failed: 'failed',
  canceled: 'failed',
};

const WHAT = 'Twilio webhook';

export interface TwilioParseContext {
  channel: ChannelName;
  countryCode: string;
  now: Date;
}

function attachmentsOf(params: URLSearchParams): AttachmentRef[] {
  const count = Number(params.get('NumMedia') ?? '0');
  if (!Number.isInteger(count) || count < 0) throw new InvalidInputError(WHAT, [{ path: 'NumMedia', message: 'must be a count' }]);
  return Array.from({ length: count }, (_, index) => {
    const url = requireField(formFields(params), `MediaUrl${index}`, WHAT);
    const contentType = params.get(`MediaContentType${index}`);
    return contentType ? { url, contentType } : { url };
  });
}

function receiptOf(params: URLSearchParams, status: string, context: TwilioParseContext): DeliveryReceiptV1[] {
  const mapped = STATUS[status];
  if (!mapped) return [];
  const code = params.get('ErrorCode');
  const reason = params.get('ErrorMessage');
  return [
    {
      channel: context.channel,
      providerMessageId: requireField(formFields(params), 'MessageSid', WHAT),
      status: mapped,
      // Status callbacks carry no event time; Twilio posts them as the status changes.
      at: context.now.toISOString(),
      ...(code ? { error: `Twilio error ${code}${reason ? `: ${reason}` : ''}` } : {}),
    },
  ];
}

function messageOf(params: URLSearchParams, context: TwilioParseContext): InboundMessageV1 {
  const fields = formFields(params);
  const sender = normalizePhone(requireField(fields, 'From', WHAT), context.countryCode);
  const body = params.get('Body');
  if (body === null) throw new InvalidInputError(WHAT, [{ path: 'Body', message: 'is required' }]);
  return {
    channel: context.channel,
    messageId: requireField(fields, 'MessageSid', WHAT),
    // Twilio posts an incoming message as it arrives and sends no timestamp with it.
    receivedAt: context.now.toISOString(),
    senderAddress: sender,
    contact: { phone: sender },
    text: body,
    attachments: attachmentsOf(params),
  };
}

/**
 * Reads an authenticated Twilio webhook: an incoming message (Twilio has already joined its
 * segments) or a status callback of a message we sent (it has `MessageStatus`).
 */
export function parseTwilioWebhook(params: URLSearchParams, context: TwilioParseContext): { messages: InboundMessageV1[]; receipts: DeliveryReceiptV1[] } {
  const status = params.get('MessageStatus');
  if (status !== null && status !== 'received' && status !== 'receiving') return { messages: [], receipts: receiptOf(params, status, context) };
  return { messages: [messageOf(params, context)], receipts: [] };
}
