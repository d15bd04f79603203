/**
 * Mounts a Fetch API handler in Express 5: `app.use('/aduan', expressMiddleware(handler))`.
 * `express` is an optional peer dependency, used for its types only.
 *
 * @packageDocumentation
 * @module @aduan/adapter-utils/express
 */
export { expressMiddleware } from './express-middleware.js';
