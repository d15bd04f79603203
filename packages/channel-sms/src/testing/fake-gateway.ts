import { jsonFields, formFields } from '../shared/fields.js';
import { createFailureQueue } from './failure-queue.js';
import { readBody, sendJson, startLoopbackServer } from './loopback.js';

export interface FakeGatewaySend {
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
 * A generic SMS gateway's send API on loopback: POST /api/send with an `x-api-key` header, form or
 * JSON body; answers `{ "status": "accepted", "data": { "messageId": … } }`.
 */
export async function startFakeGateway(options: FakeGatewayOptions) {
  const sends: FakeGatewaySend[] = [];
  const failures = createFailureQueue({
    retryable: (response) => sendJson(response, 503, { status: 'error', error: 'gateway busy, try again later' }),
    permanent: (response) => sendJson(response, 400, { status: 'error', error: 'invalid destination number' }),
  });
  const server = await startLoopbackServer(async (request, response) => {
    const raw = await readBody(request);
    if (request.method !== 'POST' || request.url !== '/api/send') return sendJson(response, 404, { error: 'not found' });
    if (request.headers['x-api-key'] !== options.apiKey) return sendJson(response, 401, { status: 'error', error: 'invalid api key' });
    if (failures.applyNext(response)) return;
    const fields = options.format === 'json' ? jsonFields(JSON.parse(raw)) : formFields(new URLSearchParams(raw));
    const to = fields(options.fields.to);
    const text = fields(options.fields.text);
    if (!to || text === undefined) return sendJson(response, 422, { status: 'error', error: 'to and text are required' });
    const providerMessageId = `gw-${sends.length + 1}-${Date.now().toString(36)}`;
    sends.push({ to, text, reference: options.fields.reference ? fields(options.fields.reference) : undefined, providerMessageId });
    sendJson(response, 200, { status: 'accepted', data: { messageId: providerMessageId } });
  });
  return {
    sendUrl: `${server.url}/api/send`,
    sends: () => [...sends],
    failNext: failures.push,
    close: server.close,
  };
}
