import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

/**
 * True when the client is still sending a body the handler did not read (it answered 413 or a
 * refusal first, or the method carries no body, as a GET with a body). Such a connection is closed
 * after the response instead of being drained.
 */
export function bodyLeftUnread(req: IncomingMessage): boolean {
  return !req.complete;
}

/** The response's headers in Node's shape; `set-cookie` stays a list. */
export function nodeHeaders(response: Response, closeConnection: boolean): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  if (closeConnection) headers['connection'] = 'close';
  return headers;
}

/** The response body as a Node stream, or null when there is none. */
export function nodeBody(response: Response): Readable | null {
  return response.body ? Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>) : null;
}

/** Writes a Fetch `Response` to a Node response, streaming the body. */
export async function writeNodeResponse(response: Response, req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.writeHead(response.status, nodeHeaders(response, bodyLeftUnread(req)));
  const body = nodeBody(response);
  if (!body) {
    res.end();
    return;
  }
  await pipeline(body, res);
}
