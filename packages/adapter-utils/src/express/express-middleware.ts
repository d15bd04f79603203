import { InvalidConfigError } from '@aduan/spec';
import type { RequestHandler } from 'express';
import type { FetchHandler } from '../fetch-handler.js';
import { toFetchRequest } from '../node/node-request.js';
import { writeNodeResponse } from '../node/node-response.js';

/**
 * Mounts a Fetch handler in Express 5: `app.use('/aduan', expressMiddleware(handler))` with the
 * handler's `basePath: '/aduan'`. The handler sees the full original URL and the socket's peer
 * address (`peerAddressOf`), and reads the raw body itself, so mount it before any body parser: a
 * body already consumed by `express.json()` is reported to `next` as `InvalidConfigError` instead
 * of being treated as empty.
 */
export function expressMiddleware(handler: FetchHandler): RequestHandler {
  return (req, res, next) => {
    if (req.readableEnded && req.method !== 'GET' && req.method !== 'HEAD') {
      next(
        new InvalidConfigError('Express mount', [
          {
            path: 'expressMiddleware',
            message: 'the request body was already consumed (is a body parser mounted before it?); mount aduan first',
          },
        ]),
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
