import type { Desk } from '@aduan/core';
import { ForbiddenError, NotFoundError, type Actor, type ComplaintSummary, type CountFilter } from '@aduan/spec';
import type { Queue } from './queues.js';
import type { ReopenedIndex } from './reopened-index.js';

/** A page of a queue, as `desk.list` answers it. */
export interface QueuePage {
  items: ComplaintSummary[];
  nextCursor: string | null;
}

const OFFSET = /^r([0-9]{1,6})$/;
const contains = (container: string, text: string) => container.toLowerCase().includes(text.toLowerCase());

/** The desk's filter semantics (the core's store filter) for the fields the queue form sets. */
function matches(item: ComplaintSummary, filter: CountFilter): boolean {
  if (filter.status && !filter.status.includes(item.status)) return false;
  if (filter.unitId !== undefined && item.unitId !== filter.unitId) return false;
  if (filter.category !== undefined && item.category !== filter.category) return false;
  if (filter.channel !== undefined && item.channel !== filter.channel) return false;
  if (filter.kelurahan !== undefined && item.kelurahan !== filter.kelurahan) return false;
  if (filter.createdFrom !== undefined && Date.parse(item.createdAt) < Date.parse(filter.createdFrom)) return false;
  if (filter.createdTo !== undefined && Date.parse(item.createdAt) >= Date.parse(filter.createdTo)) return false;
  if (filter.dueBefore !== undefined && !(item.dueAt !== null && Date.parse(item.dueAt) < Date.parse(filter.dueBefore))) return false;
  if (filter.dueFrom !== undefined && !(item.dueAt !== null && Date.parse(item.dueAt) >= Date.parse(filter.dueFrom))) return false;
  if (filter.text !== undefined && !contains(item.trackingNumber, filter.text) && !contains(item.title, filter.text)) return false;
  return true;
}

/**
 * Lists and counts the desk's queues. Most are desk filters (`desk.list`, `desk.count`); the
 * reopened queue reads the few complaints of the reopened index, each through `desk.get` as the
 * officer (so unit scope and redaction stay the desk's), narrowed by the same filter: its cost
 * follows the reopened complaints, never the whole store.
 */
export function createQueueLister(desk: Desk, reopened: ReopenedIndex) {
  /** The reopened complaints this officer may read that match the filter, oldest first. */
  async function reopenedItems(actor: Actor, filter: CountFilter): Promise<ComplaintSummary[]> {
    const items: ComplaintSummary[] = [];
    for (const id of reopened.ids()) {
      try {
        const view = await desk.get(actor, id);
        if (matches(view, filter)) items.push(view);
      } catch (error) {
        // Another unit's complaint, or one gone since: not this officer's queue.
        if (!ForbiddenError.isInstance(error) && !NotFoundError.isInstance(error)) throw error;
      }
    }
    return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  return {
    async list(actor: Actor, queue: Queue, filter: CountFilter, page: { limit: number; cursor?: string }): Promise<QueuePage> {
      if (!queue.reopenedOnly) {
        return desk.list(actor, { ...filter, limit: page.limit, orderBy: 'createdAt', ...(page.cursor ? { cursor: page.cursor } : {}) });
      }
      const all = await reopenedItems(actor, filter);
      const offset = Number(OFFSET.exec(page.cursor ?? '')?.[1] ?? 0);
      const end = offset + page.limit;
      return { items: all.slice(offset, end), nextCursor: end < all.length ? `r${end}` : null };
    },
    async count(actor: Actor, queue: Queue, filter: CountFilter): Promise<number> {
      if (queue.reopenedOnly) return (await reopenedItems(actor, filter)).length;
      return Object.values(await desk.count(actor, 'status', filter)).reduce((sum, n) => sum + n, 0);
    },
  };
}

export type QueueLister = ReturnType<typeof createQueueLister>;
