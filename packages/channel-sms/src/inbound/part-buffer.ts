import type { Clock } from '@aduan/spec';
import { systemClock } from '@aduan/core';

/** One part of a concatenated SMS, as a gateway reports it (UDH reference, number, count). */
export interface SmsPart {
  sender: string;
  reference: string;
  number: number;
  count: number;
  messageId: string;
  text: string;
  receivedAt: string;
}

/** A group of parts ready to become one message: all of them, or what arrived before the timeout. */
export interface SmsPartGroup {
  parts: SmsPart[];
  complete: boolean;
}

/**
 * Holds parts of concatenated SMS that arrive in separate webhook calls until the message is
 * whole. Inject a shared implementation when several app instances receive the same gateway's
 * webhooks: parts of one SMS may reach different instances.
 */
export interface PartBuffer {
  /** Stores a part; returns its message's group when this part completed it. */
  add(part: SmsPart): Promise<SmsPartGroup | undefined>;
  /** Removes and returns the groups whose timeout has passed, each once. */
  takeExpired(): Promise<SmsPartGroup[]>;
}

export interface MemoryPartBufferOptions {
  /** How long to wait for missing parts before delivering what arrived. Default 10 minutes. */
  timeoutMs?: number;
  clock?: Clock;
}

const DEFAULT_TIMEOUT_MS = 10 * 60_000;

interface OpenGroup {
  parts: Map<number, SmsPart>;
  openedAt: number;
}

/**
 * In-memory buffer. Timeouts are checked whenever the channel handles a webhook call (no timers to
 * leak): an incomplete group is then delivered, marked incomplete, so a resident's words are never
 * silently dropped. Parts of a delivered message that the gateway redelivers within the timeout
 * are ignored.
 */
export function createMemoryPartBuffer(options: MemoryPartBufferOptions = {}): PartBuffer {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const clock = options.clock ?? systemClock;
  const open = new Map<string, OpenGroup>();
  const delivered = new Map<string, number>();

  const groupKey = (part: SmsPart) => JSON.stringify([part.sender, part.reference, part.count]);
  const ordered = (group: OpenGroup) => [...group.parts.values()].sort((a, b) => a.number - b.number);

  return {
    async add(part) {
      const now = clock.now().getTime();
      if (delivered.has(part.messageId)) return undefined;
      const key = groupKey(part);
      const group = open.get(key) ?? { parts: new Map(), openedAt: now };
      group.parts.set(part.number, part);
      open.set(key, group);
      if (group.parts.size < part.count) return undefined;
      open.delete(key);
      for (const member of group.parts.values()) delivered.set(member.messageId, now);
      return { parts: ordered(group), complete: true };
    },
    async takeExpired() {
      const now = clock.now().getTime();
      for (const [messageId, at] of delivered) if (now - at >= timeoutMs) delivered.delete(messageId);
      const expired: SmsPartGroup[] = [];
      for (const [key, group] of open) {
        if (now - group.openedAt < timeoutMs) continue;
        open.delete(key);
        expired.push({ parts: ordered(group), complete: false });
      }
      return expired;
    },
  };
}
