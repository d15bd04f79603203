import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '../shared/constant-time.js';

/**
 * Twilio's `X-Twilio-Signature`: base64(HMAC-SHA1(auth token, URL + every POST parameter's name
 * and value)), parameters sorted by name (code unit order, case-sensitive). A repeated name
 * contributes each distinct value, sorted, as Twilio's own helper libraries do.
 */
export function twilioSignature(authToken: string, url: string, params: URLSearchParams): string {
  const names = [...new Set(params.keys())].sort();
  let data = url;
  for (const name of names) for (const value of [...new Set(params.getAll(name))].sort()) data += name + value;
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
export function verifyTwilioSignature(authToken: string, signature: string, url: string, params: URLSearchParams): boolean {
  let valid = false;
  // Every variant is checked (no early exit), so timing does not tell which one matched.
  for (const variant of signedUrlVariants(url)) valid = constantTimeEqual(signature, twilioSignature(authToken, variant, params)) || valid;
  return valid;
}
