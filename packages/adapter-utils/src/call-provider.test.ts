import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callProvider, requestNeverLeft } from './call-provider.js';

/** A provider on loopback whose behaviour each path chooses. */
const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  '/ok': (_, response) => response.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"m-1"}'),
  '/refused': (_, response) => response.writeHead(400).end('{"error":"invalid number"}'),
  '/moved': (_, response) => response.writeHead(302, { location: 'http://169.254.169.254/latest' }).end(),
  '/big': (_, response) => response.writeHead(200).end('x'.repeat(10_000)),
  // Reads the whole request, then drops the connection: the provider may have acted on it.
  '/lost': (request, response) => request.on('end', () => response.socket?.destroy()).resume(),
  '/hang': (request) => request.resume(),
};

let base = '';
const server = createServer((request, response) => routes[request.url ?? '']?.(request, response));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

/** A port released just now refuses connections: a provider that cannot be reached (released late, so no other server took it). */
async function closedPortUrl(): Promise<string> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/ok`;
  await new Promise((resolve) => probe.close(resolve));
  return url;
}
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const post = { method: 'POST', body: 'to=%2B6281200000001&text=halo' };

describe('callProvider', () => {
  it('answers a provider answer with its status and body', async () => {
    expect(await callProvider(`${base}/ok`, post, { timeoutMs: 5_000 })).toMatchObject({
      kind: 'answered',
      status: 201,
      ok: true,
      text: '{"id":"m-1"}',
    });
    expect(await callProvider(`${base}/refused`, post, { timeoutMs: 5_000 })).toMatchObject({ kind: 'answered', status: 400, ok: false });
  });

  it('reports a refused connection as not sent', async () => {
    const result = await callProvider(await closedPortUrl(), post, { timeoutMs: 5_000 });
    expect(result).toMatchObject({ kind: 'not_sent', error: expect.stringContaining('ECONNREFUSED') });
  });

  it('reports a connection dropped after the request was written as in doubt', async () => {
    expect(await callProvider(`${base}/lost`, post, { timeoutMs: 5_000 })).toMatchObject({ kind: 'in_doubt' });
  });

  it('reports a call that outlives its timeout as in doubt', async () => {
    expect(await callProvider(`${base}/hang`, post, { timeoutMs: 50 })).toMatchObject({
      kind: 'in_doubt',
      error: expect.stringContaining('Timeout'),
    });
  });

  it('does not follow redirects: the redirect is the answer', async () => {
    expect(await callProvider(`${base}/moved`, post, { timeoutMs: 5_000 })).toMatchObject({ kind: 'answered', status: 302, ok: false });
  });

  it('reads at most maxResponseBytes of an answer', async () => {
    const result = await callProvider(`${base}/big`, { method: 'GET' }, { timeoutMs: 5_000, maxResponseBytes: 100 });
    expect(result).toMatchObject({ kind: 'answered', truncated: true });
    expect(result.kind === 'answered' && result.text.length).toBe(100);
  });
});

describe('requestNeverLeft', () => {
  it('knows connection failures from failures after sending, through nested causes', () => {
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const bothAddresses = new TypeError('fetch failed', {
      cause: Object.assign(
        new AggregateError([
          Object.assign(new Error('a'), { code: 'ECONNREFUSED' }),
          Object.assign(new Error('b'), { code: 'ENETUNREACH' }),
        ]),
      ),
    });
    const closed = new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
    expect(requestNeverLeft(refused)).toBe(true);
    expect(requestNeverLeft(bothAddresses)).toBe(true);
    expect(requestNeverLeft(closed)).toBe(false);
    expect(requestNeverLeft(new Error('no code at all'))).toBe(false);
  });
});
