import { InvalidConfigError, type ChannelStateStoreV1, type Clock } from '@aduan/spec';
import { systemClock } from './clock.js';
import { stateKey } from './state-key.js';

export interface ReplyWindowOptions {
  /** Where the last inbound instants live: the memory state for one instance, a shared database for several. */
  state: ChannelStateStoreV1;
  /** The channel's name. */
  channel: string;
  /** How long after the resident's last message free text may be sent (WhatsApp: 24). */
  hours: number;
  clock?: Clock;
  /** Hashes addresses with HMAC-SHA256 under this secret before they reach the store; default plain SHA-256. */
  secret?: string;
}

/** A provider's customer-service window (WhatsApp's 24 hours), kept in a `ChannelStateStoreV1`. */
export interface ReplyWindow {
  /**
   * Notes that `address` wrote at `at`: the provider's own timestamp of the message, so that a late
   * redelivery cannot reopen a window the provider has closed. An instant ahead of the clock counts
   * as now. The store keeps the latest instant whatever order calls arrive in.
   */
  noteInbound(address: string, at: string): Promise<void>;
  /**
   * Whether free text may go to `address` now. Every record known must say the resident wrote
   * within the window: the channel's own (provider timestamps) and `lastInboundAt` from the caller
   * when given. No record at all means closed: a wrongly closed window costs a template, a wrongly
   * open one loses the reply.
   */
  isOpen(address: string, lastInboundAt?: string): Promise<boolean>;
}

/** The reply-window helper for channels whose providers limit free text after the resident's last message. */
export function createReplyWindow(options: ReplyWindowOptions): ReplyWindow {
  if (!(Number.isFinite(options.hours) && options.hours > 0)) {
    throw new InvalidConfigError('reply window', [{ path: 'hours', message: 'must be a positive number of hours' }]);
  }
  const { state, channel } = options;
  const clock = options.clock ?? systemClock;
  const windowMs = options.hours * 3_600_000;
  const keyOf = (address: string) => stateKey('reply-window', [channel, address], options.secret);

  return {
    async noteInbound(address, at) {
      const instant = Date.parse(at);
      if (Number.isNaN(instant)) throw new RangeError(`noteInbound: "${at}" is not an ISO instant`);
      const now = clock.now().getTime();
      await state.doNoteInbound({ channel, address: keyOf(address), at: new Date(Math.min(instant, now)).toISOString() });
    },
    async isOpen(address, lastInboundAt) {
      const now = clock.now().getTime();
      const recorded = await state.doLastInbound({ channel, address: keyOf(address) });
      const instants = [recorded, lastInboundAt].filter((value): value is string => value !== undefined).map((value) => Date.parse(value));
      if (instants.length === 0 || instants.some((instant) => Number.isNaN(instant))) return false;
      return instants.every((instant) => now - instant < windowMs);
    },
  };
}
