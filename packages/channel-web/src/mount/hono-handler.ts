import type { FetchHandler } from '../http/fetch-handler.js';

/** The part of Hono's context this helper reads (structural: Hono stays a dev dependency). */
export interface HonoContextLike {
  req: { raw: Request };
}

/**
 * Mounts a Fetch handler in Hono: `app.all('/aduan/*', honoHandler(handler))`. Hono hands over
 * the untouched request with its full URL, so the handler's `basePath` is the full mount path,
 * including any `app.basePath()` or `app.route()` prefix in front of it.
 */
export function honoHandler(handler: FetchHandler): (c: HonoContextLike) => Promise<Response> {
  return (c) => handler(c.req.raw);
}
