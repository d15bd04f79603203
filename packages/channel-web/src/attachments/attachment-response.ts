import { safeFileName } from './safe-file-name.js';

/** A stored attachment as a host serves it back to an officer. */
export interface AttachmentDownload {
  body: ReadableStream<Uint8Array> | Uint8Array | Blob | string;
  /** The type checked at upload (the `AttachmentRef`'s `contentType`). */
  contentType: string;
  name: string;
  sizeBytes?: number;
}

/** RFC 5987 encoding of a header parameter value. */
const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The response that serves a stored attachment: always a download (`Content-Disposition:
 * attachment`, never shown inline, so a file cannot run as a page of the city's origin), with
 * the type checked at upload, `nosniff`, a sandboxing Content Security Policy and no caching.
 * The name is cleaned again; non-ASCII names travel as `filename*`.
 */
export function attachmentResponse(download: AttachmentDownload): Response {
  const name = safeFileName(download.name);
  const asciiName = name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  const headers: Record<string, string> = {
    'content-type': download.contentType,
    'content-disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${rfc5987(name)}`,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
  };
  if (download.sizeBytes !== undefined) headers['content-length'] = String(download.sizeBytes);
  return new Response(download.body, { status: 200, headers });
}
