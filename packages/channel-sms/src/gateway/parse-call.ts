import { InvalidInputError, type ChannelName, type DeliveryReceiptV1, type DeliveryStatusV1 } from '@aduan/spec';
import type { IncomingPart } from '@aduan/adapter-utils';
import { requireField, type FieldSource } from '../shared/fields.js';
import { normalizePhone } from '../shared/phone.js';
import { parseTimestamp, type TimestampFormat } from '../shared/timestamp.js';
import type { SmsGatewayMessageFields, SmsGatewayReceiptFields } from './options.js';

export interface GatewayParseSettings {
  channel: ChannelName;
  messageFields: SmsGatewayMessageFields;
  receiptFields: SmsGatewayReceiptFields | undefined;
  statuses: Map<string, DeliveryStatusV1>;
  timestampFormat: TimestampFormat;
  utcOffset: string;
  countryCode: string;
  now: () => Date;
  /** Told about a field that could not be read and was replaced (never with its value). */
  warn: (message: string, fields: Record<string, unknown>) => void;
}

/** What one gateway call carries: an SMS (possibly one part of several), a report, or a report to ignore. */
export type GatewayCall =
  | { kind: 'sms'; part: IncomingPart }
  | { kind: 'receipt'; receipt: DeliveryReceiptV1 }
  | { kind: 'ignored-receipt' };

const WHAT = 'SMS webhook';

/** The gateway's time, or the arrival time when it sends none or one that cannot be read: a bad clock field never costs an SMS. */
function timeOf(fields: FieldSource, path: string | undefined, settings: GatewayParseSettings): string {
  const raw = path === undefined ? undefined : fields(path);
  if (raw === undefined || raw.trim() === '') return settings.now().toISOString();
  const parsed = parseTimestamp(raw, settings.timestampFormat, settings.utcOffset);
  if (parsed !== undefined) return parsed;
  settings.warn('SMS webhook: an unreadable timestamp was replaced by the arrival time', { field: path, format: settings.timestampFormat });
  return settings.now().toISOString();
}

function positiveInteger(fields: FieldSource, path: string): number {
  const raw = requireField(fields, path, WHAT);
  if (!/^\d{1,6}$/.test(raw.trim()) || Number(raw) < 1)
    throw new InvalidInputError(WHAT, [{ path, message: 'must be a positive integer' }]);
  return Number(raw);
}

function parsePart(
  fields: FieldSource,
  settings: GatewayParseSettings,
  messageId: string,
): Pick<IncomingPart, 'reference' | 'number' | 'count'> {
  const { partRef, partNumber, partCount } = settings.messageFields;
  const count = partCount === undefined || fields(partCount) === undefined ? 1 : positiveInteger(fields, partCount);
  if (count === 1) return { reference: messageId, number: 1, count };
  const number = positiveInteger(fields, partNumber!);
  if (number > count) throw new InvalidInputError(WHAT, [{ path: partNumber!, message: `part ${number} of ${count} does not exist` }]);
  return { reference: requireField(fields, partRef!, WHAT), number, count };
}

function parseReceipt(fields: FieldSource, receiptFields: SmsGatewayReceiptFields, settings: GatewayParseSettings): GatewayCall {
  const status = settings.statuses.get(requireField(fields, receiptFields.status, WHAT).trim().toLowerCase());
  if (!status) return { kind: 'ignored-receipt' };
  const error = receiptFields.error === undefined ? undefined : fields(receiptFields.error);
  return {
    kind: 'receipt',
    receipt: {
      channel: settings.channel,
      providerMessageId: requireField(fields, receiptFields.messageId, WHAT),
      status,
      at: timeOf(fields, receiptFields.timestamp, settings),
      ...(error ? { error } : {}),
    },
  };
}

/** Reads one gateway call. A call with the receipt status field is a delivery report. */
export function parseGatewayCall(fields: FieldSource, settings: GatewayParseSettings): GatewayCall {
  const { receiptFields, messageFields } = settings;
  if (receiptFields && fields(receiptFields.status) !== undefined) return parseReceipt(fields, receiptFields, settings);
  const messageId = requireField(fields, messageFields.messageId, WHAT);
  const text = fields(messageFields.text);
  if (text === undefined) throw new InvalidInputError(WHAT, [{ path: messageFields.text, message: 'is required' }]);
  return {
    kind: 'sms',
    part: {
      senderAddress: normalizePhone(requireField(fields, messageFields.from, WHAT), settings.countryCode),
      messageId,
      text,
      receivedAt: timeOf(fields, messageFields.timestamp, settings),
      ...parsePart(fields, settings, messageId),
    },
  };
}
