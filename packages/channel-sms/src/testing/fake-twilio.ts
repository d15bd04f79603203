import { randomBytes } from 'node:crypto';
import { createFailureQueue } from './failure-queue.js';
import { readBody, sendJson, startLoopbackServer } from './loopback.js';
import { signAsTwilio, statusCallbackParams } from './twilio-webhooks.js';

export interface FakeTwilioMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
  statusCallback: string | undefined;
}

const twilioError = (status: number, code: number, message: string) => ({
  code,
  message,
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status,
});

/**
 * Twilio's Messages API on loopback, as published: POST /2010-04-01/Accounts/{sid}/Messages.json,
 * HTTP basic auth with the account SID and auth token, form-encoded `To`, `From` or
 * `MessagingServiceSid`, `Body`, `StatusCallback`; answers 201 with the Message resource, and
 * posts signed status callbacks on request.
 */
export async function startFakeTwilio(account: { accountSid: string; authToken: string }) {
  const messages: FakeTwilioMessage[] = [];
  const failures = createFailureQueue({
    retryable: (response) => sendJson(response, 429, twilioError(429, 20429, 'Too Many Requests')),
    permanent: (response) => sendJson(response, 400, twilioError(400, 21211, "Invalid 'To' Phone Number")),
  });
  const expectedAuth = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;
  const server = await startLoopbackServer(async (request, response) => {
    const params = new URLSearchParams(await readBody(request));
    if (request.method !== 'POST' || request.url !== `/2010-04-01/Accounts/${account.accountSid}/Messages.json`) {
      return sendJson(response, 404, twilioError(404, 20404, 'The requested resource was not found'));
    }
    if (request.headers.authorization !== expectedAuth) return sendJson(response, 401, twilioError(401, 20003, 'Authenticate'));
    if (failures.applyNext(response)) return;
    const to = params.get('To');
    const body = params.get('Body');
    const from = params.get('From') ?? params.get('MessagingServiceSid');
    if (!to) return sendJson(response, 400, twilioError(400, 21604, "A 'To' phone number is required."));
    if (!from) return sendJson(response, 400, twilioError(400, 21603, "A 'From' phone number is required."));
    if (!body) return sendJson(response, 400, twilioError(400, 21602, 'Message body is required.'));
    if (body.length > 1600) return sendJson(response, 400, twilioError(400, 21617, 'The concatenated message body exceeds the 1600 character limit.'));
    const sid = `SM${randomBytes(16).toString('hex')}`;
    messages.push({ sid, to, from, body, statusCallback: params.get('StatusCallback') ?? undefined });
    sendJson(response, 201, {
      account_sid: account.accountSid,
      api_version: '2010-04-01',
      body,
      direction: 'outbound-api',
      from: params.get('From'),
      messaging_service_sid: params.get('MessagingServiceSid'),
      num_segments: '1',
      sid,
      status: 'queued',
      to,
      uri: `/2010-04-01/Accounts/${account.accountSid}/Messages/${sid}.json`,
    });
  });

  return {
    apiBaseUrl: server.url,
    messages: () => [...messages],
    failNext: failures.push,
    /** Posts a signed status callback for a sent message to its StatusCallback URL, as Twilio does. */
    async reportStatus(sid: string, status: string, errorCode?: string): Promise<Response> {
      const message = messages.find((candidate) => candidate.sid === sid);
      if (!message?.statusCallback) throw new Error(`fake Twilio: no status callback for ${sid}`);
      const params = statusCallbackParams(account.accountSid, { sid, status, from: message.from, to: message.to, ...(errorCode ? { errorCode } : {}) });
      return fetch(message.statusCallback, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signAsTwilio(account.authToken, message.statusCallback, params) },
        body: new URLSearchParams(params),
      });
    },
    close: server.close,
  };
}
