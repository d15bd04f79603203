import { AduanError, type AduanErrorCode, type FieldIssue } from '@aduan/spec';
import { UnsupportedMediaTypeError } from './unsupported-media-type.js';

/** Error codes a web handler answers with: the desk's codes plus two of HTTP's own. */
export type WebErrorCode = AduanErrorCode | 'method_not_allowed' | 'internal_error';

export interface DescribedError {
  status: number;
  code: WebErrorCode;
  message: string;
  issues?: readonly FieldIssue[];
  /** Methods the path accepts (for the `Allow` header of a 405). */
  allow?: readonly string[];
  /** True when the error is a fault of the server, not of the request: worth logging. */
  unexpected: boolean;
}

const STATUS_BY_CODE: Partial<Record<AduanErrorCode, number>> = {
  invalid_input: 400,
  not_found: 404,
  forbidden: 403,
  unauthorized: 401,
  payload_too_large: 413,
  version_conflict: 409,
  plugin_rejected: 422,
  duplicate_message: 409,
  illegal_transition: 409,
};

/** Raised by the routers for a known path asked with the wrong method. */
export class MethodNotAllowedError extends Error {
  readonly allow: readonly string[];
  constructor(method: string, allow: readonly string[]) {
    super(`Method ${method} is not allowed here; use ${allow.join(' or ')}`);
    this.name = 'MethodNotAllowedError';
    this.allow = allow;
  }
}

/**
 * Maps any thrown value to an HTTP answer. Errors aduan raises on purpose keep their stable code
 * and message; anything else becomes a bare 500 so internals never reach the client.
 */
export function describeError(error: unknown): DescribedError {
  if (error instanceof MethodNotAllowedError) {
    return { status: 405, code: 'method_not_allowed', message: error.message, allow: error.allow, unexpected: false };
  }
  if (error instanceof UnsupportedMediaTypeError) {
    return { status: 415, code: error.code, message: error.message, unexpected: false };
  }
  if (AduanError.isInstance(error)) {
    const status = error.code === 'unauthorized' ? Number(error.details['status'] ?? 401) : STATUS_BY_CODE[error.code];
    if (status !== undefined) {
      const issues = error.details['issues'] as readonly FieldIssue[] | undefined;
      return { status, code: error.code, message: error.message, ...(issues ? { issues } : {}), unexpected: false };
    }
    return { status: error.code === 'store_failure' ? 503 : 500, code: error.code, message: 'The complaint service failed; please try again later', unexpected: true };
  }
  return { status: 500, code: 'internal_error', message: 'The complaint service failed; please try again later', unexpected: true };
}
