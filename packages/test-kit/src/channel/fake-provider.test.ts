import { afterEach, describe, expect, it } from 'vitest';
import { startFakeProvider, type FakeProviderServer } from './fake-provider.js';

let provider: FakeProviderServer | undefined;
afterEach(async () => {
  await provider?.close().catch(() => undefined);
  provider = undefined;
});

const post = (url: string, body = '{"to":"+6281200000001"}', fetchImpl: typeof fetch = fetch) =>
  fetchImpl(`${url}/v1/messages?dry=0`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-key': 'k' }, body });

describe('startFakeProvider', () => {
  it('records each call as it arrived and answers with respond()', async () => {
    provider = await startFakeProvider({ respond: (call) => ({ status: 201, body: { id: `m-${call.body.length}` } }) });
    const response = await post(provider.url);
    expect([response.status, await response.json()]).toEqual([201, { id: 'm-23' }]);
    const [call] = provider.calls();
    expect(call).toMatchObject({ method: 'POST', path: '/v1/messages', body: '{"to":"+6281200000001"}', fate: 'answered', status: 201 });
    expect([call?.query.get('dry'), call?.headers.get('x-key')]).toEqual(['0', 'k']);
  });

  it('fails scripted calls in order, in the protocol given, then answers normally again', async () => {
    provider = await startFakeProvider({
      respond: () => ({ status: 200, body: { ok: true } }),
      failures: { permanent: { status: 400, body: { code: 21211, message: "Invalid 'To' Phone Number" } } },
    });
    provider.failNext('retryable');
    provider.failNext('permanent');
    provider.failNext({ status: 429, headers: { 'retry-after': '3' }, body: 'slow down' });
    const statuses = [];
    for (let index = 0; index < 4; index++) statuses.push((await post(provider.url)).status);
    expect(statuses).toEqual([503, 400, 429, 200]);
  });

  it("drops the connection after handling a 'lost' call, so it counts as received", async () => {
    let handled = 0;
    provider = await startFakeProvider({
      respond: () => {
        handled += 1;
        return { status: 200 };
      },
    });
    provider.failNext('lost');
    await expect(post(provider.url)).rejects.toThrow();
    expect(handled).toBe(1);
    expect(provider.calls().map((call) => call.fate)).toEqual(['lost']);
  });

  it("refuses the connection of an 'unreachable' call made through provider.fetch, which then never arrives", async () => {
    provider = await startFakeProvider({ respond: () => ({ status: 200 }) });
    provider.failNext('unreachable');
    const error = await post(provider.url, undefined, provider.fetch).catch((caught: unknown) => caught);
    expect((error as Error & { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
    expect(provider.calls()).toEqual([]);
    expect((await post(provider.url, undefined, provider.fetch)).status).toBe(200);
  });

  it("says so when an 'unreachable' script meets a call that bypassed provider.fetch", async () => {
    const server = await startFakeProvider({ respond: () => ({ status: 200 }) });
    server.failNext('unreachable');
    await post(server.url).catch(() => undefined);
    expect(() => server.calls()).toThrow(/provider\.fetch/);
    await expect(server.close()).rejects.toThrow(/provider\.fetch/);
  });

  it("holds a 'hang' call until the caller gives up", async () => {
    provider = await startFakeProvider({ respond: () => ({ status: 200 }) });
    provider.failNext('hang');
    const error = await fetch(`${provider.url}/x`, { signal: AbortSignal.timeout(50) }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('TimeoutError');
    expect(provider.calls().map((call) => call.fate)).toEqual(['hung']);
  });
});
