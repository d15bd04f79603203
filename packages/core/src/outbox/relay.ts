import { systemClock } from '@aduan/adapter-utils';
import { EventEmitter } from 'eventemitter3';
import type { ChannelV1, Clock, OutboxRecord, StoreV1 } from '@aduan/spec';
import { checkChannel } from '../inbound/check-channel.js';
import { checkStore } from '../store/check-store.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import type { RelayEventMap } from './relay-events.js';
import { splitText } from './split-text.js';

export interface OutboxRelayOptions {
  /** The desk's store; it must declare the `outbox` capability. */
  store: StoreV1;
  /** The channels replies leave through, one per channel name. */
  channels: readonly ChannelV1[];
  clock?: Clock;
  /** Attempts before a message is dead-lettered. Default 8. */
  maxAttempts?: number;
  backoff?: BackoffOptions;
  /** How long a claimed message is held by this relay before another may try. Default 2 min. */
  leaseMs?: number;
  /** Messages claimed per round. Default 20. */
  batchSize?: number;
}

export interface RelayReport {
  delivered: number;
  retrying: number;
  dead: number;
}

export interface OutboxRelay {
  /** Claims due messages once and tries to deliver each. */
  runOnce(): Promise<RelayReport>;
  /** Runs `runOnce` every `intervalMs` (never two rounds at once) until `stop()`. */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
  on<E extends keyof RelayEventMap>(event: E, listener: (...args: RelayEventMap[E]) => void): () => void;
}

type Attempt = { ok: true; providerMessageIds: string[] } | { ok: false; retryable: boolean; error: string };

/**
 * Delivers outbox messages through their channels with retries, exponential backoff and a
 * dead-letter state. Safe to run in several processes: the store's claim lease keeps one message
 * with one relay at a time, and the idempotency key keeps a retry from sending twice.
 */
export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const store: StoreV1 = checkStore(options.store, ['outbox']);
  const channels = new Map(options.channels.map((channel) => [checkChannel(channel).channel, channel]));
  const clock = options.clock ?? systemClock;
  const maxAttempts = options.maxAttempts ?? 8;
  const emitter = new EventEmitter<RelayEventMap>();

  async function attempt(message: OutboxRecord): Promise<Attempt> {
    const channel = channels.get(message.channel);
    if (!channel) return { ok: false, retryable: false, error: `no outbound channel registered for "${message.channel}"` };
    const identity = await store.doLoadIdentity(message.complainantId);
    const to = identity && channel.recipientOf(identity);
    if (!to) return { ok: false, retryable: false, error: `no ${message.channel} address for the complainant (none given, or erased)` };
    const complaint = await store.doLoadProjection(message.complaintId);
    const lastInboundAt = complaint?.machine.context['lastInboundAt'];
    const parts = splitText(message.body, channel.capabilities.maxTextLength);
    const providerMessageIds: string[] = [];
    for (const [index, text] of parts.entries()) {
      const result = await channel
        .doSend({
          to,
          text,
          complaintId: message.complaintId,
          idempotencyKey: parts.length === 1 ? message.idempotencyKey : `${message.idempotencyKey}#${index + 1}`,
          lastInboundAt: typeof lastInboundAt === 'string' ? lastInboundAt : undefined,
        })
        .catch((error: unknown) => ({
          ok: false as const,
          retryable: true,
          error: error instanceof Error ? error.message : String(error),
        }));
      if (!result.ok) return result;
      providerMessageIds.push(result.providerMessageId);
    }
    return { ok: true, providerMessageIds };
  }

  async function settle(message: OutboxRecord, outcome: Attempt, report: RelayReport): Promise<void> {
    const now = clock.now();
    if (outcome.ok) {
      await store.doSettleOutbox(message.id, { outcome: 'delivered', at: now.toISOString() });
      report.delivered++;
      emitter.emit('outbox-message-sent', { message, providerMessageIds: outcome.providerMessageIds });
    } else if (outcome.retryable && message.attempts < maxAttempts) {
      const nextAttemptAt = new Date(now.getTime() + backoffDelay(message.attempts, options.backoff)).toISOString();
      await store.doSettleOutbox(message.id, { outcome: 'retry', error: outcome.error, nextAttemptAt });
      report.retrying++;
      emitter.emit('outbox-message-retry-scheduled', { message, error: outcome.error, nextAttemptAt });
    } else {
      await store.doSettleOutbox(message.id, { outcome: 'dead', error: outcome.error, at: now.toISOString() });
      report.dead++;
      emitter.emit('outbox-message-dead-lettered', { message, error: outcome.error });
    }
  }

  async function runOnce(): Promise<RelayReport> {
    const report: RelayReport = { delivered: 0, retrying: 0, dead: 0 };
    const claimed = await store.doClaimOutbox({
      now: clock.now().toISOString(),
      limit: options.batchSize ?? 20,
      leaseMs: options.leaseMs ?? 120_000,
    });
    for (const message of claimed) await settle(message, await attempt(message), report);
    return report;
  }

  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  return {
    runOnce,
    start(intervalMs = 5_000) {
      if (timer) return;
      let busy = false;
      timer = setInterval(() => {
        if (busy) return;
        busy = true;
        running = runOnce()
          // Claims lapse on their own, so the next round picks the messages up again.
          .catch((error: unknown) => emitter.emit('outbox-relay-failed', { error }))
          .finally(() => {
            busy = false;
          });
      }, intervalMs);
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
    on(event, listener) {
      emitter.on(event, listener as never);
      return () => emitter.off(event, listener as never);
    },
  };
}
