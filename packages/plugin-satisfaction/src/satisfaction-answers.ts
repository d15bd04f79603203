import type { StoredEvent } from '@aduan/spec';
import { SATISFACTION_ANSWERED, SATISFACTION_ASKED } from './open-question.js';
import type { SatisfactionAnswer } from './parse-answer.js';
import type { SatisfactionRound } from './payloads.js';

/** One recorded answer, with the round it answered and when. */
export interface SatisfactionRecord extends SatisfactionAnswer {
  round: SatisfactionRound;
  at: string;
}

/**
 * The resident's answers in a complaint's history (`desk.history(...)`), oldest first: what a desk
 * shows beside the complaint. The comment is `[redacted]` for readers who may not see the
 * resident's words, as the history gives it.
 */
export function satisfactionAnswers(history: readonly StoredEvent[]): SatisfactionRecord[] {
  const records: SatisfactionRecord[] = [];
  let round: SatisfactionRound = 'closure';
  for (const event of history) {
    if (event.type === SATISFACTION_ASKED) round = event.payload['round'] === 'recheck' ? 'recheck' : 'closure';
    if (event.type !== SATISFACTION_ANSWERED) continue;
    const { fixed, rating, comment } = event.payload as unknown as SatisfactionAnswer;
    records.push({ round, at: event.at, fixed, rating, ...(comment === undefined ? {} : { comment }) });
  }
  return records;
}
