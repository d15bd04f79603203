import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { FetchHandler } from '../http/fetch-handler.js';
import { toFetchRequest } from './node-request.js';
import { bodyLeftUnread, nodeBody, nodeHeaders } from './node-response.js';

/** The parts of Fastify this helper uses (structural: Fastify stays a dev dependency). */
export interface FastifyReplyLike {
  raw: ServerResponse;
  code(statusCode: number): FastifyReplyLike;
  headers(values: Record<string, unknown>): FastifyReplyLike;
  send(payload?: unknown): FastifyReplyLike;
}

export interface FastifyInstanceLike {
  removeAllContentTypeParsers(): void;
  addContentTypeParser(
    contentType: string,
    parser: (request: unknown, payload: unknown, done: (error: Error | null, body?: unknown) => void) => void,
  ): void;
  all(path: string, handler: (request: { raw: IncomingMessage; body?: unknown }, reply: FastifyReplyLike) => Promise<unknown>): void;
}

/**
 * A Fastify plugin serving a Fetch handler below its prefix:
 * `app.register(fastifyPlugin(handler), { prefix: '/aduan' })` with the handler's
 * `basePath: '/aduan'`. Inside the plugin's own (encapsulated) context every content type is
 * handed over as the unread payload stream, so the handler streams the raw body and enforces its
 * own size limit; the rest of the app keeps its parsers.
 */
export function fastifyPlugin(handler: FetchHandler): (fastify: FastifyInstanceLike) => Promise<void> {
  return async (fastify) => {
    fastify.removeAllContentTypeParsers();
    // The body stays an unread stream: the payload, after any preParsing hook (e.g. decompression).
    fastify.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    fastify.all('/*', async (request, reply) => {
      const body = (request.body as Readable | undefined) ?? request.raw;
      const response = await handler(toFetchRequest(request.raw, reply.raw, request.raw.url, body));
      return reply
        .code(response.status)
        .headers(nodeHeaders(response, bodyLeftUnread(request.raw)))
        .send(nodeBody(response));
    });
  };
}
