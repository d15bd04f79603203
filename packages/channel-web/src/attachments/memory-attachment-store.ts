import { randomUUID } from 'node:crypto';
import type { AttachmentStore, StoredAttachment } from './attachment-store.js';

export interface MemoryAttachment extends StoredAttachment {
  bytes: Uint8Array;
}

export interface MemoryAttachmentStore extends AttachmentStore {
  delete(url: string): Promise<void>;
  /** The stored file behind a URL this store issued. */
  get(url: string): MemoryAttachment | undefined;
  /** Every stored file, in upload order. */
  list(): MemoryAttachment[];
}

/**
 * Keeps uploads in process memory under `urn:aduan:attachment:<uuid>` URLs. For tests, demos and a
 * single small instance: files are lost on restart and are not shared between instances.
 */
export function createMemoryAttachmentStore(): MemoryAttachmentStore {
  const files = new Map<string, MemoryAttachment>();
  return {
    async put(file) {
      const url = `urn:aduan:attachment:${randomUUID()}`;
      const bytes = new Uint8Array(await file.arrayBuffer());
      const stored: MemoryAttachment = {
        url,
        contentType: file.type || 'application/octet-stream',
        name: file.name,
        sizeBytes: bytes.byteLength,
        bytes,
      };
      files.set(url, stored);
      const { bytes: _bytes, ...ref } = stored;
      return ref;
    },
    async delete(url) {
      files.delete(url);
    },
    get: (url) => files.get(url),
    list: () => [...files.values()],
  };
}
