import { errorResponse } from '@aduan/adapter-utils';
import { AduanError, type InboundRequestV1, type OutboundMessageV1 } from '@aduan/spec';
import { expect } from 'vitest';
import type { ChannelCheck } from '../check.js';
import type { ProviderFailure } from '../harness.js';
import { canaryMessage, wordsOfLength } from '../samples.js';
import { reply } from '../send.js';

/** Everything an error shows anywhere: its text, its JSON (details, issues), its cause chain, and the HTTP answer made of it. */
async function errorTexts(error: unknown): Promise<string[]> {
  const texts: string[] = [];
  for (let current: unknown = error, depth = 0; current !== undefined && depth < 5; depth++) {
    texts.push(String(current));
    if (current instanceof Error) texts.push(current.message, current.stack ?? '');
    if (AduanError.isInstance(current)) texts.push(JSON.stringify(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  texts.push(await errorResponse(error).text());
  return texts;
}

const FAILURES: readonly ProviderFailure[] = ['permanent', 'retryable', 'unreachable', 'lost'];

export const privacyChecks: ChannelCheck[] = [
  {
    suite: 'privacy',
    name: "keeps the resident's name, number and words out of errors, HTTP answers, failure results and log lines",
    async run(harness, _options, { logLines }) {
      const { message, needles } = canaryMessage(harness);
      const seen: { where: string; text: string }[] = [];
      const refused = async (where: string, request: Promise<InboundRequestV1>) => {
        const error = await harness.channel.doInbound(await request).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        if (error !== undefined) for (const text of await errorTexts(error)) seen.push({ where, text });
      };
      for (const kind of ['syntax', 'fields'] as const) {
        for (const authenticated of [true, false]) {
          await refused(
            `malformed (${kind}, ${authenticated ? 'signed' : 'unsigned'})`,
            harness.requests.malformed({ authenticated, kind, message }),
          );
        }
      }
      await refused('unauthenticated', harness.requests.unauthenticated([message]));
      await refused('wrong credentials', harness.requests.wrongCredentials([message]));
      if (harness.requests.tampered) await refused('tampered', harness.requests.tampered([message]));
      await harness.channel.doInbound(await harness.requests.messages([message]));

      const toResident = (overrides: Partial<OutboundMessageV1> = {}) =>
        reply(harness, { to: message.sender, text: message.text, ...overrides });
      for (const failure of FAILURES) {
        harness.provider.failNext(failure);
        const result = await harness.channel.doSend(toResident());
        if (!result.ok) seen.push({ where: `doSend after a ${failure} failure`, text: result.error });
      }
      const tooLong = await harness.channel.doSend(
        toResident({ text: `${message.text} ${wordsOfLength(harness.channel.capabilities.maxTextLength)}` }),
      );
      if (!tooLong.ok) seen.push({ where: 'doSend of an over-long reply', text: tooLong.error });
      for (const line of logLines) seen.push({ where: 'a log line', text: line });

      const leaks = seen.flatMap(({ where, text }) =>
        needles.filter((needle) => text.includes(needle)).map((needle) => `${where}: "${needle}" in ${text.slice(0, 300)}`),
      );
      expect(leaks, 'personal data (name, number or words of the resident) leaked').toEqual([]);
    },
  },
];
