import type { AttachmentRef } from '@aduan/spec';
import type { AttachmentStore } from './attachment-store.js';

/** Names are kept for display only; the desk accepts at most 300 characters. */
const MAX_NAME_LENGTH = 300;

/** Deletes files that belong to no new complaint; a failing delete must not hide the real outcome. */
export async function discardAttachments(store: AttachmentStore, refs: readonly AttachmentRef[]): Promise<void> {
  if (!store.delete) return;
  await Promise.allSettled(refs.map((ref) => store.delete!(ref.url)));
}

/** Stores the files one by one; when one fails, the ones already stored are removed again. */
export async function storeAttachments(store: AttachmentStore, files: readonly File[]): Promise<AttachmentRef[]> {
  const refs: AttachmentRef[] = [];
  try {
    for (const file of files) {
      const stored = await store.put(file);
      refs.push({
        url: stored.url,
        contentType: stored.contentType.slice(0, 200),
        name: stored.name.slice(0, MAX_NAME_LENGTH),
        sizeBytes: stored.sizeBytes,
      });
    }
    return refs;
  } catch (error) {
    await discardAttachments(store, refs);
    throw error;
  }
}
