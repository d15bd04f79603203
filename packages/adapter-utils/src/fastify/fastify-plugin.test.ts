import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { echoHandler } from '../__fixtures__/echo-handler.js';
import { streamUpload } from '../__fixtures__/stream-upload.js';
import { fastifyPlugin } from './fastify-plugin.js';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function start(app: FastifyInstance): Promise<string> {
  apps.push(app);
  return app.listen({ port: 0, host: '127.0.0.1' });
}

function appWithEcho() {
  const app = Fastify();
  app.post('/parsed', async (request) => ({ parsed: request.body }));
  app.register(fastifyPlugin(echoHandler().handler), { prefix: '/app' });
  return app;
}

describe('fastifyPlugin', () => {
  it('serves the handler below its prefix, leaving the app its own parsers', async () => {
    const url = await start(appWithEcho());
    const response = await fetch(`${url}/app/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(await response.json()).toEqual({ method: 'POST', path: '/app/echo', bytes: 7, text: '{"a":1}', peer: '127.0.0.1' });
    const parsed = await fetch(`${url}/parsed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(await parsed.json()).toEqual({ parsed: { a: 1 } });
  });

  it('hands every content type over raw: multipart and URL-encoded bodies arrive untouched', async () => {
    const url = await start(appWithEcho());
    const multipart = new FormData();
    multipart.append('title', 'Saluran mampet');
    multipart.append('attachments', new File(['foto'], 'saluran.jpg', { type: 'image/jpeg' }));
    const sent = new Request('http://x/', { method: 'POST', body: multipart });
    const raw = await sent.text();
    const echoed = await fetch(`${url}/app/echo`, {
      method: 'POST',
      headers: { 'content-type': sent.headers.get('content-type')! },
      body: raw,
    });
    expect(((await echoed.json()) as { text: string }).text).toBe(raw);
    const form = await fetch(`${url}/app/echo`, { method: 'POST', body: new URLSearchParams({ title: 'Parkir liar' }) });
    expect(((await form.json()) as { text: string }).text).toBe('title=Parkir+liar');
  });

  it('lets the handler refuse an oversize streamed body with 413', async () => {
    const url = await start(appWithEcho());
    const result = await streamUpload(`${url}/app/echo`, 16 * 1024 * 1024, { 'content-type': 'application/json' });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'payload_too_large' } });
  });
});
