import { isIPv4, isIPv6 } from 'node:net';
import { peerAddressOf } from './peer-address.js';

/** The 8 groups of an IPv6 address, expanded (`::` filled with zeros). */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  return [...left, ...Array.from({ length: 8 - left.length - right.length }, () => '0'), ...right];
}

/**
 * One key per client: an IPv4 address as it is (an IPv4-mapped IPv6 address counts as IPv4), an
 * IPv6 address by its /64 network, since one subscriber gets a whole /64 and could otherwise
 * rotate through 2^64 keys. Anything else is returned trimmed and lower-cased.
 */
export function clientKeyOf(address: string): string {
  const trimmed = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (isIPv6(trimmed) && !trimmed.includes('.')) {
    return `${ipv6Groups(trimmed.split('%')[0]!)
      .slice(0, 4)
      .map((group) => group.replace(/^0+(?=.)/, ''))
      .join(':')}::/64`;
  }
  return trimmed;
}

/**
 * The client's address: the socket peer a mount helper recorded, or, when the app sits behind
 * `trustedProxies` proxies that each append to `X-Forwarded-For`, the address the outermost
 * trusted proxy saw. A client can write anything into that header, so it is read only when the
 * host says proxies are there, and only the entries those proxies appended.
 */
export function clientAddressOf(request: Request, trustedProxies = 0): string | undefined {
  if (trustedProxies > 0) {
    const forwarded = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    const seen = forwarded[forwarded.length - trustedProxies];
    if (seen !== undefined) return seen;
  }
  return peerAddressOf(request);
}
