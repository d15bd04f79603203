import { randomBytes } from 'node:crypto';
import { startFakeProvider, type FakeProviderAnswer, type FakeProviderScript } from '@aduan/test-kit';
import { signAsTwilio, statusCallbackParams } from './twilio-webhooks.js';

interface FakeTwilioMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
  statusCallback: string | undefined;
}

const twilioError = (status: number, code: number, message: string): FakeProviderAnswer => ({
  status,
  body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
});

/**
 * Twilio's Messages API on loopback (the test kit's `startFakeProvider`), as published:
 * POST /2010-04-01/Accounts/{sid}/Messages.json, HTTP basic auth with the account SID and auth
 * token, form-encoded `To`, `From` or `MessagingServiceSid`, `Body`, `StatusCallback`; answers 201
 * with the Message resource, refuses like Twilio (its 21211 message quotes the number, as Twilio's
 * does), and posts signed status callbacks on request.
 */
export async function startFakeTwilio(account: { accountSid: string; authToken: string }) {
  const messages: FakeTwilioMessage[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;
  const provider = await startFakeProvider({
    respond(call) {
      const params = new URLSearchParams(call.body);
      if (call.method !== 'POST' || call.path !== `/2010-04-01/Accounts/${account.accountSid}/Messages.json`) {
        return twilioError(404, 20404, 'The requested resource was not found');
      }
      if (call.headers.get('authorization') !== expectedAuth) return twilioError(401, 20003, 'Authenticate');
      const to = params.get('To');
      const body = params.get('Body');
      const from = params.get('From') ?? params.get('MessagingServiceSid');
      if (!to) return twilioError(400, 21604, "A 'To' phone number is required.");
      if (!from) return twilioError(400, 21603, "A 'From' phone number is required.");
      if (!body) return twilioError(400, 21602, 'Message body is required.');
      if (body.length > 1600) return twilioError(400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
      const sid = `SM${randomBytes(16).toString('hex')}`;
      messages.push({ sid, to, from, body, statusCallback: params.get('StatusCallback') ?? undefined });
      return {
        status: 201,
        body: {
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
        },
      };
    },
    failures: {
      retryable: twilioError(429, 20429, 'Too Many Requests'),
      // Twilio quotes the number it refused; the adapter must keep it out of its error.
      permanent: (call) => twilioError(400, 21211, `Invalid 'To' Phone Number: ${new URLSearchParams(call.body).get('To') ?? ''}`),
    },
  });

  return {
    apiBaseUrl: provider.url,
    fetch: provider.fetch,
    messages: () => [...messages],
    failNext: (script: FakeProviderScript) => provider.failNext(script),
    /** Posts a signed status callback for a sent message to its StatusCallback URL, as Twilio does. */
    async reportStatus(sid: string, status: string, errorCode?: string): Promise<Response> {
      const message = messages.find((candidate) => candidate.sid === sid);
      if (!message?.statusCallback) throw new Error(`fake Twilio: no status callback for ${sid}`);
      const params = statusCallbackParams(account.accountSid, {
        sid,
        status,
        from: message.from,
        to: message.to,
        ...(errorCode ? { errorCode } : {}),
      });
      return fetch(message.statusCallback, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signAsTwilio(account.authToken, message.statusCallback, params),
        },
        body: new URLSearchParams(params),
      });
    },
    close: () => provider.close(),
  };
}
