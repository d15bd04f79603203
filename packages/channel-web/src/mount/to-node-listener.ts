import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FetchHandler } from '../http/fetch-handler.js';
import { toFetchRequest } from './node-request.js';
import { writeNodeResponse } from './node-response.js';

export type NodeListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Answers when the handler itself throws (its own errors are already responses). A failure after
 * the headers went out is a client that went away mid-response: the socket is just closed.
 */
function fail(res: ServerResponse, error: unknown, onError: ((error: unknown) => void) | undefined): void {
  if (!res.headersSent) {
    onError?.(error);
    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(JSON.stringify({ error: { code: 'internal_error', message: 'The complaint service failed; please try again later' } }));
  } else {
    res.destroy();
  }
}

/**
 * Serves a Fetch handler from `node:http` (or `https`, `http2` in compatibility mode):
 * `http.createServer(toNodeListener(handler)).listen(3000)`. The request body streams into the
 * handler; nothing is buffered here.
 */
export function toNodeListener(handler: FetchHandler, options: { onError?: (error: unknown) => void } = {}): NodeListener {
  return (req, res) => {
    handler(toFetchRequest(req, res))
      .then((response) => writeNodeResponse(response, req, res))
      .catch((error: unknown) => fail(res, error, options.onError));
  };
}
