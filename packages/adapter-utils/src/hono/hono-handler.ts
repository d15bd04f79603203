import type { Context } from 'hono';
import type { FetchHandler } from '../fetch-handler.js';
import { setPeerAddress } from '../peer-address.js';

/** Options of `honoHandler`. */
export interface HonoMountOptions {
  /**
   * The client's address for the rate limiter's default key. The default reads the socket that
   * `@hono/node-server` passes as `c.env.incoming`; on other runtimes pass Hono's own helper,
   * e.g. `(c) => getConnInfo(c).remote.address` from `hono/bun` or `hono/deno`.
   */
  peerAddress?: (c: Context) => string | undefined;
}

interface NodeServerBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

const nodeServerPeer = (c: Context): string | undefined => (c.env as NodeServerBindings | undefined)?.incoming?.socket?.remoteAddress;

/**
 * Mounts a Fetch handler in Hono: `app.all('/aduan/*', honoHandler(handler))`. Hono hands over
 * the untouched request with its full URL, so the handler's `basePath` is the full mount path,
 * including any `app.basePath()` or `app.route()` prefix in front of it.
 */
export function honoHandler(handler: FetchHandler, options: HonoMountOptions = {}): (c: Context) => Promise<Response> {
  const peerAddress = options.peerAddress ?? nodeServerPeer;
  return (c) => {
    const request = c.req.raw;
    setPeerAddress(request, peerAddress(c));
    return handler(request);
  };
}
