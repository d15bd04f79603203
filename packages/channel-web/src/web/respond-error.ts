import { describeHttpError, errorResponse } from '@aduan/adapter-utils';
import { htmlResponse, withCommonHeaders } from '../http/responses.js';
import { errorPage } from './result-pages.js';
import type { WebIntakeContext } from './web-intake-options.js';

/**
 * Answers a failed web request with adapter-utils' one mapping of errors to HTTP: JSON
 * `{ error: { code, message, issues?, incidentId? } }`, or a page in Bahasa Indonesia for a
 * browser. A server fault says only that the service failed, with the incident id `onError` gets.
 */
export function respondError(context: WebIntakeContext, error: unknown, html: boolean): Response {
  if (!html) return withCommonHeaders(errorResponse(error, { onUnexpected: context.onError }));
  const described = describeHttpError(error);
  if (described.unexpected) context.onError?.(error, described.incidentId!);
  return htmlResponse(described.status, errorPage(described, context.links, context.allowedAttachmentTypes), described.headers);
}
