import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '@aduan/adapter-utils';
import type { FormFields } from '../shared/form-fields.js';

/** Parameters as a signer sees them: each name with its values. */
type SignedParams = Pick<FormFields, 'names' | 'all'>;

function paramsOf(params: URLSearchParams | Readonly<Record<string, string>> | SignedParams): SignedParams {
  if ('names' in params && typeof params.names === 'function') return params as SignedParams;
  const entries = params instanceof URLSearchParams ? [...params] : Object.entries(params as Readonly<Record<string, string>>);
  const map = new Map<string, string[]>();
  for (const [name, value] of entries) map.set(name, [...(map.get(name) ?? []), value]);
  return { names: () => [...map.keys()], all: (name) => map.get(name) ?? [] };
}

/**
 * Twilio's `X-Twilio-Signature`: base64(HMAC-SHA1(auth token, URL + every POST parameter's name
 * and value)), parameters sorted by name (code unit order, case-sensitive). A repeated name
 * contributes each distinct value, sorted, as Twilio's own helper libraries do. Work grows with the
 * number of parameters times the log of it, never with its square.
 */
export function twilioSignature(
  authToken: string,
  url: string,
  params: URLSearchParams | Readonly<Record<string, string>> | SignedParams,
): string {
  const source = paramsOf(params);
  let data = url;
  for (const name of [...source.names()].sort()) for (const value of [...new Set(source.all(name))].sort()) data += name + value;
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/**
 * The URL as Twilio may have signed it: Twilio is inconsistent about explicit standard ports
 * (`https://host:443/…`), so both spellings are accepted.
 */
function signedUrlVariants(url: string): string[] {
  const parsed = new URL(url);
  const standardPort = parsed.protocol === 'https:' ? '443' : '80';
  if (parsed.port !== '' && parsed.port !== standardPort) return [url];
  const withoutPort = `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}`;
  const withPort = `${parsed.protocol}//${parsed.hostname}:${standardPort}${parsed.pathname}${parsed.search}`;
  return [...new Set([url, withoutPort, withPort])];
}

/** True when `signature` is Twilio's for this URL and these parameters; compared in constant time. */
export function verifyTwilioSignature(
  authToken: string,
  signature: string,
  url: string,
  params: URLSearchParams | Readonly<Record<string, string>> | SignedParams,
): boolean {
  const source = paramsOf(params);
  let valid = false;
  // Every variant is checked (no early exit), so timing does not tell which one matched.
  for (const variant of signedUrlVariants(url)) valid = constantTimeEqual(signature, twilioSignature(authToken, variant, source)) || valid;
  return valid;
}
