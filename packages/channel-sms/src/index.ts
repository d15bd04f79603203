/**
 * SMS channel adapters: generic gateways (Kannel, Vonage-style, Android apps) and Twilio.
 *
 * @packageDocumentation
 * @module @aduan/channel-sms
 */
export { createSmsGatewayChannel } from './gateway/create-gateway-channel.js';
export type {
  SmsGatewayAuth,
  SmsGatewayMessageFields,
  SmsGatewayOptions,
  SmsGatewayReceiptFields,
  SmsGatewaySendOptions,
} from './gateway/options.js';
export { DEFAULT_RECEIPT_STATUSES } from './gateway/receipt-statuses.js';
export { createMemoryPartBuffer, type MemoryPartBufferOptions, type PartBuffer, type SmsPart, type SmsPartGroup } from './inbound/part-buffer.js';
export { MISSING_PART_MARK } from './inbound/join-parts.js';
export { createMemorySendLedger, type MemorySendLedgerOptions, type SendLedger } from './outbound/send-ledger.js';
export { splitSms } from './outbound/split-sms.js';
export { smsEncodingOf, type SmsEncoding } from './outbound/sms-encoding.js';
export type { PhoneFormat } from './shared/phone.js';
export type { TimestampFormat } from './shared/timestamp.js';
export { createTwilioSmsChannel } from './twilio/create-twilio-channel.js';
export type { TwilioSmsOptions } from './twilio/options.js';
export { twilioSignature, verifyTwilioSignature } from './twilio/signature.js';
