/**
 * The network peer of each request, as the mount helpers saw it on the socket. Kept beside the
 * `Request` object (never in a header, which a client could forge) and read by the rate limiter's
 * default key. A copy made with `new Request(request, …)` does not carry it over; use
 * `setPeerAddress` on the copy.
 *
 * The map lives on a global symbol, so the root entry and the mount subpaths (built as separate
 * bundles) and two copies of this package in one process all share it.
 */
const REGISTRY = Symbol.for('aduan.peer-addresses');
const holder = globalThis as { [REGISTRY]?: WeakMap<Request, string> };
holder[REGISTRY] ??= new WeakMap();
const peers: WeakMap<Request, string> = holder[REGISTRY];

/** Records the address of the peer that sent `request` (the mount helpers call it). */
export function setPeerAddress(request: Request, address: string | undefined): void {
  if (address) peers.set(request, address);
}

/** The address of the peer that sent `request`, when a mount helper recorded it. */
export function peerAddressOf(request: Request): string | undefined {
  return peers.get(request);
}
