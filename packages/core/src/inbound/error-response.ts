import { AduanError } from '@aduan/spec';

const STATUS_BY_CODE: Partial<Record<string, number>> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  illegal_transition: 409,
  payload_too_large: 413,
};

/**
 * The HTTP answer for an error: typed errors keep their code and message (written for the
 * caller); anything else is a 500 whose details stay in the server's logs, never in the response.
 */
export function errorResponse(error: unknown): Response {
  if (AduanError.isInstance(error)) {
    const explicit = error.details['status'];
    const status = typeof explicit === 'number' ? explicit : (STATUS_BY_CODE[error.code] ?? 500);
    const issues = error.details['issues'];
    return Response.json({ error: { code: error.code, message: error.message, ...(issues ? { issues } : {}) } }, { status });
  }
  return Response.json({ error: { code: 'internal_error', message: 'The request could not be processed' } }, { status: 500 });
}
