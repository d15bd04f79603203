import { REPLY_RULES, type ReplyRule } from '../reply-rules.js';
import type { LabelledReply } from './labelled-reply.js';

/** Every rule the review knows. */
export const ALL_RULES = Object.keys(REPLY_RULES) as ReplyRule[];

/**
 * What is wrong with a corpus's labels, one line per entry and fault: an unknown rule, a rule
 * labelled twice, a rule the entry's context skips, an empty text. Empty when the labels are sound.
 */
export function labellingFaults(corpus: readonly LabelledReply[]): string[] {
  return corpus.flatMap((entry) => [
    ...entry.breaks.filter((rule) => !ALL_RULES.includes(rule)).map((rule) => `${entry.id}: unknown rule ${rule}`),
    ...(new Set(entry.breaks).size === entry.breaks.length ? [] : [`${entry.id}: a rule labelled twice`]),
    ...entry.breaks.filter((rule) => entry.context.skip?.includes(rule)).map((rule) => `${entry.id}: ${rule} is skipped by its context`),
    ...(entry.text.trim() === '' ? [`${entry.id}: empty text`] : []),
  ]);
}
