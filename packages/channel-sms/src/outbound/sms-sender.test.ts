import type { SendResultV1 } from '@aduan/spec';
import { createVirtualClock } from '@aduan/test-kit';
import { describe, expect, it } from 'vitest';
import { createMemorySendLedger } from './send-ledger.js';
import { createSmsSender, type SmsPartRequest } from './sms-sender.js';

function provider(script: SendResultV1[] = []) {
  const calls: SmsPartRequest[] = [];
  let next = 0;
  return {
    calls,
    async sendPart(part: SmsPartRequest): Promise<SendResultV1> {
      calls.push(part);
      return script.shift() ?? { ok: true, providerMessageId: `id-${++next}` };
    },
  };
}

const message = { to: '+6281200000001', text: 'satu dua tiga', idempotencyKey: 'c-1:4', complaintId: 'c-1' };
const byWord = (text: string) => text.split(' ');

describe('createSmsSender', () => {
  it('sends each part with a reference derived from the key, and reports the first part id', async () => {
    const fake = provider();
    const send = createSmsSender({ provider: 'Test', maxTextLength: 50, split: byWord, ledger: createMemorySendLedger(), sendPart: fake.sendPart });
    expect(await send(message)).toEqual({ ok: true, providerMessageId: 'id-1' });
    expect(fake.calls.map((call) => [call.text, call.reference])).toEqual([
      ['satu', 'c-1:4:part1'],
      ['dua', 'c-1:4:part2'],
      ['tiga', 'c-1:4:part3'],
    ]);
  });

  it('resumes a retry at the part that failed, without resending the parts that arrived', async () => {
    const fake = provider([{ ok: true, providerMessageId: 'p1' }, { ok: false, retryable: true, error: 'HTTP 503' }]);
    const send = createSmsSender({ provider: 'Test', maxTextLength: 50, split: byWord, ledger: createMemorySendLedger(), sendPart: fake.sendPart });
    expect(await send(message)).toEqual({ ok: false, retryable: true, error: 'SMS 2 of 3: HTTP 503' });
    expect(await send(message)).toEqual({ ok: true, providerMessageId: 'p1' });
    expect(fake.calls.map((call) => call.text)).toEqual(['satu', 'dua', 'dua', 'tiga']);
  });

  it('counts a rejected provider call (network fault) as retryable', async () => {
    const send = createSmsSender({
      provider: 'Test',
      maxTextLength: 50,
      split: (text) => [text],
      ledger: createMemorySendLedger(),
      sendPart: async () => Promise.reject(new TypeError('fetch failed', { cause: new Error('ECONNRESET') })),
    });
    expect(await send(message)).toEqual({ ok: false, retryable: true, error: 'could not reach Test: TypeError: fetch failed: ECONNRESET' });
  });

  it('refuses empty texts and texts over the limit as permanent, without calling the provider', async () => {
    const fake = provider();
    const send = createSmsSender({ provider: 'Test', maxTextLength: 5, split: (text) => (text.trim() ? [text] : []), ledger: createMemorySendLedger(), sendPart: fake.sendPart });
    expect(await send({ ...message, text: '123456' })).toMatchObject({ ok: false, retryable: false });
    expect(await send({ ...message, text: '  ' })).toMatchObject({ ok: false, retryable: false, error: 'text is empty' });
    expect(fake.calls).toEqual([]);
  });

  it('forgets keys after the ledger time-to-live', async () => {
    const clock = createVirtualClock();
    const ledger = createMemorySendLedger({ ttlMs: 60_000, clock });
    await ledger.set('a', 'id-a');
    clock.advanceBy(59_999);
    expect(await ledger.get('a')).toBe('id-a');
    clock.advanceBy(1);
    expect(await ledger.get('a')).toBeUndefined();
  });
});
