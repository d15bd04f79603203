import type { IncomingMessage, ServerResponse } from 'node:http';
import { AduanError } from '@aduan/spec';
import type { FetchHandler } from '../http/fetch-handler.js';
import { toFetchRequest } from './node-request.js';
import { writeNodeResponse } from './node-response.js';

/** The parts of Express's request this helper reads (structural: Express stays a dev dependency). */
export interface ExpressRequestLike extends IncomingMessage {
  originalUrl: string;
}

export type ExpressMiddleware = (req: ExpressRequestLike, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * Mounts a Fetch handler in Express 5: `app.use('/aduan', expressMiddleware(handler))` with the
 * handler's `basePath: '/aduan'`. The handler sees the full original URL and reads the raw body
 * itself, so mount it before any body parser: a body already consumed by `express.json()` is
 * reported to `next` as an `invalid_config` error instead of being treated as empty.
 */
export function expressMiddleware(handler: FetchHandler): ExpressMiddleware {
  return (req, res, next) => {
    if (req.readableEnded && req.method !== 'GET' && req.method !== 'HEAD') {
      next(
        new AduanError('invalid_config', 'The request body was already consumed (is a body parser mounted before expressMiddleware?); mount aduan first', {
          details: { path: req.originalUrl },
        }),
      );
      return;
    }
    handler(toFetchRequest(req, res, req.originalUrl))
      .then((response) => writeNodeResponse(response, req, res))
      .catch((error: unknown) => {
        if (res.headersSent) res.destroy();
        else next(error);
      });
  };
}
