import type { OutboxRecord } from '@aduan/spec';

/** Events of the outbox relay (noun-then-verb, like the desk's). */
export interface RelayEventMap {
  /** Every part of the message was accepted by the provider. */
  'outbox-message-sent': [delivery: { message: OutboxRecord; providerMessageIds: string[] }];
  'outbox-message-retry-scheduled': [retry: { message: OutboxRecord; error: string; nextAttemptAt: string }];
  /** Given up: staff must reach the complainant another way. */
  'outbox-message-dead-lettered': [dead: { message: OutboxRecord; error: string }];
  /** A whole round failed (e.g. the store was unreachable); the next round tries again. */
  'outbox-relay-failed': [failure: { error: unknown }];
}
