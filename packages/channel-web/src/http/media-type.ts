/** The media type of a Content-Type header, lower-cased and without parameters (`charset`, `boundary`). */
export function mediaTypeOf(request: Request): string | undefined {
  const header = request.headers.get('content-type');
  if (!header) return undefined;
  return header.split(';', 1)[0]!.trim().toLowerCase() || undefined;
}

/** True when the client lists HTML among what it accepts (a browser submitting a form does). */
export function acceptsHtml(request: Request): boolean {
  return (request.headers.get('accept') ?? '').toLowerCase().includes('text/html');
}
