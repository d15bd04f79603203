import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { exerciseMount, mountedIntake } from '../testing/mounted-intake.js';
import { streamUpload } from '../testing/stream-upload.js';
import { fastifyPlugin } from './fastify-plugin.js';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function start(app: FastifyInstance): Promise<string> {
  apps.push(app);
  return app.listen({ port: 0, host: '127.0.0.1' });
}

function appWithIntake() {
  const intake = mountedIntake();
  const app = Fastify();
  app.post('/echo', async (request) => ({ parsed: request.body }));
  app.register(fastifyPlugin(intake.handler), { prefix: '/aduan' });
  return { ...intake, app };
}

describe('fastifyPlugin', () => {
  it('serves the handler below its prefix, leaving the app its own parsers', async () => {
    const { app, store } = appWithIntake();
    const url = await start(app);
    const { created, form } = await exerciseMount(url);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ status: 'received' });
    expect(form.status).toBe(200);
    expect(store.contents().projections).toHaveLength(1);
    const echo = await fetch(`${url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(await echo.json()).toEqual({ parsed: { a: 1 } });
  });

  it('hands every content type over raw: multipart and URL-encoded forms work', async () => {
    const { app, store } = appWithIntake();
    const url = await start(app);
    const multipart = new FormData();
    multipart.append('title', 'Saluran mampet');
    multipart.append('description', 'Saluran air di gang 3 mampet.');
    multipart.append('attachments', new File(['foto'], 'saluran.jpg', { type: 'image/jpeg' }));
    expect((await fetch(`${url}/aduan/complaints`, { method: 'POST', body: multipart })).status).toBe(201);
    const urlencoded = new URLSearchParams({ title: 'Parkir liar', description: 'Parkir liar di trotoar.' });
    expect((await fetch(`${url}/aduan/complaints`, { method: 'POST', body: urlencoded })).status).toBe(201);
    expect(store.contents().projections).toHaveLength(2);
  });

  it('lets the handler refuse an oversize streamed body with 413', async () => {
    const { app } = appWithIntake();
    const url = await start(app);
    const result = await streamUpload(`${url}/aduan/complaints`, 16 * 1024 * 1024, { 'content-type': 'application/json' });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'payload_too_large' } });
  });
});
