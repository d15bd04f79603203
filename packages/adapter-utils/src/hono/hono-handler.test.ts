import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { echoHandler } from '../__fixtures__/echo-handler.js';
import { honoHandler } from './hono-handler.js';

const servers: ServerType[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function start(app: Hono): Promise<string> {
  const port = await new Promise<number>((resolve) => {
    servers.push(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port)));
  });
  return `http://127.0.0.1:${port}`;
}

const echo = async (url: string) => (await fetch(`${url}/app/echo`, { method: 'POST', body: 'isi' })).json();

describe('honoHandler', () => {
  it('serves the handler on a wildcard route, with the peer from @hono/node-server', async () => {
    const app = new Hono();
    app.get('/health', (c) => c.json({ ok: true }));
    app.all('/app/*', honoHandler(echoHandler().handler));
    const url = await start(app);
    expect(await echo(url)).toEqual({ method: 'POST', path: '/app/echo', bytes: 3, text: 'isi', peer: '127.0.0.1' });
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true });
  });

  it('works below app.basePath(), the handler seeing the full path, and takes the peer from a given function', async () => {
    const app = new Hono().basePath('/app');
    app.all('/*', honoHandler(echoHandler().handler, { peerAddress: () => '203.0.113.9' }));
    const url = await start(app);
    expect(await echo(url)).toMatchObject({ path: '/app/echo', peer: '203.0.113.9' });
  });

  it('passes oversize bodies on for the handler to refuse with 413', async () => {
    const app = new Hono();
    app.all('/app/*', honoHandler(echoHandler().handler));
    const url = await start(app);
    const response = await fetch(`${url}/app/echo`, { method: 'POST', body: 'y'.repeat(200_000) });
    expect(response.status).toBe(413);
  });
});
