import type { Server } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { close, listen } from '../testing/loopback.js';
import { exerciseMount, mountedIntake, sample } from '../testing/mounted-intake.js';
import { streamUpload } from '../testing/stream-upload.js';
import { expressMiddleware } from './express-middleware.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(close));
});

async function start(app: express.Express): Promise<string> {
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

describe('expressMiddleware', () => {
  it('serves the handler mounted under a path, next to other routes', async () => {
    const { handler, store } = mountedIntake();
    const app = express();
    app.get('/health', (_req, res) => {
      res.json({ ok: true });
    });
    app.use('/aduan', expressMiddleware(handler));
    const url = await start(app);
    const { created, form } = await exerciseMount(url);
    expect(created.status).toBe(201);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('action="/aduan/complaints"');
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true });
    expect(store.contents().projections).toHaveLength(1);
  });

  it('streams the raw body itself: an oversize body gets 413 without any body parser', async () => {
    const { handler } = mountedIntake();
    const app = express();
    app.use('/aduan', expressMiddleware(handler));
    const url = await start(app);
    const result = await streamUpload(`${url}/aduan/complaints`, 16 * 1024 * 1024, { 'content-type': 'application/json' });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('reports a body already consumed by a parser mounted before it', async () => {
    const { handler, store } = mountedIntake();
    const app = express();
    app.use(express.json());
    app.use('/aduan', expressMiddleware(handler));
    app.use((error: { code?: string; message: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      res.status(500).json({ code: error.code, message: error.message });
    });
    const url = await start(app);
    const response = await fetch(`${url}/aduan/complaints`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sample) });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'invalid_config', message: expect.stringContaining('body parser') });
    expect(store.contents().projections).toHaveLength(0);
  });
});
