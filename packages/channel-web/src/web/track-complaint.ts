import type { PublicTracking } from '@aduan/core';
import { decodeSegment } from '../http/decode-segment.js';
import { acceptsHtml } from '../http/media-type.js';
import { htmlResponse, jsonResponse } from '../http/responses.js';
import { respondError } from './respond-error.js';
import { trackingPage } from './result-pages.js';
import type { WebIntakeContext } from './web-intake-options.js';

/**
 * Copies field by field: a field added to the desk's tracking view later must be reviewed for
 * privacy before it is published here.
 */
function publicView(tracking: PublicTracking): PublicTracking {
  const { trackingNumber, status, createdAt, updatedAt, title, category, unitId } = tracking;
  return {
    trackingNumber,
    status,
    createdAt,
    updatedAt,
    ...(title === undefined ? {} : { title }),
    ...(category === undefined ? {} : { category }),
    ...(unitId === undefined ? {} : { unitId }),
  };
}

/**
 * `GET /complaints/{trackingNumber}`: the desk's public tracking view (never an identity; only
 * the status of a rahasia complaint), as JSON or as a page for a browser.
 */
export async function trackComplaint(context: WebIntakeContext, request: Request, segment: string): Promise<Response> {
  const html = acceptsHtml(request);
  try {
    const tracking = publicView(await context.desk.track(decodeSegment(segment, 'trackingNumber')));
    return html ? htmlResponse(200, trackingPage(tracking)) : jsonResponse(200, tracking);
  } catch (error) {
    return respondError(context, error, html);
  }
}
