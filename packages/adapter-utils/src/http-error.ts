import { randomUUID } from 'node:crypto';
import {
  AduanError,
  MethodNotAllowedError,
  RateLimitedError,
  UnauthorizedError,
  type AduanErrorCode,
  type FieldIssue,
  InvalidInputError,
} from '@aduan/spec';

/** HTTP status of each error code a request can cause. Codes not listed are server faults (500). */
const STATUS_BY_CODE: Partial<Record<AduanErrorCode, number>> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  version_conflict: 409,
  illegal_transition: 409,
  duplicate_message: 409,
  duplicate_tracking_number: 409,
  duplicate_external_ref: 409,
  duplicate_username: 409,
  account_version_conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  plugin_rejected: 422,
  rate_limited: 429,
  channel_failure: 502,
  lapor_api_failure: 502,
  store_failure: 503,
  store_locked: 503,
  closed: 503,
};

/** What every failed HTTP answer says: the same for the desk's webhooks, the web intake and Open311. */
export interface HttpErrorDescription {
  status: number;
  /** The error's stable code; `internal_error` for anything that is not an AduanError. */
  code: AduanErrorCode | 'internal_error';
  /** Safe to show the client: a request's own fault is explained; a server fault is not. */
  message: string;
  issues?: readonly FieldIssue[];
  /** `Allow` for 405, `Retry-After` for 429 and 503. */
  headers: Record<string, string>;
  /** True for a fault of the server (5xx): log it under `incidentId`. */
  unexpected: boolean;
  /** Set for server faults: the id the answer carries and the log line should name. */
  incidentId?: string;
}

export const SERVICE_FAILED_MESSAGE = 'The complaint service failed; please try again later';

/**
 * Maps any thrown value to an HTTP answer. Errors a request causes keep their stable code and
 * message; server faults (5xx, and anything that is not an AduanError) say only that the service
 * failed, with an incident id: internal text (SQL, stack traces, provider answers) never reaches
 * the client.
 */
export function describeHttpError(error: unknown, newIncidentId: () => string = randomUUID): HttpErrorDescription {
  const code = AduanError.isInstance(error) ? error.code : 'internal_error';
  const status = UnauthorizedError.isInstance(error) ? error.status : code === 'internal_error' ? 500 : (STATUS_BY_CODE[code] ?? 500);
  const headers: Record<string, string> = {};
  if (MethodNotAllowedError.isInstance(error)) headers['allow'] = error.allow.join(', ');
  if (RateLimitedError.isInstance(error)) headers['retry-after'] = String(error.retryAfterSeconds);
  if (status >= 500) {
    if (status === 503) headers['retry-after'] = '30';
    const incidentId = newIncidentId();
    return { status, code, message: `${SERVICE_FAILED_MESSAGE} (incident ${incidentId})`, headers, unexpected: true, incidentId };
  }
  const described: HttpErrorDescription = { status, code, message: (error as AduanError).message, headers, unexpected: false };
  if (InvalidInputError.isInstance(error)) described.issues = error.issues;
  return described;
}

export interface ErrorResponseOptions {
  /** Called for server faults only (5xx): log the error with its incident id. */
  onUnexpected?: (error: unknown, incidentId: string) => void;
}

/** The JSON answer for an error: `{ error: { code, message, issues?, incidentId? } }` with `describeHttpError`'s status. */
export function errorResponse(error: unknown, options: ErrorResponseOptions = {}): Response {
  const described = describeHttpError(error);
  if (described.unexpected) options.onUnexpected?.(error, described.incidentId!);
  const { code, message, issues, incidentId } = described;
  return Response.json(
    { error: { code, message, ...(issues ? { issues } : {}), ...(incidentId ? { incidentId } : {}) } },
    { status: described.status, headers: described.headers },
  );
}
