import { RateLimitedError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { clientAddressOf, clientKeyOf } from './client-address.js';
import { describeHttpError } from './http-error.js';
import { createMemoryRateLimiter } from './memory-rate-limiter.js';
import { setPeerAddress } from './peer-address.js';
import { createRequestRateLimit } from './request-rate-limit.js';

const now = new Date('2026-03-02T02:00:00.000Z');

function from(peer: string | undefined, headers: Record<string, string> = {}): Request {
  const request = new Request('http://localhost/aduan/complaints', { headers });
  setPeerAddress(request, peer);
  return request;
}

describe('createRequestRateLimit', () => {
  it('throws RateLimitedError once a client spent its budget, which answers 429 with Retry-After', async () => {
    const limit = createRequestRateLimit({ limiter: createMemoryRateLimiter({ burst: 2, perMinute: 2 }) });
    await limit.check(from('192.0.2.1'), now);
    await limit.check(from('192.0.2.1'), now);
    const refused = await limit.check(from('192.0.2.1'), now).catch((error: unknown) => error);
    expect(RateLimitedError.isInstance(refused)).toBe(true);
    expect(describeHttpError(refused)).toMatchObject({ status: 429, code: 'rate_limited', headers: { 'retry-after': '30' } });
    await expect(limit.check(from('192.0.2.2'), now)).resolves.toBeUndefined();
  });

  it('is on by default, and off only when asked', async () => {
    const limit = createRequestRateLimit(undefined);
    const results = await Promise.allSettled(Array.from({ length: 31 }, () => limit.check(from('192.0.2.1'), now)));
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(1);
    const off = createRequestRateLimit(false);
    for (let i = 0; i < 100; i++) await off.check(from('192.0.2.1'), now);
  });

  it('keys by a given function, and puts requests of unknown origin into one shared budget', async () => {
    const keyed = createRequestRateLimit({
      limiter: createMemoryRateLimiter({ burst: 1 }),
      key: (request) => request.headers.get('x-api-key') ?? undefined,
    });
    await keyed.check(from(undefined, { 'x-api-key': 'satu' }), now);
    await keyed.check(from(undefined, { 'x-api-key': 'dua' }), now);
    await expect(keyed.check(from(undefined, { 'x-api-key': 'satu' }), now)).rejects.toMatchObject({ code: 'rate_limited' });
    const shared = createRequestRateLimit({ limiter: createMemoryRateLimiter({ burst: 1 }) });
    await shared.check(from(undefined), now);
    await expect(shared.check(from(undefined), now)).rejects.toMatchObject({ code: 'rate_limited' });
  });

  it('refuses options that cannot work at start-up', () => {
    expect(() => createRequestRateLimit({ trustedProxies: -1 })).toThrow(/rateLimit.trustedProxies/);
    expect(() => createRequestRateLimit({ limiter: {} as never })).toThrow(/rateLimit.limiter: must implement RateLimiterV1/);
  });
});

describe('client addresses', () => {
  it('reads X-Forwarded-For only for the declared number of trusted proxies', () => {
    const request = from('10.0.0.5', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' });
    expect(clientAddressOf(request)).toBe('10.0.0.5');
    expect(clientAddressOf(request, 1)).toBe('198.51.100.7');
    expect(clientAddressOf(request, 2)).toBe('6.6.6.6');
    expect(clientAddressOf(request, 3)).toBe('10.0.0.5');
  });

  it('keys IPv4 as is, IPv4-mapped IPv6 as IPv4, and IPv6 by its /64 network', () => {
    expect(clientKeyOf('192.0.2.1')).toBe('192.0.2.1');
    expect(clientKeyOf('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(clientKeyOf('2001:db8:aa:1::1')).toBe('2001:db8:aa:1::/64');
    expect(clientKeyOf('2001:0DB8:00aa:0001:ffff:1:2:3')).toBe('2001:db8:aa:1::/64');
    expect(clientKeyOf('[2001:db8::1]')).toBe('2001:db8:0:0::/64');
    expect(clientKeyOf('::1')).toBe('0:0:0:0::/64');
  });
});
