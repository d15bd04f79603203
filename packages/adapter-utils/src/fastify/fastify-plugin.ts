import type { Readable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import type { FetchHandler } from '../fetch-handler.js';
import { toFetchRequest } from '../node/node-request.js';
import { bodyLeftUnread, nodeBody, nodeHeaders } from '../node/node-response.js';

/**
 * A Fastify plugin serving a Fetch handler below its prefix:
 * `app.register(fastifyPlugin(handler), { prefix: '/aduan' })` with the handler's
 * `basePath: '/aduan'`. Inside the plugin's own (encapsulated) context every content type is
 * handed over as the unread payload stream, so the handler streams the raw body and enforces its
 * own size limit; the rest of the app keeps its parsers. The handler sees the socket's peer
 * address (`peerAddressOf`), not Fastify's `request.ip`.
 */
export function fastifyPlugin(handler: FetchHandler): FastifyPluginAsync {
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
