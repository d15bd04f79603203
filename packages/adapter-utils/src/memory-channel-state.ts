import type { ChannelStateStoreV1, MessagePartGroupV1, MessagePartV1, SendClaimV1 } from '@aduan/spec';
import { ClosedError } from '@aduan/spec';

type LedgerEntry =
  | { state: 'claimed'; claimant: string; leaseUntil: number; at: number }
  | { state: 'sent'; providerMessageId: string; at: number }
  | { state: 'in_doubt'; at: number };

interface OpenGroup {
  channel: string;
  groupKey: string;
  openedAt: number;
  parts: Map<number, MessagePartV1>;
}

const keyOf = (channel: string, key: string) => `${channel}\u0000${key}`;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Channel state in process memory: for one app instance, tests and demos. It forgets everything
 * on restart, so a reply in flight at a crash may go out again; use the PostgreSQL implementation
 * (`@aduan/store-postgres`) when that matters or when several instances share the work.
 */
export function createMemoryChannelState(): ChannelStateStoreV1 {
  const ledger = new Map<string, LedgerEntry>();
  const lastInbound = new Map<string, number>();
  const open = new Map<string, OpenGroup>();
  /** Groups already delivered or expired, with when: their redelivered parts are ignored for `retainMs`. */
  const finished = new Map<string, number>();
  let closed = false;
  const live = () => {
    if (closed) throw new ClosedError('memory channel state');
  };

  return {
    specificationVersion: 'v1',
    provider: 'memory',

    async doClaimSend({ channel, key, claimant, now, leaseMs }) {
      live();
      const at = Date.parse(now);
      const id = keyOf(channel, key);
      const entry = ledger.get(id);
      if (entry?.state === 'sent') return { state: 'sent', providerMessageId: entry.providerMessageId };
      if (entry?.state === 'in_doubt') return { state: 'in_doubt', since: iso(entry.at) };
      if (entry?.state === 'claimed' && entry.leaseUntil > at) return { state: 'in_flight', leaseUntil: iso(entry.leaseUntil) };
      const leaseUntil = at + leaseMs;
      ledger.set(id, { state: 'claimed', claimant, leaseUntil, at });
      return { state: 'claimed', leaseUntil: iso(leaseUntil) } satisfies SendClaimV1;
    },

    async doSettleSend(settlement) {
      live();
      const id = keyOf(settlement.channel, settlement.key);
      const entry = ledger.get(id);
      if (entry?.state !== 'claimed' || entry.claimant !== settlement.claimant) return;
      const at = Date.parse(settlement.at);
      if (settlement.outcome === 'sent') ledger.set(id, { state: 'sent', providerMessageId: settlement.providerMessageId, at });
      else if (settlement.outcome === 'in_doubt') ledger.set(id, { state: 'in_doubt', at });
      else ledger.delete(id);
    },

    async doNoteInbound({ channel, address, at }) {
      live();
      const id = keyOf(channel, address);
      lastInbound.set(id, Math.max(Date.parse(at), lastInbound.get(id) ?? Number.NEGATIVE_INFINITY));
    },

    async doLastInbound({ channel, address }) {
      live();
      const at = lastInbound.get(keyOf(channel, address));
      return at === undefined ? undefined : iso(at);
    },

    async doAddPart({ channel, groupKey, part, now, retainMs }) {
      live();
      const at = Date.parse(now);
      const id = keyOf(channel, groupKey);
      const finishedAt = finished.get(id);
      if (finishedAt !== undefined && at - finishedAt < retainMs) return undefined;
      const group = open.get(id) ?? { channel, groupKey, openedAt: at, parts: new Map<number, MessagePartV1>() };
      if (!group.parts.has(part.number)) group.parts.set(part.number, { ...part });
      open.set(id, group);
      if (group.parts.size < part.count) return undefined;
      open.delete(id);
      finished.set(id, at);
      return groupOf(group, true);
    },

    async doTakeExpiredParts({ channel, openedBefore, now, limit }) {
      live();
      const before = Date.parse(openedBefore);
      const at = Date.parse(now);
      const taken: MessagePartGroupV1[] = [];
      for (const [id, group] of open) {
        if (taken.length >= limit) break;
        if (group.channel !== channel || group.openedAt >= before) continue;
        open.delete(id);
        finished.set(id, at);
        taken.push(groupOf(group, false));
      }
      return taken;
    },

    async doPrune({ before }) {
      live();
      const limit = Date.parse(before);
      for (const [id, entry] of ledger) if (entry.state !== 'claimed' && entry.at < limit) ledger.delete(id);
      for (const [id, at] of lastInbound) if (at < limit) lastInbound.delete(id);
      for (const [id, at] of finished) if (at < limit) finished.delete(id);
    },

    async doClose() {
      closed = true;
    },
  };
}

function groupOf(group: OpenGroup, complete: boolean): MessagePartGroupV1 {
  return { groupKey: group.groupKey, parts: [...group.parts.values()].sort((a, b) => a.number - b.number), complete };
}
