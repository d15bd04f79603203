import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { setPeerAddress } from '../peer-address.js';

/**
 * The Node request body as a web stream that reads only on demand (high-water mark 0): a handler
 * that stops reading at its size limit leaves the rest of the upload unread in the socket.
 */
function bodyStream(source: Readable): ReadableStream<Uint8Array> {
  let attached = false;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!attached) {
          attached = true;
          source.on('data', (chunk: Buffer) => {
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            source.pause();
          });
          source.once('end', () => controller.close());
          source.once('error', (error) => controller.error(error));
        }
        source.resume();
      },
      // Pausing, not destroying: the socket must stay open to carry the response (e.g. a 413).
      cancel() {
        source.pause();
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * Converts a Node request to a Fetch `Request`. `path` is the full request path with query (Express
 * passes `originalUrl`, because the handler matches below its own base path). The host header is
 * used only to make the URL absolute; handlers route by path. `body` is the stream to read the
 * body from: the request itself, or what a framework's hooks made of it (Fastify's payload).
 * GET and HEAD get no body at all, whatever the client sent. The socket's peer address is
 * recorded for `peerAddressOf`.
 */
export function toFetchRequest(req: IncomingMessage, res: ServerResponse, path = req.url ?? '/', body: Readable = req): Request {
  const secure = 'encrypted' in req.socket && req.socket.encrypted === true;
  const origin = `${secure ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
  let url: URL;
  try {
    url = new URL(`${origin}${path}`);
  } catch {
    url = new URL(`http://localhost${path}`);
  }
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (!name.startsWith(':')) headers.append(name, req.rawHeaders[i + 1]!);
  }
  const method = req.method ?? 'GET';
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const request = new Request(url, {
    method,
    headers,
    signal: controller.signal,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: bodyStream(body), duplex: 'half' }),
  });
  setPeerAddress(request, req.socket.remoteAddress);
  return request;
}
