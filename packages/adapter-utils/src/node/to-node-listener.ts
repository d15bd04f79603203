import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FetchHandler } from '../fetch-handler.js';
import { describeHttpError } from '../http-error.js';
import { toFetchRequest } from './node-request.js';
import { writeNodeResponse } from './node-response.js';

/** A `node:http` request listener. */
export type NodeListener = (req: IncomingMessage, res: ServerResponse) => void;

/** Options of the Node mount helpers. */
export interface NodeMountOptions {
  /** Told when the handler itself throws (its own errors are already responses), with the incident id the client got. */
  onError?: (error: unknown, incidentId: string) => void;
}

/**
 * Answers when the handler itself throws: the service failed, with an incident id and nothing of
 * the error. A failure after the headers went out is a client that went away mid-response: the
 * socket is just closed.
 */
function fail(res: ServerResponse, error: unknown, onError: NodeMountOptions['onError']): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const described = describeHttpError(error);
  if (described.unexpected) onError?.(error, described.incidentId!);
  res.writeHead(described.status, { ...described.headers, 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  const { code, message, incidentId } = described;
  res.end(JSON.stringify({ error: { code, message, ...(incidentId ? { incidentId } : {}) } }));
}

/**
 * Serves a Fetch handler from `node:http` (or `https`, `http2` in compatibility mode):
 * `http.createServer(toNodeListener(handler)).listen(3000)`. The request body streams into the
 * handler; nothing is buffered here. The socket's peer address reaches the handler through
 * `peerAddressOf(request)` (the rate limiter's default key).
 */
export function toNodeListener(handler: FetchHandler, options: NodeMountOptions = {}): NodeListener {
  return (req, res) => {
    handler(toFetchRequest(req, res))
      .then((response) => writeNodeResponse(response, req, res))
      .catch((error: unknown) => fail(res, error, options.onError));
  };
}
