import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { exerciseMount, mountedIntake } from '../testing/mounted-intake.js';
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

describe('honoHandler', () => {
  it('serves the handler on a wildcard route', async () => {
    const { handler, store } = mountedIntake();
    const app = new Hono();
    app.get('/health', (c) => c.json({ ok: true }));
    app.all('/aduan/*', honoHandler(handler));
    const url = await start(app);
    const { created, form } = await exerciseMount(url);
    expect(created.status).toBe(201);
    expect(form.status).toBe(200);
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true });
    expect(store.contents().projections).toHaveLength(1);
  });

  it('works below app.basePath(), the handler knowing the full mount path', async () => {
    const { handler } = mountedIntake();
    const app = new Hono().basePath('/aduan');
    app.all('/*', honoHandler(handler));
    const url = await start(app);
    const { created, form } = await exerciseMount(url);
    expect(created.status).toBe(201);
    expect(await form.text()).toContain('action="/aduan/complaints"');
  });

  it('passes oversize bodies on for the handler to refuse with 413', async () => {
    const { handler } = mountedIntake();
    const app = new Hono();
    app.all('/aduan/*', honoHandler(handler));
    const url = await start(app);
    const response = await fetch(`${url}/aduan/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x', description: 'y'.repeat(200_000) }),
    });
    expect(response.status).toBe(413);
  });
});
