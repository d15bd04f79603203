import { InvalidInputError, type FieldIssue } from '@aduan/spec';

const TO_ISO_STRING_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A timestamp the store keeps in a `timestamptz` column reads back as `Date#toISOString` writes it.
 * Event hashes cover `at`, so only that exact shape is accepted: anything else would come back
 * as different text and break the chain.
 */
export function storedInstantIssue(value: string, path: string): FieldIssue | undefined {
  if (typeof value === 'string' && TO_ISO_STRING_SHAPE.test(value) && new Date(value).toISOString() === value) return undefined;
  return {
    path,
    message: `must be an instant as Date#toISOString writes it (e.g. 2025-01-31T08:00:00.000Z); got ${JSON.stringify(value)}`,
  };
}

export function storedInstant(value: string, path: string): string {
  const issue = storedInstantIssue(value, path);
  if (issue) throw new InvalidInputError('store input', [issue]);
  return value;
}

/** An instant to compare with: read as `Date.parse` reads it (as the memory store does), sent in UTC. */
export function instantParam(value: string, path: string): string {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms))
    throw new InvalidInputError('store input', [{ path, message: `must be an ISO instant; got ${JSON.stringify(value)}` }]);
  return new Date(ms).toISOString();
}

/** SQL that renders a timestamptz column exactly as `Date#toISOString`, whatever the session time zone. */
export const isoText = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
