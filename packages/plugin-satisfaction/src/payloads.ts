import type { FieldIssue } from '@aduan/spec';
import { MAX_COMMENT_LENGTH } from './parse-answer.js';

/** The rounds the plugin asks in: after the published answer, and the optional re-check weeks later. */
export type SatisfactionRound = 'closure' | 'recheck';

/** Payload of `satisfaction/asked`: which round, and whether it is the one repeat after a reply that was not an answer. */
export interface AskedPayload {
  round: SatisfactionRound;
  attempt: 1 | 2;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const unknownFields = (value: Record<string, unknown>, known: readonly string[]): FieldIssue[] =>
  Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => ({ path: key, message: 'unknown field' }));

/** Checks a `satisfaction/asked` payload. */
export function checkAsked(value: unknown): FieldIssue[] {
  const payload = record(value);
  const issues = unknownFields(payload, ['round', 'attempt']);
  if (payload['round'] !== 'closure' && payload['round'] !== 'recheck')
    issues.push({ path: 'round', message: 'must be "closure" or "recheck"' });
  if (payload['attempt'] !== 1 && payload['attempt'] !== 2) issues.push({ path: 'attempt', message: 'must be 1 or 2' });
  return issues;
}

/** Checks a `satisfaction/answered` payload: `{ fixed: boolean | null, rating: 1–5 | null, comment?: string }`. */
export function checkAnswered(value: unknown): FieldIssue[] {
  const payload = record(value);
  const issues = unknownFields(payload, ['fixed', 'rating', 'comment']);
  if (payload['fixed'] !== null && typeof payload['fixed'] !== 'boolean')
    issues.push({ path: 'fixed', message: 'must be true, false or null' });
  const rating = payload['rating'];
  if (rating !== null && !(Number.isInteger(rating) && (rating as number) >= 1 && (rating as number) <= 5)) {
    issues.push({ path: 'rating', message: 'must be a whole number from 1 to 5, or null' });
  }
  const comment = payload['comment'];
  if (comment !== undefined && (typeof comment !== 'string' || comment.length === 0 || comment.length > MAX_COMMENT_LENGTH)) {
    issues.push({ path: 'comment', message: `must be 1 to ${MAX_COMMENT_LENGTH} characters when given` });
  }
  return issues;
}
