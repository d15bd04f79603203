import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { close, serve } from '../testing/loopback.js';
import { exerciseMount, mountedIntake } from '../testing/mounted-intake.js';
import { streamUpload } from '../testing/stream-upload.js';
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
  it('serves the web intake from node:http', async () => {
    const { handler, store } = mountedIntake();
    const { created, form } = await exerciseMount(await start(toNodeListener(handler)));
    expect(created.status).toBe(201);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('Sampaikan Pengaduan');
    expect(store.contents().projections).toHaveLength(1);
  });

  it('streams the request body and the response body through', async () => {
    const url = await start(
      toNodeListener(async (request) => {
        const text = await request.text();
        const headers = new Headers({ 'content-type': 'text/plain' });
        headers.append('set-cookie', 'a=1');
        headers.append('set-cookie', 'b=2');
        return new Response(`${request.method} ${new URL(request.url).pathname}${new URL(request.url).search} ${text.length}`, { status: 202, headers });
      }),
    );
    const response = await fetch(`${url}/x//y?q=1`, { method: 'PUT', body: 'z'.repeat(100_000) });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('PUT /x//y?q=1 100000');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it('answers 413 to an oversize streamed body and closes the connection', async () => {
    const { handler } = mountedIntake();
    const url = await start(toNodeListener(handler));
    const result = await streamUpload(`${url}/aduan/complaints`, 16 * 1024 * 1024, { 'content-type': 'application/json' });
    expect(result.status).toBe(413);
    expect(result.written).toBeLessThan(16 * 1024 * 1024);
  });

  it('answers 500 when the handler itself throws, and reports it', async () => {
    const errors: unknown[] = [];
    const url = await start(toNodeListener(() => Promise.reject(new Error('boom')), { onError: (error) => errors.push(error) }));
    const response = await fetch(`${url}/anything`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 'internal_error', message: 'The complaint service failed; please try again later' } });
    expect(errors).toEqual([new Error('boom')]);
  });
});
