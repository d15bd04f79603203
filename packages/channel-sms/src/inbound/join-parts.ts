import type { PartGroup } from '@aduan/adapter-utils';

/** Stands where parts never arrived, so a reader sees that words are missing. */
export const MISSING_PART_MARK = '[…]';

/**
 * One message from a group of parts. Parts are cut mid-word by the sender's phone, so complete
 * groups join without separators. The id is the lowest part's provider id: the same SMS gives the
 * same id, so the desk's dedupe still works.
 */
export function joinParts(group: PartGroup): { messageId: string; text: string; receivedAt: string; sender: string } {
  const [first] = group.parts;
  if (!first) throw new RangeError('joinParts: a group has at least one part');
  let text = '';
  let expected = 1;
  for (const part of group.parts) {
    if (part.number > expected) text += text === '' ? `${MISSING_PART_MARK} ` : ` ${MISSING_PART_MARK} `;
    text += part.text;
    expected = part.number + 1;
  }
  if (!group.complete && expected <= first.count) text += ` ${MISSING_PART_MARK}`;
  return { messageId: first.messageId, text, receivedAt: first.receivedAt, sender: group.senderAddress };
}
