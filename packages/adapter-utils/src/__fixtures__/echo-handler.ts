import type { FetchHandler } from '../fetch-handler.js';
import { errorResponse } from '../http-error.js';
import { peerAddressOf, setPeerAddress } from '../peer-address.js';
import { readBodyWithLimit } from '../read-body.js';

export const ECHO_LIMIT_BYTES = 64 * 1024;

export interface EchoHandler {
  handler: FetchHandler;
  /** Bytes of request body the handler pulled, across all requests. */
  bytesRead(): number;
}

/**
 * A handler mounted at `/app` as a channel would be: `POST /app/echo` reads the body within a
 * limit and echoes what it saw, any other path answers a small HTML page. Counts what it reads.
 */
export function echoHandler(): EchoHandler {
  let read = 0;
  /** The same request with its body counted as the handler pulls it. */
  const counted = (request: Request): Request => {
    if (!request.body) return request;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const copy = new Request(request, { body: request.body.pipeThrough(counter), duplex: 'half' } as RequestInit);
    setPeerAddress(copy, peerAddressOf(request));
    return copy;
  };
  const handler: FetchHandler = async (original) => {
    const request = counted(original);
    try {
      const url = new URL(request.url);
      if (!url.pathname.startsWith('/app/')) return new Response('outside', { status: 404 });
      const body = await readBodyWithLimit(request, ECHO_LIMIT_BYTES);
      if (url.pathname === '/app/echo') {
        return Response.json({
          method: request.method,
          path: `${url.pathname}${url.search}`,
          bytes: body.byteLength,
          text: new TextDecoder().decode(body),
          peer: peerAddressOf(request) ?? null,
        });
      }
      return new Response('<!doctype html><title>halaman</title><p>halaman</p>', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
  return { handler, bytesRead: () => read };
}
