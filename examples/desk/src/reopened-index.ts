import type { PluginV2, StoredEvent } from '@aduan/spec';

/** The events after which a reopened complaint is no longer waiting for its new answer. */
const SETTLED = new Set([
  'complaint-responded',
  'complaint-confirmed',
  'complaint-resolved',
  'complaint-rejected',
  'complaint-merged',
  'complaint-handed-over',
]);

/**
 * The desk's "Dibuka Kembali" read model, as a small desk plugin: the complaints whose last answer
 * a resident or coordinator disputed (a `complaint-reopened` event with no answer or closing
 * after it). The core has no query for it, so the plugin keeps it as a read model: built in the
 * desk's one pass over the history at start-up, shared with the other plugins' read models, and kept
 * current from every stored event; a queue page then reads only these few complaints, never every
 * complaint. Like the duplicates index it lives in the process: a reopen made by another desk process on the same server is seen at restart.
 */
export interface ReopenedIndex extends PluginV2 {
  /** The complaints waiting for a new answer after a reopen, oldest reopen first. */
  ids(): string[];
}

/** Name of the plugin on the desk (it only reads; it registers no commands or events). */
const REOPENED_INDEX_PLUGIN = 'desk-reopened';

export function createReopenedIndex(): ReopenedIndex {
  const reopened = new Set<string>();
  const apply = (events: readonly StoredEvent[]) => {
    for (const event of events) {
      if (event.type === 'complaint-reopened') {
        // Re-inserting keeps the order of the latest reopen.
        reopened.delete(event.complaintId);
        reopened.add(event.complaintId);
      } else if (SETTLED.has(event.type)) reopened.delete(event.complaintId);
    }
  };
  return {
    specificationVersion: 'v2',
    name: REOPENED_INDEX_PLUGIN,
    capabilities: { mayReject: false, sendsMessages: false },
    readModel: { reset: () => reopened.clear(), apply },
    ids: () => [...reopened],
  };
}
