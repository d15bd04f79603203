import type { PublicTracking } from '@aduan/spec';
import { decodeSegment } from '../http/decode-segment.js';
import { wantsHtml } from '../http/media-type.js';
import { htmlResponse, jsonResponse } from '../http/responses.js';
import { respondError } from './respond-error.js';
import { trackingPage } from './result-pages.js';
import type { WebIntakeContext } from './web-intake-options.js';

/**
 * Copies field by field: a field added to the desk's tracking view later must be reviewed for
 * privacy before it is published here. A rahasia complaint keeps no title, category or unit even
 * if a desk sent them.
 */
function publicView(tracking: PublicTracking): PublicTracking {
  const { trackingNumber, status, createdAt, updatedAt, expectedResolutionAt, rahasia } = tracking;
  const shown = rahasia
    ? {}
    : {
        ...(tracking.title === undefined ? {} : { title: tracking.title }),
        ...(tracking.category === undefined ? {} : { category: tracking.category }),
        ...(tracking.unitId === undefined ? {} : { unitId: tracking.unitId }),
      };
  return {
    trackingNumber,
    status,
    createdAt,
    updatedAt,
    ...shown,
    expectedResolutionAt,
    answers: tracking.answers.map(({ at, message }) => ({ at, message })),
    rahasia,
  };
}

/**
 * `GET /complaints/{trackingNumber}`: the desk's public tracking view, as JSON or as a page for a
 * browser. The number is a bearer secret: its holder sees the status, dates, expected completion
 * and the unit's published answers; never an identity; of a rahasia complaint never the title,
 * category or unit.
 */
export async function trackComplaint(context: WebIntakeContext, request: Request, segment: string): Promise<Response> {
  const html = wantsHtml(request);
  try {
    const tracking = publicView(await context.desk.track(decodeSegment(segment, 'trackingNumber')));
    return html ? htmlResponse(200, trackingPage(tracking)) : jsonResponse(200, tracking);
  } catch (error) {
    return respondError(context, error, html);
  }
}
