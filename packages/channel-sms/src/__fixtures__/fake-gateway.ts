import { startFakeProvider, type FakeProviderScript } from '@aduan/test-kit';
import { jsonFields, formFields } from '../shared/fields.js';
import { readForm } from '../shared/form-fields.js';

interface FakeGatewaySend {
  to: string;
  text: string;
  reference: string | undefined;
  providerMessageId: string;
}

export interface FakeGatewayOptions {
  apiKey: string;
  format: 'form' | 'json';
  fields: { to: string; text: string; reference?: string };
}

/**
 * A generic SMS gateway's send API on loopback (the test kit's `startFakeProvider`): POST
 * /api/send with an `x-api-key` header, form or JSON body; answers
 * `{ "status": "accepted", "data": { "messageId": … } }`, and refuses a number by quoting it, as
 * many gateways do.
 */
export async function startFakeGateway(options: FakeGatewayOptions) {
  const sends: FakeGatewaySend[] = [];
  const provider = await startFakeProvider({
    respond(call) {
      if (call.method !== 'POST' || call.path !== '/api/send') return { status: 404, body: { error: 'not found' } };
      if (call.headers.get('x-api-key') !== options.apiKey) return { status: 401, body: { status: 'error', error: 'invalid api key' } };
      const fields = options.format === 'json' ? jsonFields(JSON.parse(call.body)) : formFields(readForm(call.body, 'fake gateway'));
      const to = fields(options.fields.to);
      const text = fields(options.fields.text);
      if (!to || text === undefined) return { status: 422, body: { status: 'error', error: 'to and text are required' } };
      const providerMessageId = `gw/${sends.length + 1}+${Date.now().toString(36)}=`;
      sends.push({ to, text, reference: options.fields.reference ? fields(options.fields.reference) : undefined, providerMessageId });
      return { status: 200, body: { status: 'accepted', data: { messageId: providerMessageId } } };
    },
    failures: {
      retryable: { status: 503, body: { status: 'error', error: 'gateway busy, try again later' } },
      // Gateways quote the number they refused; the adapter must keep it out of its error.
      permanent: (call) => {
        const fields = options.format === 'json' ? jsonFields(JSON.parse(call.body)) : formFields(readForm(call.body, 'fake gateway'));
        return { status: 400, body: { status: 'error', error: `invalid destination number ${fields(options.fields.to) ?? ''}` } };
      },
    },
  });
  return {
    sendUrl: `${provider.url}/api/send`,
    fetch: provider.fetch,
    sends: () => [...sends],
    failNext: (script: FakeProviderScript) => provider.failNext(script),
    close: () => provider.close(),
  };
}
