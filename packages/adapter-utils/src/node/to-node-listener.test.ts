import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ECHO_LIMIT_BYTES, echoHandler } from '../__fixtures__/echo-handler.js';
import { close, serve } from '../__fixtures__/loopback.js';
import { streamUpload } from '../__fixtures__/stream-upload.js';
import { toNodeListener } from './to-node-listener.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(close));
});

async function start(listener: Parameters<typeof serve>[0]): Promise<string> {
  const { url, server } = await serve(listener);
  servers.push(server);
  return url;
}

describe('toNodeListener', () => {
  it('serves a Fetch handler from node:http with the socket peer recorded', async () => {
    const url = await start(toNodeListener(echoHandler().handler));
    const response = await fetch(`${url}/app/echo?x=1`, { method: 'POST', body: 'halo' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ method: 'POST', path: '/app/echo?x=1', bytes: 4, text: 'halo', peer: '127.0.0.1' });
    const page = await fetch(`${url}/app/halaman`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('streams the request body and the response body through', async () => {
    const url = await start(
      toNodeListener(async (request) => {
        const text = await request.text();
        const headers = new Headers({ 'content-type': 'text/plain' });
        headers.append('set-cookie', 'a=1');
        headers.append('set-cookie', 'b=2');
        return new Response(`${request.method} ${new URL(request.url).pathname}${new URL(request.url).search} ${text.length}`, {
          status: 202,
          headers,
        });
      }),
    );
    const response = await fetch(`${url}/x//y?q=1`, { method: 'PUT', body: 'z'.repeat(100_000) });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('PUT /x//y?q=1 100000');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it('answers 413 to an oversize streamed body at the limit and closes the connection', async () => {
    const echo = echoHandler();
    const url = await start(toNodeListener(echo.handler));
    const total = 64 * 1024 * 1024;
    const result = await streamUpload(`${url}/app/echo`, total, { 'content-type': 'application/octet-stream' });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'payload_too_large' } });
    // The handler read the limit plus at most the chunk that crossed it (and one in flight)…
    expect(echo.bytesRead()).toBeGreaterThan(ECHO_LIMIT_BYTES);
    expect(echo.bytesRead()).toBeLessThanOrEqual(ECHO_LIMIT_BYTES + 2 * 64 * 1024);
    // …and the answer came while the client was still far from done sending.
    expect(result.written).toBeLessThan(total / 4);
  });

  it('answers a handler that throws with a bare 500 and an incident id, reported to onError', async () => {
    const reported: [unknown, string][] = [];
    const boom = new Error('database password=hunter2 refused');
    const url = await start(
      toNodeListener(() => Promise.reject(boom), { onError: (error, incidentId) => reported.push([error, incidentId]) }),
    );
    const response = await fetch(`${url}/anything`);
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string; incidentId: string } };
    expect(body.error.code).toBe('internal_error');
    expect(body.error.message).not.toContain('hunter2');
    expect(body.error.message).toContain(body.error.incidentId);
    expect(reported).toEqual([[boom, body.error.incidentId]]);
  });
});
