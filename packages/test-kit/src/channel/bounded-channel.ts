import type { ChannelV1 } from '@aduan/spec';

export const DEFAULT_CALL_TIMEOUT_MS = 2_000;

/** Settles like `call`, or rejects once `ms` passed: a hang detector, not a speed target. */
function bounded<T>(call: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `${what} did not finish within ${ms} ms: with a fake provider on loopback it should take milliseconds (a hang, or a real network call?)`,
          ),
        ),
      ms,
    );
  });
  return Promise.race([call, expired]).finally(() => clearTimeout(timer));
}

/**
 * The channel as the checks see it: every `doInbound` and `doSend` must settle within `ms`, so a
 * handler that waits on something that never comes fails its check instead of stalling the run.
 */
export function boundedChannel(channel: ChannelV1, ms: number): ChannelV1 {
  return {
    specificationVersion: channel.specificationVersion,
    channel: channel.channel,
    capabilities: channel.capabilities,
    doInbound: (request) => bounded(channel.doInbound(request), ms, 'doInbound'),
    doSend: (message) => bounded(channel.doSend(message), ms, 'doSend'),
    recipientOf: (identity) => channel.recipientOf(identity),
    ...(channel.acknowledge ? { acknowledge: channel.acknowledge.bind(channel) } : {}),
  };
}
