import { PayloadTooLargeError } from '@aduan/spec';

/** Methods whose body carries no meaning: never read, so a client cannot make us drain one. */
const BODYLESS_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE']);

/**
 * Reads a request body up to `limitBytes`, refusing larger ones as soon as they pass the limit
 * (or at once from Content-Length), so an oversize upload is never buffered whole. Bodies of GET,
 * HEAD, OPTIONS and DELETE are not read at all: they answer an empty array and the stream is
 * cancelled.
 */
export async function readBodyWithLimit(request: Request, limitBytes: number): Promise<Uint8Array> {
  if (BODYLESS_METHODS.has(request.method.toUpperCase())) {
    // Not awaited: some sources settle their cancel only when the peer stops sending.
    request.body?.cancel().catch(() => undefined);
    return new Uint8Array(0);
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limitBytes) {
    request.body?.cancel().catch(() => undefined);
    throw new PayloadTooLargeError(limitBytes);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(limitBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
