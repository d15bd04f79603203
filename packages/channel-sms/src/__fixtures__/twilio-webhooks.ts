import { createHmac } from 'node:crypto';
import type { InboundRequestV1 } from '@aduan/spec';

/**
 * Signs as Twilio does, written apart from the adapter's verifier so that a shared mistake
 * cannot make both sides agree: URL, then each parameter name + value sorted by name.
 */
export function signAsTwilio(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((text, name) => text + name + params[name], url);
  return createHmac('sha1', authToken).update(data).digest('base64');
}

/** A webhook call exactly as Twilio makes it: form-encoded POST with X-Twilio-Signature. */
export function twilioWebhookRequest(url: string, params: Record<string, string>, signature: string | undefined): InboundRequestV1 {
  const headers = new Headers({
    'content-type': 'application/x-www-form-urlencoded',
    'user-agent': 'TwilioProxy/1.1',
    'i-twilio-idempotency-token': crypto.randomUUID(),
  });
  if (signature !== undefined) headers.set('x-twilio-signature', signature);
  return { method: 'POST', url, headers, body: new TextEncoder().encode(new URLSearchParams(params).toString()) };
}

/** Parameters of Twilio's incoming SMS webhook (see `__fixtures__/twilio-incoming-sms.form.txt`). */
export function incomingSmsParams(
  accountSid: string,
  message: { messageId: string; from: string; to: string; body: string },
): Record<string, string> {
  return {
    ToCountry: 'ID',
    SmsMessageSid: message.messageId,
    NumMedia: '0',
    SmsSid: message.messageId,
    SmsStatus: 'received',
    Body: message.body,
    FromCountry: 'ID',
    To: message.to,
    NumSegments: String(Math.max(1, Math.ceil(message.body.length / 153))),
    MessageSid: message.messageId,
    AccountSid: accountSid,
    From: message.from,
    ApiVersion: '2010-04-01',
  };
}

/** Parameters of Twilio's status callback for a message we sent. */
export function statusCallbackParams(
  accountSid: string,
  status: { sid: string; status: string; from: string; to: string; errorCode?: string },
): Record<string, string> {
  return {
    SmsSid: status.sid,
    SmsStatus: status.status,
    MessageStatus: status.status,
    To: status.to,
    MessageSid: status.sid,
    AccountSid: accountSid,
    From: status.from,
    ApiVersion: '2010-04-01',
    ...(status.errorCode ? { ErrorCode: status.errorCode } : {}),
  };
}
