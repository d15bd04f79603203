import { PayloadTooLargeError } from '@aduan/spec';

/**
 * Reads a request body into memory but refuses it once it passes `maxBytes`: a declared
 * Content-Length over the limit is refused before reading, and the stream is counted chunk by chunk
 * (a chunked or lying client is stopped at the first chunk past the limit), so an oversize body is
 * never held whole.
 */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw new PayloadTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array(0);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Not awaited: some sources settle their cancel only when the peer stops sending.
      reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(maxBytes);
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
