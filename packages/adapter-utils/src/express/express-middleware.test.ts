import type { Server } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { echoHandler } from '../__fixtures__/echo-handler.js';
import { close } from '../__fixtures__/loopback.js';
import { streamUpload } from '../__fixtures__/stream-upload.js';
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
  it('serves the handler mounted under a path with the full URL and the peer, next to other routes', async () => {
    const app = express();
    app.get('/health', (_req, res) => {
      res.json({ ok: true });
    });
    app.use('/app', expressMiddleware(echoHandler().handler));
    const url = await start(app);
    const response = await fetch(`${url}/app/echo?a=b`, { method: 'POST', body: 'isi' });
    expect(await response.json()).toEqual({ method: 'POST', path: '/app/echo?a=b', bytes: 3, text: 'isi', peer: '127.0.0.1' });
    expect((await fetch(`${url}/app/halaman`)).status).toBe(200);
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true });
  });

  it('streams the raw body itself: an oversize body gets 413 without any body parser', async () => {
    const app = express();
    app.use('/app', expressMiddleware(echoHandler().handler));
    const url = await start(app);
    const result = await streamUpload(`${url}/app/echo`, 16 * 1024 * 1024, { 'content-type': 'application/json' });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('reports a body already consumed by a parser mounted before it', async () => {
    const echo = echoHandler();
    const app = express();
    app.use(express.json());
    app.use('/app', expressMiddleware(echo.handler));
    app.use((error: { code?: string; message: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      res.status(500).json({ code: error.code, message: error.message });
    });
    const url = await start(app);
    const response = await fetch(`${url}/app/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'invalid_config', message: expect.stringContaining('body parser') });
    expect(echo.bytesRead()).toBe(0);
  });
});
