import type { OutboundMessageV1, SendResultV1 } from '@aduan/spec';
import { describeError } from '../shared/errors.js';
import type { SendLedger } from './send-ledger.js';

/** One SMS to the provider. `reference` is unique per SMS and stable across retries. */
export interface SmsPartRequest {
  to: string;
  text: string;
  reference: string;
}

export interface SmsSenderOptions {
  /** Named in error messages, e.g. `Twilio`. */
  provider: string;
  maxTextLength: number;
  split: (text: string) => string[];
  ledger: SendLedger;
  /** Sends one SMS; a rejection (network failure, timeout) counts as a retryable failure. */
  sendPart: (part: SmsPartRequest) => Promise<SendResultV1>;
}

/**
 * `doSend` for SMS: refuses texts over the declared limit (the relay splits replies to it, so a
 * longer one is a caller bug that a retry cannot fix), splits the text into SMS, and sends each
 * part at most once per idempotency key. A retry after a failure resumes at the first part that
 * did not reach the provider. Calls with a key already in flight share its result.
 */
export function createSmsSender(options: SmsSenderOptions): (message: OutboundMessageV1) => Promise<SendResultV1> {
  const inFlight = new Map<string, Promise<SendResultV1>>();

  async function sendPart(part: SmsPartRequest): Promise<SendResultV1> {
    const known = await options.ledger.get(part.reference);
    if (known !== undefined) return { ok: true, providerMessageId: known };
    const result = await options.sendPart(part).catch(
      (error: unknown): SendResultV1 => ({ ok: false, retryable: true, error: `could not reach ${options.provider}: ${describeError(error)}` }),
    );
    if (result.ok) await options.ledger.set(part.reference, result.providerMessageId);
    return result;
  }

  async function send(message: OutboundMessageV1): Promise<SendResultV1> {
    if (message.text.length > options.maxTextLength) {
      return { ok: false, retryable: false, error: `text has ${message.text.length} characters; ${options.provider} takes at most ${options.maxTextLength}` };
    }
    const parts = options.split(message.text);
    if (parts.length === 0) return { ok: false, retryable: false, error: 'text is empty' };
    let firstId: string | undefined;
    for (const [index, text] of parts.entries()) {
      const result = await sendPart({ to: message.to, text, reference: `${message.idempotencyKey}:part${index + 1}` });
      if (!result.ok) return parts.length === 1 ? result : { ...result, error: `SMS ${index + 1} of ${parts.length}: ${result.error}` };
      firstId ??= result.providerMessageId;
    }
    return { ok: true, providerMessageId: firstId! };
  }

  return (message) => {
    const running = inFlight.get(message.idempotencyKey);
    if (running) return running;
    const attempt = send(message).finally(() => inFlight.delete(message.idempotencyKey));
    inFlight.set(message.idempotencyKey, attempt);
    return attempt;
  };
}
