import { createMemoryChannelState, createSendLedger, type SendAttemptOutcome } from '@aduan/adapter-utils';
import { describe, expect, it } from 'vitest';
import { createSmsSender, type SmsPartRequest } from './sms-sender.js';

function provider(script: SendAttemptOutcome[] = []) {
  const calls: SmsPartRequest[] = [];
  let next = 0;
  return {
    calls,
    async sendPart(part: SmsPartRequest): Promise<SendAttemptOutcome> {
      calls.push(part);
      return script.shift() ?? { outcome: 'sent', providerMessageId: `id-${++next}` };
    },
  };
}

const message = { to: '+6281200000001', text: 'satu dua tiga', idempotencyKey: 'c-1:4', complaintId: 'c-1' };
const byWord = (text: string) => text.split(' ');
const ledger = () => createSendLedger({ state: createMemoryChannelState(), channel: 'sms' });

describe('createSmsSender', () => {
  it('sends each part with a reference derived from the key, and reports the first part id', async () => {
    const fake = provider();
    const send = createSmsSender({ provider: 'Test', maxTextLength: 50, split: byWord, ledger: ledger(), sendPart: fake.sendPart });
    expect(await send(message)).toEqual({ ok: true, providerMessageId: 'id-1' });
    expect(fake.calls.map((call) => [call.text, call.reference])).toEqual([
      ['satu', 'c-1:4:part1'],
      ['dua', 'c-1:4:part2'],
      ['tiga', 'c-1:4:part3'],
    ]);
  });

  it('resumes a retry at the part that failed, without resending the parts that arrived', async () => {
    const fake = provider([
      { outcome: 'sent', providerMessageId: 'p1' },
      { outcome: 'refused', retryable: true, error: 'HTTP 503' },
    ]);
    const send = createSmsSender({ provider: 'Test', maxTextLength: 50, split: byWord, ledger: ledger(), sendPart: fake.sendPart });
    expect(await send(message)).toEqual({ ok: false, retryable: true, error: 'SMS 2 of 3: HTTP 503' });
    expect(await send(message)).toEqual({ ok: true, providerMessageId: 'p1' });
    expect(fake.calls.map((call) => call.text)).toEqual(['satu', 'dua', 'dua', 'tiga']);
  });

  it('holds the rest of a message back when one part is in doubt, and never sends that part again', async () => {
    const fake = provider([
      { outcome: 'sent', providerMessageId: 'p1' },
      { outcome: 'in_doubt', error: 'timeout' },
    ]);
    const send = createSmsSender({ provider: 'Test', maxTextLength: 50, split: byWord, ledger: ledger(), sendPart: fake.sendPart });
    expect(await send(message)).toMatchObject({
      ok: false,
      retryable: false,
      code: 'in_doubt',
      error: expect.stringMatching(/^SMS 2 of 3: /),
    });
    expect(await send(message)).toMatchObject({ ok: false, code: 'in_doubt' });
    expect(fake.calls.map((call) => call.text)).toEqual(['satu', 'dua']);
  });

  it('shares one attempt between concurrent sends of the same key', async () => {
    const fake = provider();
    const send = createSmsSender({ provider: 'Test', maxTextLength: 50, split: byWord, ledger: ledger(), sendPart: fake.sendPart });
    const [first, second] = await Promise.all([send(message), send(message)]);
    expect(second).toEqual(first);
    expect(fake.calls).toHaveLength(3);
  });

  it('refuses empty texts and texts over the limit as permanent, without calling the provider', async () => {
    const fake = provider();
    const send = createSmsSender({
      provider: 'Test',
      maxTextLength: 5,
      split: (text) => (text.trim() ? [text] : []),
      ledger: ledger(),
      sendPart: fake.sendPart,
    });
    expect(await send({ ...message, text: '123456' })).toMatchObject({ ok: false, retryable: false, code: 'too_long' });
    expect(await send({ ...message, text: '  ' })).toMatchObject({ ok: false, retryable: false, error: 'text is empty' });
    expect(fake.calls).toEqual([]);
  });
});
