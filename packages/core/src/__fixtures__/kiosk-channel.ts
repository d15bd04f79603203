import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  InvalidInputError,
  UnauthorizedError,
  type ChannelV1,
  type InboundMessageV1,
  type InboundSummaryV1,
  type Location,
  type OutboundMessageV1,
  type SendResultV1,
} from '@aduan/spec';

/**
 * A small signed-JSON channel used by core's own tests: the body is
 * `{ messages: [{ id, from, text, location? }] }`, signed with HMAC-SHA256 in `x-kiosk-signature`.
 * With `acknowledge`, it answers stored calls in plain text (as Twilio-like providers expect).
 */
export interface KioskChannel {
  channel: ChannelV1;
  sent: OutboundMessageV1[];
  sign: (body: string) => string;
  failNext: (...results: SendResultV1[]) => void;
  request: (body: unknown, signature?: string) => Request;
}

export function createKioskChannel(secret: string, options: { maxTextLength?: number; acknowledge?: boolean } = {}): KioskChannel {
  const sent: OutboundMessageV1[] = [];
  let failures: SendResultV1[] = [];
  const channel: ChannelV1 = {
    specificationVersion: 'v1',
    channel: 'kiosk',
    capabilities: {
      attachments: false,
      maxTextLength: options.maxTextLength ?? 500,
      templates: false,
      replyWindowHours: null,
      deliveryReceipts: false,
    },
    async doInbound(request) {
      const given = Buffer.from(request.headers.get('x-kiosk-signature') ?? '', 'hex');
      const expected = createHmac('sha256', secret).update(request.body).digest();
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new UnauthorizedError('kiosk signature does not match');
      let parsed: { messages?: { id: string; from: string; text: string; location?: Location }[] };
      try {
        parsed = JSON.parse(Buffer.from(request.body).toString('utf8'));
      } catch {
        throw new InvalidInputError('kiosk webhook', [{ path: '', message: 'body is not JSON' }]);
      }
      const messages: InboundMessageV1[] = (parsed.messages ?? []).map((m) => ({
        channel: 'kiosk',
        messageId: m.id,
        receivedAt: '2026-03-02T02:00:00.000Z',
        senderAddress: m.from,
        contact: { phone: m.from },
        text: m.text,
        attachments: [],
        ...(m.location ? { location: m.location } : {}),
      }));
      return { kind: 'messages', messages, receipts: [] };
    },
    async doSend(message) {
      const failure = failures.shift();
      if (failure) return failure;
      sent.push(message);
      return { ok: true, providerMessageId: `kiosk-${sent.length}` };
    },
    recipientOf: (identity) => identity.phone,
    ...(options.acknowledge
      ? {
          acknowledge: (summary: InboundSummaryV1) =>
            new Response(`stored ${summary.messages}, kept ${summary.quarantined}`, { status: 200 }),
        }
      : {}),
  };
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest('hex');
  return {
    channel,
    sent,
    sign,
    failNext: (...results: SendResultV1[]) => {
      failures = results;
    },
    request: (body: unknown, signature?: string) => {
      const text = JSON.stringify(body);
      return new Request('http://localhost/webhooks/kiosk', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kiosk-signature': signature ?? sign(text) },
        body: text,
      });
    },
  };
}
