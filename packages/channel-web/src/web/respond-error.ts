import { describeError } from '../http/describe-error.js';
import { htmlResponse, jsonResponse } from '../http/responses.js';
import type { WebIntakeContext } from './web-intake-options.js';
import { errorPage } from './result-pages.js';

/**
 * Answers a failed web request: `{ error: { code, message, issues? } }` as JSON, or a page for a
 * browser that submitted the form.
 */
export function respondError(context: WebIntakeContext, error: unknown, html: boolean): Response {
  const described = describeError(error);
  if (described.unexpected) context.onError?.(error);
  const headers: Record<string, string> = described.allow ? { allow: described.allow.join(', ') } : {};
  if (html) return htmlResponse(described.status, errorPage(described, context.links), headers);
  const { code, message, issues } = described;
  return jsonResponse(described.status, { error: { code, message, ...(issues ? { issues } : {}) } }, headers);
}
