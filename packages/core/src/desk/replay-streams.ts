import type { StoredEvent } from '@aduan/spec';
import type { DeskRuntime } from './runtime.js';

/** Stream ids read per page: memory holds one page of ids and one stream at a time, whatever the history's size. */
const STREAM_PAGE = 500;

/**
 * Visits every stream in the store's stable order, page by page; `visit` gets the stream's id with
 * its events, and the next stream is read only once it is done.
 */
export async function replayStreams(
  runtime: DeskRuntime,
  visit: (events: readonly StoredEvent[], complaintId: string) => void | Promise<void>,
): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await runtime.store.doListStreams({ cursor, limit: STREAM_PAGE });
    for (const id of page.ids) await visit(await runtime.store.doReadStream(id), id);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
