import { randomUUID } from 'node:crypto';
import { startFakeProvider, type FakeProviderScript, type ProviderSend } from '@aduan/test-kit';

/**
 * The kiosk vendor's reply API on loopback (the test kit's `startFakeProvider`): it checks the
 * bearer key, answers `201 { id }` for `POST /messages { member, text }`, refuses unknown members
 * with 404, and fails as the test scripts it. Give the adapter `vendor.fetch` so a scripted
 * `unreachable` meets a genuinely refused connection.
 */
export async function startFakeVendorApi(apiKey: string) {
  const replies: ProviderSend[] = [];
  const provider = await startFakeProvider({
    respond(call) {
      if (call.method !== 'POST' || call.path !== '/api/messages') return { status: 404, body: { error: 'not found' } };
      if (call.headers.get('authorization') !== `Bearer ${apiKey}`) return { status: 401, body: { error: 'bad api key' } };
      const { member, text } = JSON.parse(call.body) as { member?: unknown; text?: unknown };
      if (typeof member !== 'string' || !/^KS-[0-9A-F]{8}$/.test(member))
        return { status: 404, body: { error: `unknown member ${String(member)}` } };
      if (typeof text !== 'string' || text === '') return { status: 422, body: { error: 'text is required' } };
      const id = `rep_${randomUUID()}`;
      replies.push({ to: member, text, providerMessageId: id });
      return { status: 201, body: { id } };
    },
    failures: {
      retryable: { status: 503, body: { error: 'kiosk server busy' } },
      permanent: { status: 422, body: { error: 'reply refused' } },
    },
  });
  return {
    apiUrl: `${provider.url}/api`,
    fetch: provider.fetch,
    replies: () => [...replies],
    failNext: (script: FakeProviderScript) => provider.failNext(script),
    close: () => provider.close(),
  };
}
