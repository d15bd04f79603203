/**
 * Mounts a Fetch API handler in Hono: `app.all('/aduan/*', honoHandler(handler))`. `hono` is an
 * optional peer dependency, used for its types only.
 *
 * @packageDocumentation
 * @module @aduan/adapter-utils/hono
 */
export { honoHandler, type HonoMountOptions } from './hono-handler.js';
