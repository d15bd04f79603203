/**
 * Serves a Fetch API handler from Fastify 5: `app.register(fastifyPlugin(handler), { prefix: '/aduan' })`.
 * `fastify` is an optional peer dependency, used for its types only.
 *
 * @packageDocumentation
 * @module @aduan/adapter-utils/fastify
 */
export { fastifyPlugin } from './fastify-plugin.js';
