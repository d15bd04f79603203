import { isRetryableStatus, redactAddress, type ProviderCallResult, type SendAttemptOutcome } from '@aduan/adapter-utils';
import type { SendFailureCodeV1 } from '@aduan/spec';

/**
 * Judges one SMS provider call for the send ledger. SMS APIs take no idempotency key, so: no
 * connection → refused (retryable, nothing sent); a refusal → refused (retryable per the status
 * rule); no answer (timeout, dropped connection) or a 504 from a proxy → in doubt. A 2xx is left to
 * `accepted`, which reads the provider's id from the answer (an accepted SMS without one is in doubt).
 * Every text that may quote the recipient has the number removed.
 */
export function judgeSmsCall(
  provider: string,
  call: ProviderCallResult,
  recipient: string,
  describeRefusal: (text: string) => string,
  accepted: (text: string) => SendAttemptOutcome,
  /** The provider's own refusal codes in our terms, e.g. Twilio's 21211 as `invalid_recipient`. */
  refusalCode: (text: string) => SendFailureCodeV1 | undefined = () => undefined,
): SendAttemptOutcome {
  if (call.kind === 'not_sent')
    return { outcome: 'refused', retryable: true, code: 'unreachable', error: `could not reach ${provider}: ${call.error}` };
  if (call.kind === 'in_doubt') return { outcome: 'in_doubt', error: `${provider} call interrupted: ${call.error}` };
  if (call.ok) return accepted(call.text);
  if (call.status === 504) return { outcome: 'in_doubt', error: `${provider} answered HTTP 504: a proxy timed out waiting for it` };
  const detail = redactAddress(describeRefusal(call.text), recipient);
  const retryable = isRetryableStatus(call.status);
  return {
    outcome: 'refused',
    retryable,
    code: call.status === 429 ? 'rate_limited' : retryable ? 'unreachable' : (refusalCode(call.text) ?? 'rejected'),
    error: `${provider} answered HTTP ${call.status}${detail ? `: ${detail}` : ''}`,
  };
}
