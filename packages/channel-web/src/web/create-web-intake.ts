import type { FetchHandler } from '@aduan/adapter-utils';
import { MethodNotAllowedError, NotFoundError } from '@aduan/spec';
import { pathBelow } from '../http/base-path.js';
import { wantsHtml } from '../http/media-type.js';
import { htmlResponse } from '../http/responses.js';
import { formPage } from './form-page.js';
import { respondError } from './respond-error.js';
import { submitComplaint } from './submit-complaint.js';
import { trackComplaint } from './track-complaint.js';
import { webIntakeContext, type WebIntakeOptions } from './web-intake-options.js';

const READ_METHODS = ['GET', 'HEAD'];

function allow(request: Request, methods: readonly string[]): void {
  if (!methods.includes(request.method)) throw new MethodNotAllowedError(request.method, methods);
}

/**
 * The web channel: `POST {basePath}/complaints`, `GET {basePath}/complaints/new` (the form) and
 * `GET {basePath}/complaints/{trackingNumber}` (public tracking). Anything else under the base
 * path is a 404. Every request draws on the client's rate limit first; no GET reads a body.
 */
export function createWebIntake(options: WebIntakeOptions): FetchHandler {
  const context = webIntakeContext(options);
  return async (request) => {
    const path = pathBelow(request, context.basePath);
    try {
      await context.rateLimit.check(request, context.clock.now());
      if (path === '/complaints') {
        allow(request, ['POST']);
        return await submitComplaint(context, request);
      }
      if (path === '/complaints/new') {
        allow(request, READ_METHODS);
        const form = formPage({
          action: `${context.basePath}/complaints`,
          maxAttachments: context.maxAttachments,
          maxAttachmentBytes: context.maxAttachmentBytes,
          acceptedTypes: context.allowedAttachmentTypes,
        });
        return htmlResponse(200, form);
      }
      const tracking = path?.match(/^\/complaints\/([^/]+)$/);
      if (tracking) {
        allow(request, READ_METHODS);
        return await trackComplaint(context, request, tracking[1]!);
      }
      throw new NotFoundError('Route', `${request.method} ${new URL(request.url).pathname}`);
    } catch (error) {
      return respondError(context, error, wantsHtml(request));
    }
  };
}
