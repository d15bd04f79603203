import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { echoHandler } from './__fixtures__/echo-handler.js';
import { close, serve } from './__fixtures__/loopback.js';
import { streamUpload } from './__fixtures__/stream-upload.js';
import { createMemoryRateLimiter } from './memory-rate-limiter.js';
import { toNodeListener } from './node/to-node-listener.js';
import { setPeerAddress } from './peer-address.js';
import { readBodyWithLimit } from './read-body.js';
import { createRequestRateLimit } from './request-rate-limit.js';

/**
 * What outside checks tried against the HTTP surface every adapter shares (issue 10). Each test
 * failed before its fix; add new attacks here.
 */
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(close));
});

describe('bodies of methods that carry none (issue 10, item 8)', () => {
  it('answers a GET with a 64 MiB body without reading it, and closes instead of draining', async () => {
    const echo = echoHandler();
    const { url, server } = await serve(toNodeListener(echo.handler));
    servers.push(server);
    const total = 64 * 1024 * 1024;
    const result = await streamUpload(
      `${url}/app/echo`,
      total,
      { 'content-type': 'application/octet-stream' },
      { method: 'GET', keepSending: true },
    );
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ method: 'GET', bytes: 0 });
    expect(echo.bytesRead()).toBe(0);
    // The server says it closes the connection, so the rest of the body is never drained…
    expect(result.connection).toBe('close');
    // …and the client could hand over only what the socket buffers hold.
    expect(result.written).toBeLessThan(total / 4);
  });

  it('never reads the body of DELETE or OPTIONS handed over as a Fetch request', async () => {
    for (const method of ['DELETE', 'OPTIONS']) {
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(1024));
        },
      });
      const request = new Request('http://localhost/app/echo', { method, body, duplex: 'half' } as RequestInit);
      expect(await readBodyWithLimit(request, 1024 * 1024)).toEqual(new Uint8Array(0));
      expect(pulled).toBe(0);
    }
  });
});

describe('request rates (issue 10, item 4)', () => {
  it('keeps the limiter bounded under a flood of distinct keys', async () => {
    const limiter = createMemoryRateLimiter({ maxKeys: 500 });
    const now = new Date('2026-03-02T02:00:00.000Z');
    for (let i = 0; i < 20_000; i++) await limiter.take(`198.51.${i >> 8}.${i & 255}-${i}`, now);
    expect(limiter.size).toBe(500);
  });

  it('ignores a forged X-Forwarded-For unless proxies are declared', async () => {
    const limit = createRequestRateLimit({ limiter: createMemoryRateLimiter({ burst: 1 }) });
    const now = new Date('2026-03-02T02:00:00.000Z');
    const forged = (n: number) => {
      const request = new Request('http://localhost/', { headers: { 'x-forwarded-for': `203.0.113.${n}` } });
      setPeerAddress(request, '192.0.2.50');
      return request;
    };
    await limit.check(forged(1), now);
    await expect(limit.check(forged(2), now)).rejects.toMatchObject({ code: 'rate_limited', retryAfterSeconds: 2 });
  });
});
