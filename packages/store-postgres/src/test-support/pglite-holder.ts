/**
 * Child process of the data-folder lock test: opens a PGlite store in a folder, writes one
 * complaint, prints "ready" and holds the store open until it is killed (or told "close" on stdin,
 * when it closes the store, prints "closed" and exits). Prints "locked" and exits with 3 when
 * the folder is held by someone else.
 * Usage: node pglite-holder.mjs <dataDir>
 */
import { StoreLockedError } from '@aduan/spec';
// The builder alone: the kit's entry would bring vitest into the bundle.
import { StreamBuilder } from '../../../test-kit/src/store/stream-builder.js';
import { createPGliteStore } from '../pglite/index.js';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: pglite-holder <dataDir>');

const store = await createPGliteStore({ dataDir }).catch((error: unknown) => {
  if (!StoreLockedError.isInstance(error)) throw error;
  process.stdout.write('locked\n');
  process.exit(3);
});
await store.doAppend(
  new StreamBuilder({ complaintId: `held-${process.pid}`, trackingNumber: `T-${process.pid}`, at: '2026-03-02T02:00:00.000Z' }).received(),
);
process.stdout.write('ready\n');
process.stdin.on('data', (chunk: Buffer) => {
  if (!chunk.toString().includes('close')) return;
  void store.close().then(() => {
    process.stdout.write('closed\n');
    process.exit(0);
  });
});
