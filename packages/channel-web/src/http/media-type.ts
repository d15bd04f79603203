/** The media type of a Content-Type header, lower-cased and without parameters (`charset`, `boundary`). */
export function mediaTypeOf(request: Request): string | undefined {
  const header = request.headers.get('content-type');
  if (!header) return undefined;
  return header.split(';', 1)[0]!.trim().toLowerCase() || undefined;
}

/** True when the client lists HTML among what it accepts (a browser submitting a form does). */
function acceptsHtml(request: Request): boolean {
  return (request.headers.get('accept') ?? '').toLowerCase().includes('text/html');
}

const FORM_TYPES: ReadonlySet<string> = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * True when the answer should be a page: a browser reading a page, or posting the HTML form. An
 * app posting JSON gets JSON even when it also accepts HTML.
 */
export function wantsHtml(request: Request): boolean {
  if (!acceptsHtml(request)) return false;
  return request.method === 'GET' || request.method === 'HEAD' || FORM_TYPES.has(mediaTypeOf(request) ?? '');
}
