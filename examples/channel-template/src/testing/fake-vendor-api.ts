import { randomUUID } from 'node:crypto';
import type { ProviderFailure, ProviderSend } from '@aduan/test-kit';

/**
 * The kiosk vendor's reply API as an injected `fetch`: it checks the bearer key, keeps
 * Idempotency-Key → reply id (a repeat gets the first id and is not shown again), and can fail on
 * request. An injected fetch is the lightest fake; a loopback HTTP server is the faithful one.
 */
export function createFakeVendorApi(apiKey: string) {
  const replies: ProviderSend[] = [];
  const byKey = new Map<string, string>();
  const failures: ProviderFailure[] = [];

  const fetchFn: typeof fetch = async (input, init) => {
    const failure = failures.shift();
    if (failure === 'unreachable') throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:443') });
    if (failure === 'retryable') return Response.json({ error: 'kiosk server busy' }, { status: 503 });
    if (failure === 'permanent') return Response.json({ error: 'unknown recipient' }, { status: 422 });
    const headers = new Headers(init?.headers);
    if (!String(input).endsWith('/replies') || init?.method !== 'POST') return Response.json({ error: 'not found' }, { status: 404 });
    if (headers.get('authorization') !== `Bearer ${apiKey}`) return Response.json({ error: 'bad api key' }, { status: 401 });
    const key = headers.get('idempotency-key');
    if (!key) return Response.json({ error: 'Idempotency-Key is required' }, { status: 400 });
    const known = byKey.get(key);
    if (known) return Response.json({ id: known, replayed: true });
    const { to, text } = JSON.parse(String(init.body)) as { to: string; text: string };
    const id = `rep_${randomUUID()}`;
    byKey.set(key, id);
    replies.push({ to, text, providerMessageId: id });
    return Response.json({ id }, { status: 201 });
  };

  return { fetch: fetchFn, replies: () => [...replies], failNext: (failure: ProviderFailure) => void failures.push(failure) };
}
