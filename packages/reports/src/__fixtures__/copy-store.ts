import type { MemoryStore } from '@aduan/core';
import type { StoreV1 } from '@aduan/spec';

/** Copies every complaint of a memory store (its events and final projection) into another store. */
export async function copyStreams(from: MemoryStore, to: StoreV1): Promise<void> {
  const { events, projections } = from.contents();
  for (const projection of projections) {
    await to.doAppend({
      complaintId: projection.id,
      expectedVersion: 0,
      events: events.filter((event) => event.complaintId === projection.id).sort((a, b) => a.version - b.version),
      projection,
    });
  }
}
