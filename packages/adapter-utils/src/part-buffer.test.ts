import type { ChannelStateStoreV1, MessagePartV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createMemoryChannelState } from './memory-channel-state.js';
import { createPartBuffer, type IncomingPart } from './part-buffer.js';

let now = Date.parse('2025-03-14T02:21:00.000Z');
const clock = { now: () => new Date(now) };
const SENDER = '+6281200000001';

const part = (number: number, text: string, overrides: Partial<IncomingPart> = {}): IncomingPart => ({
  senderAddress: SENDER,
  reference: '2A',
  number,
  count: 3,
  messageId: `m-${number}`,
  text,
  receivedAt: `2025-03-14T02:21:0${number}.000Z`,
  ...overrides,
});
const texts = (parts: MessagePartV1[] | undefined) => parts?.map((item) => item.text);

describe('createPartBuffer', () => {
  it('holds parts until all arrived, in any order, then hands the group over in part order', async () => {
    const buffer = createPartBuffer({ state: createMemoryChannelState(), channel: 'sms', clock });
    expect(await buffer.add(part(3, 'kasih.'))).toBeUndefined();
    expect(await buffer.add(part(1, 'Jalan rusak, teri'))).toBeUndefined();
    const group = await buffer.add(part(2, 'ma '));
    expect(group).toMatchObject({ senderAddress: SENDER, complete: true });
    expect(texts(group?.parts)).toEqual(['Jalan rusak, teri', 'ma ', 'kasih.']);
  });

  it('hands a group over to exactly one of many concurrent adders, and ignores redelivered parts', async () => {
    const buffer = createPartBuffer({ state: createMemoryChannelState(), channel: 'sms', clock });
    const groups = await Promise.all(
      [part(1, 'a'), part(2, 'b'), part(3, 'c'), part(2, 'b'), part(3, 'c')].map((item) => buffer.add(item)),
    );
    expect(groups.filter(Boolean)).toHaveLength(1);
    expect(await buffer.add(part(1, 'a'))).toBeUndefined();
    now += 11 * 60_000;
    expect(await buffer.takeExpired()).toEqual([]);
  });

  it('keeps messages of different senders and references apart', async () => {
    const buffer = createPartBuffer({ state: createMemoryChannelState(), channel: 'sms', clock });
    await buffer.add(part(1, 'A1', { count: 2 }));
    await buffer.add(part(1, 'B1', { count: 2, senderAddress: '+6285700000002', messageId: 'b-1' }));
    await buffer.add(part(1, 'C1', { count: 2, reference: '2B', messageId: 'c-1' }));
    const group = await buffer.add(part(2, 'B2', { count: 2, senderAddress: '+6285700000002', messageId: 'b-2' }));
    expect(group).toMatchObject({ senderAddress: '+6285700000002' });
    expect(texts(group?.parts)).toEqual(['B1', 'B2']);
  });

  it('hands over what arrived once the timeout passed, with its sender, each group once', async () => {
    const buffer = createPartBuffer({ state: createMemoryChannelState(), channel: 'sms', clock, timeoutMs: 60_000 });
    await buffer.add(part(1, 'Saluran mampet'));
    await buffer.add(part(3, 'terima kasih'));
    now += 30_000;
    expect(await buffer.takeExpired()).toEqual([]);
    now += 31_000;
    const [expired, ...rest] = await buffer.takeExpired();
    expect(rest).toEqual([]);
    expect(expired).toMatchObject({ senderAddress: SENDER, complete: false });
    expect(texts(expired?.parts)).toEqual(['Saluran mampet', 'terima kasih']);
    expect(await buffer.takeExpired()).toEqual([]);
    // The missing part arriving late is ignored: its words were handed over with the gap marked.
    expect(await buffer.add(part(2, 'di RT 03'))).toBeUndefined();
  });

  it('keeps addresses out of the store keys', async () => {
    const inner = createMemoryChannelState();
    const keys: string[] = [];
    const state: ChannelStateStoreV1 = {
      ...inner,
      doAddPart: (input) => {
        keys.push(input.groupKey);
        return inner.doAddPart(input);
      },
    };
    await createPartBuffer({ state, channel: 'sms', clock }).add(part(1, 'halo'));
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
  });
});
