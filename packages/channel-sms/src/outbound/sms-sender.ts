import type { SendAttemptOutcome, SendLedger } from '@aduan/adapter-utils';
import type { OutboundMessageV1, SendResultV1 } from '@aduan/spec';

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
  /** Sends one SMS and judges the outcome; never throws for a provider problem. */
  sendPart: (part: SmsPartRequest) => Promise<SendAttemptOutcome>;
}

/**
 * `doSend` for SMS: refuses texts over the declared limit (the relay splits replies to it, so a
 * longer one is a caller bug that a retry cannot fix), splits the text into SMS, and sends each
 * part through the send ledger under its own key (`<idempotencyKey>:part<n>`): a part reaches the
 * provider at most once, a retry resumes at the first part that did not arrive, and a part whose
 * outcome is unknown holds the rest of the message back as in doubt.
 */
export function createSmsSender(options: SmsSenderOptions): (message: OutboundMessageV1) => Promise<SendResultV1> {
  return async (message) => {
    if (message.text.length > options.maxTextLength) {
      return {
        ok: false,
        retryable: false,
        code: 'too_long',
        error: `text has ${message.text.length} characters; ${options.provider} takes at most ${options.maxTextLength}`,
      };
    }
    const parts = options.split(message.text);
    if (parts.length === 0) return { ok: false, retryable: false, code: 'rejected', error: 'text is empty' };
    let firstId: string | undefined;
    for (const [index, text] of parts.entries()) {
      const reference = `${message.idempotencyKey}:part${index + 1}`;
      const result = await options.ledger.send(reference, () => options.sendPart({ to: message.to, text, reference }));
      if (!result.ok) return parts.length === 1 ? result : { ...result, error: `SMS ${index + 1} of ${parts.length}: ${result.error}` };
      firstId ??= result.providerMessageId;
    }
    return { ok: true, providerMessageId: firstId! };
  };
}
