import { createHash } from 'node:crypto';
import { isRetryableStatus } from '@aduan/adapter-utils';
import { ChannelFailureError, InvalidConfigError, type FieldIssue } from '@aduan/spec';
import { mediaIdOf } from './media.js';
import { isObject, optionalText } from './payload-reader.js';

export interface WhatsAppMediaDownloaderOptions {
  accessToken: string;
  graphApiVersion?: string;
  /** Default `https://graph.facebook.com`; must be https (the access token travels to it). */
  graphApiBaseUrl?: string;
  /**
   * Hosts the media lookup may point downloads at. Meta serves media from `lookaside.fbsbx.com`
   * and requires the access token there too, so the token goes to the Graph host and to these,
   * never anywhere else. Default `['lookaside.fbsbx.com']`.
   */
  mediaHosts?: readonly string[];
  /** Largest download accepted; default 100 MiB (WhatsApp's own limit for documents). */
  maxBytes?: number;
  fetch?: typeof globalThis.fetch;
}

export interface WhatsAppMedia {
  bytes: Uint8Array;
  contentType: string | undefined;
}

export const DEFAULT_MEDIA_HOSTS: readonly string[] = ['lookaside.fbsbx.com'];
const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
const MAX_REDIRECTS = 3;

const failure = (message: string, retryable: boolean, cause?: unknown) =>
  new ChannelFailureError('whatsapp', message, { retryable, cause });

function checkOptions(options: WhatsAppMediaDownloaderOptions): { graphBase: URL; mediaHosts: ReadonlySet<string>; maxBytes: number } {
  const issues: FieldIssue[] = [];
  if (typeof options.accessToken !== 'string' || options.accessToken === '')
    issues.push({ path: 'accessToken', message: 'must be a non-empty string' });
  const base = options.graphApiBaseUrl ?? 'https://graph.facebook.com';
  const graphBase = URL.canParse(base) ? new URL(base) : undefined;
  if (graphBase?.protocol !== 'https:')
    issues.push({ path: 'graphApiBaseUrl', message: 'must be an https URL: the access token travels to it' });
  const hosts = options.mediaHosts ?? DEFAULT_MEDIA_HOSTS;
  if (!Array.isArray(hosts) || hosts.length === 0 || !hosts.every((host) => typeof host === 'string' && /^[a-z0-9.-]+$/i.test(host))) {
    issues.push({ path: 'mediaHosts', message: 'must list host names, e.g. ["lookaside.fbsbx.com"]' });
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(Number.isInteger(maxBytes) && maxBytes > 0)) issues.push({ path: 'maxBytes', message: 'must be a positive integer' });
  if (issues.length > 0) throw new InvalidConfigError('WhatsApp media downloader options', issues);
  return { graphBase: graphBase!, mediaHosts: new Set(hosts.map((host) => host.toLowerCase())), maxBytes };
}

async function readLimited(response: Response, maxBytes: number, mediaId: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw failure(`WhatsApp media ${mediaId} is larger than ${maxBytes} bytes`, false);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body ?? []) {
    total += chunk.byteLength;
    if (total > maxBytes) throw failure(`WhatsApp media ${mediaId} is larger than ${maxBytes} bytes`, false);
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Meta reports the digest in hex in lookups and in base64 in webhooks: either form is accepted. */
function matchesSha256(bytes: Uint8Array, reported: string): boolean {
  const digest = createHash('sha256').update(bytes).digest();
  return reported.toLowerCase() === digest.toString('hex') || reported === digest.toString('base64');
}

/**
 * Resolves a `urn:whatsapp:media:<id>` attachment to its bytes: Graph `GET /{media-id}` gives a
 * short-lived URL, which is downloaded and checked against the `sha256` Meta reports.
 *
 * Whatever the lookup answers, the download goes only to an https URL on one of `mediaHosts`; the
 * bearer token goes only to the Graph host and those media hosts; redirects are followed only to
 * those hosts, and never from the Graph lookup. So a tampered or spoofed lookup cannot make the
 * server fetch an internal address or hand the token to a stranger. Failures throw
 * `ChannelFailureError` (read `retryable`).
 */
export function createWhatsAppMediaDownloader(options: WhatsAppMediaDownloaderOptions): (attachmentUrl: string) => Promise<WhatsAppMedia> {
  const { graphBase, mediaHosts, maxBytes } = checkOptions(options);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const authorization = { authorization: `Bearer ${options.accessToken}` };
  const lookupBase = `${graphBase.href.replace(/\/+$/, '')}/${options.graphApiVersion ?? 'v21.0'}`;
  const isMediaUrl = (url: URL) => url.protocol === 'https:' && url.port === '' && mediaHosts.has(url.hostname.toLowerCase());

  async function fetchOnce(url: URL, what: string): Promise<Response> {
    try {
      return await fetchImpl(url, { headers: authorization, redirect: 'manual' });
    } catch (cause) {
      throw failure(`WhatsApp media ${what} unreachable: ${cause instanceof Error ? cause.message : String(cause)}`, true, cause);
    }
  }

  async function refuse(response: Response, what: string): Promise<never> {
    await response.body?.cancel();
    throw failure(`WhatsApp media ${what} answered HTTP ${response.status}`, isRetryableStatus(response.status));
  }

  /** Downloads from a media host, following redirects only while they stay on the media hosts. */
  async function download(first: URL, mediaId: string): Promise<Response> {
    let url = first;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (!isMediaUrl(url))
        throw failure(
          `WhatsApp media ${mediaId}: the download URL is not https on a Meta media host (${[...mediaHosts].join(', ')})`,
          false,
        );
      const response = await fetchOnce(url, 'download');
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel();
        url = new URL(location, url);
        continue;
      }
      return response.ok ? response : refuse(response, 'download');
    }
    throw failure(`WhatsApp media ${mediaId}: more than ${MAX_REDIRECTS} redirects`, false);
  }

  return async (attachmentUrl) => {
    const mediaId = mediaIdOf(attachmentUrl);
    if (mediaId === undefined) throw failure('not a WhatsApp media reference (urn:whatsapp:media:<id>)', false);
    // The lookup's own redirects are not followed: Graph answers it directly.
    const lookup = await fetchOnce(new URL(`${lookupBase}/${encodeURIComponent(mediaId)}`), 'lookup');
    if (!lookup.ok) await refuse(lookup, 'lookup');
    const info: unknown = await lookup.json().catch(() => undefined);
    const reported = optionalText(info, 'url');
    if (reported === undefined || !URL.canParse(reported)) throw failure(`WhatsApp media lookup for ${mediaId} returned no URL`, false);
    const bytes = await readLimited(await download(new URL(reported), mediaId), maxBytes, mediaId);
    const sha256 = optionalText(info, 'sha256');
    if (sha256 !== undefined && !matchesSha256(bytes, sha256)) {
      throw failure(`WhatsApp media ${mediaId} does not match its sha256`, true);
    }
    return { bytes, contentType: isObject(info) ? optionalText(info, 'mime_type') : undefined };
  };
}
