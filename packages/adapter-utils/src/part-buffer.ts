import { InvalidConfigError, type ChannelStateStoreV1, type Clock, type MessagePartV1 } from '@aduan/spec';
import { systemClock } from './clock.js';
import { stateKey } from './state-key.js';

/** One part of a multi-part message as a provider posted it (a concatenated SMS sent in pieces). */
export interface IncomingPart extends MessagePartV1 {
  /** The provider's reference shared by every part of the message (an SMS's UDH reference). */
  reference: string;
}

/** The parts of one message, in part-number order: all of them, or those that arrived before the timeout. */
export interface PartGroup {
  senderAddress: string;
  parts: MessagePartV1[];
  complete: boolean;
}

export interface PartBufferOptions {
  /** Where waiting parts live: the memory state for one instance, a shared database when parts may reach different instances. */
  state: ChannelStateStoreV1;
  channel: string;
  clock?: Clock;
  /** How long to wait for missing parts before handing over what arrived. Default 10 minutes. */
  timeoutMs?: number;
  /** How long parts of a message already handed over are recognised and ignored (providers redeliver). Default 24 hours. */
  retainMs?: number;
  /** Hashes sender addresses with HMAC-SHA256 under this secret before they reach the store; default plain SHA-256. */
  secret?: string;
}

/** Joins multi-part messages that arrive in separate webhook calls, through a `ChannelStateStoreV1`. */
export interface PartBuffer {
  /** Stores a part; answers its message's group when this part completed it (to exactly one caller). */
  add(part: IncomingPart): Promise<PartGroup | undefined>;
  /** Takes up to `limit` (default 50) groups that waited longer than the timeout, each once, incomplete. */
  takeExpired(limit?: number): Promise<PartGroup[]>;
}

const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_RETAIN_MS = 24 * 3_600_000;

function positive(value: number | undefined, path: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value > 0))
    throw new InvalidConfigError('part buffer', [{ path, message: 'must be a positive number of milliseconds' }]);
  return value;
}

/**
 * The part-buffering helper. A group is keyed by a hash of sender, reference and part count, so the
 * store holds no readable address in its keys; each part carries its sender so a group that expires
 * incomplete can still be handed over. Timeouts are checked when `takeExpired` is called (on every
 * webhook call), so there are no timers to leak or stop.
 */
export function createPartBuffer(options: PartBufferOptions): PartBuffer {
  const { state, channel } = options;
  const clock = options.clock ?? systemClock;
  const timeoutMs = positive(options.timeoutMs, 'timeoutMs', DEFAULT_TIMEOUT_MS);
  const retainMs = positive(options.retainMs, 'retainMs', DEFAULT_RETAIN_MS);
  const groupOf = (parts: MessagePartV1[], complete: boolean): PartGroup => ({ senderAddress: parts[0]!.senderAddress, parts, complete });

  return {
    async add({ reference, ...part }) {
      const groupKey = stateKey('message-parts', [part.senderAddress, reference, String(part.count)], options.secret);
      const group = await state.doAddPart({ channel, groupKey, part, now: clock.now().toISOString(), retainMs });
      return group && group.parts.length > 0 ? groupOf(group.parts, group.complete) : undefined;
    },
    async takeExpired(limit = 50) {
      const now = clock.now();
      const openedBefore = new Date(now.getTime() - timeoutMs).toISOString();
      const groups = await state.doTakeExpiredParts({ channel, openedBefore, now: now.toISOString(), limit });
      return groups.filter((group) => group.parts.length > 0).map((group) => groupOf(group.parts, group.complete));
    },
  };
}
