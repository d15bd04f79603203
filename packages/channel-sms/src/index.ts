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
export { MISSING_PART_MARK } from './inbound/join-parts.js';
export { splitSms } from './outbound/split-sms.js';
export { smsEncodingOf, type SmsEncoding } from './outbound/sms-encoding.js';
export { MAX_FORM_FIELDS } from './shared/form-fields.js';
export type { PhoneFormat } from './shared/phone.js';
export type { TimestampFormat } from './shared/timestamp.js';
export { createTwilioSmsChannel } from './twilio/create-twilio-channel.js';
export type { TwilioSmsOptions } from './twilio/options.js';
export { twilioSignature, verifyTwilioSignature } from './twilio/signature.js';
