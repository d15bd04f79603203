import { randomUUID } from 'node:crypto';
import type { ChannelStateStoreV1, Clock, SendFailureCodeV1, SendResultV1 } from '@aduan/spec';
import { silentLogger, type AdapterLogger } from './adapter-logger.js';
import { systemClock } from './clock.js';
import { stateKey } from './state-key.js';

/** How one provider attempt ended, as the adapter judged the provider's answer. */
export type SendAttemptOutcome =
  /** The provider took the message: this is its id. */
  | { outcome: 'sent'; providerMessageId: string }
  /** Surely not sent (refused connection, a 4xx or 429 refusal, a 503): the key is free again. */
  | { outcome: 'refused'; retryable: boolean; error: string; code?: SendFailureCodeV1 }
  /** Possibly sent (a timeout, an answer lost, a 2xx without an id): never sent again automatically. */
  | { outcome: 'in_doubt'; error: string };

export interface SendLedgerOptions {
  /** Where claims and outcomes live: the memory state for one instance, a shared database for several. */
  state: ChannelStateStoreV1;
  /** The channel's name; keys of different channels never collide. */
  channel: string;
  clock?: Clock;
  /**
   * How long a claim holds before another instance may take the key over (it assumes the claimant
   * died). Must be longer than one attempt can take, or two instances may send at once. Default 5 minutes.
   */
  leaseMs?: number;
  /** Names this sender in its claims; default a random id per ledger. */
  claimant?: string;
  logger?: AdapterLogger;
}

/**
 * Makes sure one idempotency key reaches the provider at most once: for providers that take no
 * idempotency key of their own (WhatsApp's Graph API, Twilio, SMS gateways).
 */
export interface SendLedger {
  /**
   * Runs `attempt` unless the key was already sent (its id is answered), is being sent (by this
   * process: the same attempt is shared; by another instance: a retryable failure), or is in doubt
   * (a permanent `in_doubt` failure for a person to settle). Never throws.
   */
  send(key: string, attempt: () => Promise<SendAttemptOutcome>): Promise<SendResultV1>;
}

const DEFAULT_LEASE_MS = 5 * 60_000;

const HELD_FOR_A_PERSON = 'it is not sent again automatically: check with the resident or the provider before sending it anew';

function inDoubt(why: string): SendResultV1 {
  return { ok: false, retryable: false, code: 'in_doubt', error: `${why}; ${HELD_FOR_A_PERSON}` };
}

/**
 * The one send ledger of aduan's channels, on a `ChannelStateStoreV1`. Keys are hashed before they
 * reach the store. Within one process, calls with the same key share one attempt; across
 * processes, the store's claim (with its lease) decides who sends.
 *
 * The trade-off, for providers without idempotency keys: a call whose outcome is unknown (a
 * timeout, a lost answer) marks its key `in_doubt` and is never retried on its own, so a resident
 * never gets the same reply twice; a person decides whether to send it again. A process that dies
 * in the middle of a call leaves a claim that lapses after `leaseMs`; the key may then be sent
 * again (a crash favours delivery).
 */
export function createSendLedger(options: SendLedgerOptions): SendLedger {
  const { state, channel } = options;
  const clock = options.clock ?? systemClock;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const claimant = options.claimant ?? `ledger-${randomUUID()}`;
  const logger = options.logger ?? silentLogger;
  const inFlight = new Map<string, Promise<SendResultV1>>();

  async function settle(key: string, settlement: { outcome: 'sent'; providerMessageId: string } | { outcome: 'released' | 'in_doubt' }) {
    try {
      await state.doSettleSend({ channel, key, claimant, at: clock.now().toISOString(), ...settlement });
    } catch (error) {
      // The provider call is over; its result stands. The claim lapses after its lease.
      logger.error('send ledger: could not record the outcome of a provider call', {
        channel,
        outcome: settlement.outcome,
        error: String(error),
      });
    }
  }

  async function run(key: string, attempt: () => Promise<SendAttemptOutcome>): Promise<SendResultV1> {
    let claim: Awaited<ReturnType<ChannelStateStoreV1['doClaimSend']>>;
    try {
      claim = await state.doClaimSend({ channel, key, claimant, now: clock.now().toISOString(), leaseMs });
    } catch (error) {
      return { ok: false, retryable: true, error: `the channel state store failed before sending, nothing was sent: ${String(error)}` };
    }
    if (claim.state === 'sent') return { ok: true, providerMessageId: claim.providerMessageId };
    if (claim.state === 'in_doubt') return inDoubt(`an earlier attempt (${claim.since}) may have reached the provider`);
    if (claim.state === 'in_flight') {
      return { ok: false, retryable: true, error: `another instance is sending this reply; try again after ${claim.leaseUntil}` };
    }
    let outcome: SendAttemptOutcome;
    try {
      outcome = await attempt();
    } catch (error) {
      // An attempt must not throw; if it does, it may have sent.
      logger.error('send ledger: a provider attempt threw; its message is now in doubt', { channel, error: String(error) });
      outcome = { outcome: 'in_doubt', error: `the send attempt failed unexpectedly: ${String(error)}` };
    }
    if (outcome.outcome === 'sent') {
      await settle(key, { outcome: 'sent', providerMessageId: outcome.providerMessageId });
      return { ok: true, providerMessageId: outcome.providerMessageId };
    }
    if (outcome.outcome === 'refused') {
      await settle(key, { outcome: 'released' });
      return { ok: false, retryable: outcome.retryable, error: outcome.error, ...(outcome.code ? { code: outcome.code } : {}) };
    }
    await settle(key, { outcome: 'in_doubt' });
    logger.warn('send ledger: a reply may or may not have reached the provider; it is held for a person to decide', {
      channel,
      error: outcome.error,
    });
    return inDoubt(`${outcome.error}: the reply may have reached the provider`);
  }

  return {
    send(key, attempt) {
      const hashed = stateKey('send-ledger', [key]);
      const running = inFlight.get(hashed);
      if (running) return running;
      const result = run(hashed, attempt).finally(() => inFlight.delete(hashed));
      inFlight.set(hashed, result);
      return result;
    },
  };
}
