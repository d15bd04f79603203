import { InvalidInputError, type FieldIssue } from '@aduan/spec';

/** The spec's limits for GET requests: a window of at most 90 days and at most 1,000 requests returned. */
const MAX_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;
export const MAX_REQUESTS = 1_000;

/** W3C date-time with a mandatory zone, as the spec requires (`2010-01-01T00:00:00Z`). */
const W3_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

export type RequestsQuery =
  | { kind: 'ids'; ids: string[] }
  | {
      kind: 'search';
      serviceCodes: string[] | undefined;
      statuses: ('open' | 'closed')[] | undefined;
      /** Inclusive start and exclusive end of `requested_datetime`, ISO instants. */
      from: string;
      to: string;
    };

/** Comma-delimited values, each once; "optional" in the spec means an empty value counts as absent. */
function list(params: URLSearchParams, name: string): string[] | undefined {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return values.length > 0 ? [...new Set(values)] : undefined;
}

function instant(params: URLSearchParams, name: string, issues: FieldIssue[]): number | undefined {
  const raw = params.get(name)?.trim();
  if (!raw) return undefined;
  const time = Date.parse(raw);
  if (!W3_DATETIME.test(raw) || Number.isNaN(time)) {
    issues.push({ path: name, message: `must be a W3C date-time with a time zone, e.g. 2026-01-31T00:00:00Z; got "${raw}"` });
    return undefined;
  }
  return time;
}

/**
 * The window of `requested_datetime`: the last 90 days by default; one given end reaches 90 days
 * from it; both ends may not be more than 90 days apart. `end_date` is inclusive.
 */
function window(start: number | undefined, end: number | undefined, now: Date, issues: FieldIssue[]): { from: string; to: string } {
  const from = start ?? (end ?? now.getTime()) - MAX_WINDOW_MS;
  const to = end ?? (start === undefined ? now.getTime() : start + MAX_WINDOW_MS);
  if (to < from) issues.push({ path: 'end_date', message: 'must not be before start_date' });
  else if (to - from > MAX_WINDOW_MS) issues.push({ path: 'end_date', message: 'the range may not span more than 90 days' });
  return { from: new Date(from).toISOString(), to: new Date(to + 1).toISOString() };
}

/** Parses the arguments of GET requests; a look-up by id names at most `maxIds` distinct ids. */
export function parseRequestsQuery(params: URLSearchParams, now: Date, maxIds: number): RequestsQuery {
  const issues: FieldIssue[] = [];
  // The spec: service_request_id overrides every other argument.
  const ids = list(params, 'service_request_id');
  if (ids) {
    if (ids.length > maxIds)
      throw new InvalidInputError('requests query', [{ path: 'service_request_id', message: `at most ${maxIds} ids per call` }]);
    return { kind: 'ids', ids };
  }
  const statuses = list(params, 'status')?.map((status) => status.toLowerCase());
  const unknown = statuses?.filter((status) => status !== 'open' && status !== 'closed') ?? [];
  if (unknown.length > 0) issues.push({ path: 'status', message: `must be open or closed, got "${unknown.join(', ')}"` });
  const range = window(instant(params, 'start_date', issues), instant(params, 'end_date', issues), now, issues);
  if (issues.length > 0) throw new InvalidInputError('requests query', issues);
  return { kind: 'search', serviceCodes: list(params, 'service_code'), statuses: statuses as ('open' | 'closed')[] | undefined, ...range };
}
