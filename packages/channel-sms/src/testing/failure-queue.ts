import type { ServerResponse } from 'node:http';
import type { ProviderFailure } from '@aduan/test-kit';

/**
 * Failures a fake provider applies to its next calls, one per call. `unreachable` destroys the
 * connection without an answer, so the adapter's fetch rejects as it would on a network fault.
 */
export function createFailureQueue(answers: { retryable: (response: ServerResponse) => void; permanent: (response: ServerResponse) => void }) {
  const queue: ProviderFailure[] = [];
  return {
    push: (failure: ProviderFailure) => void queue.push(failure),
    /** Applies the next queued failure to this call; false when the call should succeed. */
    applyNext(response: ServerResponse): boolean {
      const failure = queue.shift();
      if (failure === undefined) return false;
      if (failure === 'unreachable') response.socket?.destroy();
      else answers[failure](response);
      return true;
    },
  };
}
