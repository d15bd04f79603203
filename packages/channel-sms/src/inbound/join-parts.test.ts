import type { MessagePartV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { joinParts, MISSING_PART_MARK } from './join-parts.js';

const SENDER = '+6281200000001';
const part = (number: number, text: string, count = 3): MessagePartV1 => ({
  senderAddress: SENDER,
  number,
  count,
  messageId: `m-${number}`,
  text,
  receivedAt: `2025-03-14T02:21:0${number}.000Z`,
});

describe('joinParts', () => {
  it('joins a complete group without separators, with the first part’s id and time', () => {
    expect(
      joinParts({ senderAddress: SENDER, complete: true, parts: [part(1, 'Jalan rusak, teri'), part(2, 'ma '), part(3, 'kasih.')] }),
    ).toEqual({
      messageId: 'm-1',
      text: 'Jalan rusak, terima kasih.',
      receivedAt: '2025-03-14T02:21:01.000Z',
      sender: SENDER,
    });
  });

  it('marks every gap of an incomplete group, at the start, in the middle and at the end', () => {
    expect(joinParts({ senderAddress: SENDER, complete: false, parts: [part(2, 'dua', 4)] }).text).toBe(
      `${MISSING_PART_MARK} dua ${MISSING_PART_MARK}`,
    );
    expect(joinParts({ senderAddress: SENDER, complete: false, parts: [part(1, 'satu'), part(3, 'tiga')] }).text).toBe(
      `satu ${MISSING_PART_MARK} tiga`,
    );
  });
});
