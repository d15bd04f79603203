import { describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore } from './idempotency-store.js';
import { createMemoryWindowTracker } from './window-tracker.js';

describe('memory window tracker', () => {
  it('keeps the latest inbound time even when messages arrive out of order', async () => {
    const tracker = createMemoryWindowTracker();
    await tracker.noteInbound('6281200000001', new Date('2026-01-01T10:00:00Z'));
    await tracker.noteInbound('6281200000001', new Date('2026-01-01T09:00:00Z'));
    expect(await tracker.lastInboundAt('6281200000001')).toEqual(new Date('2026-01-01T10:00:00Z'));
    expect(await tracker.lastInboundAt('6281200000002')).toBeUndefined();
  });

  it('forgets the least recently active contact beyond its bound', async () => {
    const tracker = createMemoryWindowTracker({ maxEntries: 2 });
    await tracker.noteInbound('a', new Date(1));
    await tracker.noteInbound('b', new Date(2));
    await tracker.noteInbound('a', new Date(3));
    await tracker.noteInbound('c', new Date(4));
    expect(await tracker.lastInboundAt('b')).toBeUndefined();
    expect(await tracker.lastInboundAt('a')).toEqual(new Date(3));
  });
});

describe('memory idempotency store', () => {
  it('remembers sent keys within its bound', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 2 });
    await store.set('k1', 'wamid.1');
    await store.set('k2', 'wamid.2');
    expect(await store.get('k1')).toBe('wamid.1');
    await store.set('k3', 'wamid.3');
    expect(await store.get('k1')).toBeUndefined();
    expect(await store.get('k3')).toBe('wamid.3');
  });
});
