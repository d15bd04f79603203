import { createHash } from 'node:crypto';
import { AduanError, InvalidConfigError } from '@aduan/spec';
import { mediaIdOf } from './media.js';
import { isObject, optionalText } from './payload-reader.js';

export interface WhatsAppMediaDownloaderOptions {
  accessToken: string;
  graphApiVersion?: string;
  graphApiBaseUrl?: string;
  fetch?: typeof globalThis.fetch;
}

export interface WhatsAppMedia {
  bytes: Uint8Array;
  contentType: string | undefined;
}

function failure(message: string, retryable: boolean): AduanError {
  return new AduanError('channel_failure', message, { details: { channel: 'whatsapp', retryable } });
}

/**
 * Resolves a `urn:whatsapp:media:<id>` attachment to its bytes: Graph `GET /{media-id}` gives a
 * short-lived URL, which is downloaded with the same bearer token and checked against the
 * `sha256` Meta reports. Failures throw `channel_failure` with `details.retryable`.
 */
export function createWhatsAppMediaDownloader(options: WhatsAppMediaDownloaderOptions): (attachmentUrl: string) => Promise<WhatsAppMedia> {
  if (typeof options.accessToken !== 'string' || options.accessToken === '') {
    throw new InvalidConfigError('WhatsApp media downloader options', [{ path: 'accessToken', message: 'must be a non-empty string' }]);
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const base = `${(options.graphApiBaseUrl ?? 'https://graph.facebook.com').replace(/\/+$/, '')}/${options.graphApiVersion ?? 'v21.0'}`;
  const authorization = { authorization: `Bearer ${options.accessToken}` };

  async function get(url: string, what: string): Promise<Response> {
    let response: Response;
    try {
      response = await fetchImpl(url, { headers: authorization });
    } catch (cause) {
      throw failure(`WhatsApp media ${what} unreachable: ${cause instanceof Error ? cause.message : String(cause)}`, true);
    }
    if (!response.ok) throw failure(`WhatsApp media ${what} answered HTTP ${response.status}`, response.status === 429 || response.status >= 500);
    return response;
  }

  return async (attachmentUrl) => {
    const mediaId = mediaIdOf(attachmentUrl);
    if (mediaId === undefined) throw failure(`"${attachmentUrl}" is not a WhatsApp media reference`, false);
    const info: unknown = await (await get(`${base}/${encodeURIComponent(mediaId)}`, 'lookup')).json().catch(() => undefined);
    const url = optionalText(info, 'url');
    if (url === undefined) throw failure(`WhatsApp media lookup for ${mediaId} returned no url`, false);
    const bytes = new Uint8Array(await (await get(url, 'download')).arrayBuffer());
    const sha256 = optionalText(info, 'sha256');
    if (sha256 !== undefined && createHash('sha256').update(bytes).digest('hex') !== sha256.toLowerCase()) {
      throw failure(`WhatsApp media ${mediaId} does not match its sha256`, true);
    }
    return { bytes, contentType: isObject(info) ? optionalText(info, 'mime_type') : undefined };
  };
}
