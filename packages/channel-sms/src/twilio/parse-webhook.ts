import {
  InvalidInputError,
  type AttachmentRef,
  type ChannelName,
  type DeliveryReceiptV1,
  type DeliveryStatusV1,
  type InboundMessageV1,
} from '@aduan/spec';
import { formFields, requireField } from '../shared/fields.js';
import type { FormFields } from '../shared/form-fields.js';
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

/** Twilio delivers at most 10 media per MMS. */
const MAX_MEDIA = 10;
const WHAT = 'Twilio webhook';

export interface TwilioParseContext {
  channel: ChannelName;
  countryCode: string;
  now: Date;
}

function attachmentsOf(params: FormFields): AttachmentRef[] {
  const raw = params.first('NumMedia') ?? '0';
  const count = /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(count >= 0 && count <= MAX_MEDIA))
    throw new InvalidInputError(WHAT, [{ path: 'NumMedia', message: `must be a count from 0 to ${MAX_MEDIA}` }]);
  return Array.from({ length: count }, (_, index) => {
    const url = requireField(formFields(params), `MediaUrl${index}`, WHAT);
    const contentType = params.first(`MediaContentType${index}`);
    return contentType ? { url, contentType } : { url };
  });
}

function receiptOf(params: FormFields, status: string, context: TwilioParseContext): DeliveryReceiptV1[] {
  const mapped = STATUS[status];
  if (!mapped) return [];
  const code = params.first('ErrorCode');
  return [
    {
      channel: context.channel,
      providerMessageId: requireField(formFields(params), 'MessageSid', WHAT),
      status: mapped,
      // Status callbacks carry no event time; Twilio posts them as the status changes.
      at: context.now.toISOString(),
      // The code only: Twilio's ErrorMessage may quote the number.
      ...(code ? { error: `Twilio error ${code}` } : {}),
      ...(code === '30005' || code === '30006' ? { code: 'invalid_recipient' as const } : {}),
    },
  ];
}

function messageOf(params: FormFields, context: TwilioParseContext): InboundMessageV1 {
  const fields = formFields(params);
  const sender = normalizePhone(requireField(fields, 'From', WHAT), context.countryCode);
  const body = params.first('Body');
  if (body === undefined) throw new InvalidInputError(WHAT, [{ path: 'Body', message: 'is required' }]);
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
export function parseTwilioWebhook(
  params: FormFields,
  context: TwilioParseContext,
): { messages: InboundMessageV1[]; receipts: DeliveryReceiptV1[] } {
  const status = params.first('MessageStatus');
  if (status !== undefined && status !== 'received' && status !== 'receiving')
    return { messages: [], receipts: receiptOf(params, status, context) };
  return { messages: [messageOf(params, context)], receipts: [] };
}
