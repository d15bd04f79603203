/**
 * How many parts a multipart body has, at most: the occurrences of its boundary delimiter, found
 * with a linear scan. Stops counting past `limit`.
 */
export function countParts(body: Uint8Array, boundary: string, limit: number): number {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  let count = -1; // the closing delimiter starts no part
  for (let at = bytes.indexOf(delimiter); at !== -1 && count <= limit; at = bytes.indexOf(delimiter, at + delimiter.length)) count++;
  return Math.max(count, 0);
}

/** The `boundary` parameter of a multipart Content-Type, unquoted. */
export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}
