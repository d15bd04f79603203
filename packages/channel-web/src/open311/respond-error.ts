import { describeHttpError } from '@aduan/adapter-utils';
import type { Open311Context } from './open311-options.js';
import { renderRecords, type Open311Format } from './render.js';

/**
 * The spec's status codes: 404 for what does not exist, 403 for a missing or wrong api_key, 400 for
 * any other refused request. 405, 413, 429 and 5xx keep their own meaning (clients retry on a
 * 5xx and after a 429's `Retry-After`, not on a 4xx, and the service being down is not the
 * caller's fault).
 */
function open311Status(status: number): number {
  if (status === 401 || status === 403) return 403;
  if (status === 404 || status === 405 || status === 413 || status === 429 || status >= 500) return status;
  return 400;
}

/**
 * Answers an error as the spec's `errors` list: one entry per problem, `code` = the HTTP status,
 * through adapter-utils' one mapping of errors to HTTP (a server fault names only its incident).
 */
export function respondOpen311Error(context: Open311Context, format: Open311Format, error: unknown): Response {
  const described = describeHttpError(error);
  if (described.unexpected) context.onError?.(error, described.incidentId!);
  const status = open311Status(described.status);
  const entries =
    described.issues && described.issues.length > 0
      ? described.issues.map((issue) => ({ code: status, description: issue.path ? `${issue.path}: ${issue.message}` : issue.message }))
      : [{ code: status, description: described.message }];
  return renderRecords(format, { root: 'errors', item: 'error' }, entries, status, described.headers);
}
