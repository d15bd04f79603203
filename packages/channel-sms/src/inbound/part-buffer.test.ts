import { createVirtualClock } from '@aduan/test-kit';
import { describe, expect, it } from 'vitest';
import { joinParts, MISSING_PART_MARK } from './join-parts.js';
import { createMemoryPartBuffer, type SmsPart } from './part-buffer.js';

const part = (number: number, text: string, overrides: Partial<SmsPart> = {}): SmsPart => ({
  sender: '+6281200000001',
  reference: '2A',
  number,
  count: 3,
  messageId: `m-${number}`,
  text,
  receivedAt: `2025-03-14T02:21:0${number}.000Z`,
  ...overrides,
});

describe('memory part buffer', () => {
  it('holds parts until all arrived, in any order, then joins them without separators', async () => {
    const buffer = createMemoryPartBuffer();
    expect(await buffer.add(part(3, 'kasih.'))).toBeUndefined();
    expect(await buffer.add(part(1, 'Jalan rusak, teri'))).toBeUndefined();
    const group = await buffer.add(part(2, 'ma '));
    expect(group?.complete).toBe(true);
    expect(joinParts(group!)).toEqual({ messageId: 'm-1', text: 'Jalan rusak, terima kasih.', receivedAt: '2025-03-14T02:21:01.000Z', sender: '+6281200000001' });
  });

  it('keeps parts of different senders and references apart', async () => {
    const buffer = createMemoryPartBuffer();
    await buffer.add(part(1, 'A1', { count: 2 }));
    await buffer.add(part(1, 'B1', { count: 2, sender: '+6285700000002', messageId: 'b-1' }));
    const group = await buffer.add(part(2, 'A2', { count: 2 }));
    expect(joinParts(group!).text).toBe('A1A2');
  });

  it('hands out an incomplete group once, marked, after the timeout', async () => {
    const clock = createVirtualClock();
    const buffer = createMemoryPartBuffer({ timeoutMs: 60_000, clock });
    await buffer.add(part(2, 'tengah'));
    clock.advanceBy(59_999);
    expect(await buffer.takeExpired()).toEqual([]);
    clock.advanceBy(1);
    const [expired, ...rest] = await buffer.takeExpired();
    expect(rest).toEqual([]);
    expect(expired?.complete).toBe(false);
    expect(joinParts(expired!)).toMatchObject({ messageId: 'm-2', text: `${MISSING_PART_MARK} tengah ${MISSING_PART_MARK}` });
    expect(await buffer.takeExpired()).toEqual([]);
  });

  it('ignores a part the gateway redelivers after its message was completed', async () => {
    const buffer = createMemoryPartBuffer();
    await buffer.add(part(1, 'a', { count: 2 }));
    await buffer.add(part(2, 'b', { count: 2 }));
    expect(await buffer.add(part(2, 'b', { count: 2 }))).toBeUndefined();
    expect(await buffer.takeExpired()).toEqual([]);
  });
});
