import type { ChannelStateStoreV1 } from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryChannelState } from './memory-channel-state.js';
import { createSendLedger, type SendAttemptOutcome } from './send-ledger.js';

const NOW = Date.parse('2026-03-02T02:00:00.000Z');
const clock = { now: () => new Date(NOW) };

/** An attempt that counts its calls and answers from a script (then `sent` with a fresh id). */
function scripted(...outcomes: SendAttemptOutcome[]) {
  let calls = 0;
  const attempt = async (): Promise<SendAttemptOutcome> => {
    calls += 1;
    return outcomes.shift() ?? { outcome: 'sent', providerMessageId: `id-${calls}` };
  };
  return { attempt, calls: () => calls };
}

/** A state whose every key and address the test can read, to check what reaches the store. */
function recordingState(): { state: ChannelStateStoreV1; keys: string[] } {
  const inner = createMemoryChannelState();
  const keys: string[] = [];
  return {
    keys,
    state: {
      ...inner,
      doClaimSend: (input) => {
        keys.push(input.key);
        return inner.doClaimSend(input);
      },
    },
  };
}

describe('createSendLedger', () => {
  it('sends a key once and answers later calls with the same id, without calling the provider', async () => {
    const ledger = createSendLedger({ state: createMemoryChannelState(), channel: 'sms', clock });
    const provider = scripted();
    expect(await ledger.send('outbox-1', provider.attempt)).toEqual({ ok: true, providerMessageId: 'id-1' });
    expect(await ledger.send('outbox-1', provider.attempt)).toEqual({ ok: true, providerMessageId: 'id-1' });
    expect(provider.calls()).toBe(1);
  });

  it('shares one attempt between concurrent calls with the same key', async () => {
    const ledger = createSendLedger({ state: createMemoryChannelState(), channel: 'sms', clock });
    let release!: () => void;
    let calls = 0;
    const attempt = async (): Promise<SendAttemptOutcome> => {
      calls += 1;
      await new Promise<void>((resolve) => (release = resolve));
      return { outcome: 'sent', providerMessageId: 'shared' };
    };
    const results = [ledger.send('k', attempt), ledger.send('k', attempt), ledger.send('k', attempt)];
    await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await Promise.all(results)).toEqual(Array(3).fill({ ok: true, providerMessageId: 'shared' }));
    expect(calls).toBe(1);
  });

  it('frees a key the provider refused, so the retry sends', async () => {
    const ledger = createSendLedger({ state: createMemoryChannelState(), channel: 'sms', clock });
    const provider = scripted({ outcome: 'refused', retryable: true, error: 'HTTP 503', code: 'unreachable' });
    expect(await ledger.send('k', provider.attempt)).toEqual({ ok: false, retryable: true, error: 'HTTP 503', code: 'unreachable' });
    expect(await ledger.send('k', provider.attempt)).toEqual({ ok: true, providerMessageId: 'id-2' });
  });

  it('holds a key whose outcome is unknown as in_doubt, permanently, and never calls the provider for it again', async () => {
    const ledger = createSendLedger({ state: createMemoryChannelState(), channel: 'sms', clock });
    const provider = scripted({ outcome: 'in_doubt', error: 'TimeoutError: the operation was aborted' });
    const first = await ledger.send('k', provider.attempt);
    expect(first).toMatchObject({ ok: false, retryable: false, code: 'in_doubt' });
    expect(await ledger.send('k', provider.attempt)).toMatchObject({ ok: false, retryable: false, code: 'in_doubt' });
    expect(provider.calls()).toBe(1);
  });

  it('treats an attempt that throws as in doubt, without throwing itself', async () => {
    const ledger = createSendLedger({ state: createMemoryChannelState(), channel: 'sms', clock });
    const result = await ledger.send('k', async () => {
      throw new Error('bug after the request left');
    });
    expect(result).toMatchObject({ ok: false, retryable: false, code: 'in_doubt' });
  });

  it('lets only one of two instances on one state send, the other retries later and gets the id', async () => {
    const state = createMemoryChannelState();
    const first = createSendLedger({ state, channel: 'whatsapp', clock, claimant: 'instance-a' });
    const second = createSendLedger({ state, channel: 'whatsapp', clock, claimant: 'instance-b' });
    let release!: () => void;
    const slow = first.send('k', async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return { outcome: 'sent', providerMessageId: 'wamid.A' };
    });
    await new Promise((resolve) => setImmediate(resolve));
    const other = scripted();
    expect(await second.send('k', other.attempt)).toMatchObject({ ok: false, retryable: true });
    release();
    expect(await slow).toEqual({ ok: true, providerMessageId: 'wamid.A' });
    expect(await second.send('k', other.attempt)).toEqual({ ok: true, providerMessageId: 'wamid.A' });
    expect(other.calls()).toBe(0);
  });

  it('answers a state store failure before sending as retryable, and calls no provider', async () => {
    const broken: ChannelStateStoreV1 = {
      ...createMemoryChannelState(),
      doClaimSend: () => Promise.reject(new Error('connection terminated')),
    };
    const provider = scripted();
    const result = await createSendLedger({ state: broken, channel: 'sms', clock }).send('k', provider.attempt);
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(provider.calls()).toBe(0);
  });

  it('hashes keys before they reach the store', async () => {
    const { state, keys } = recordingState();
    await createSendLedger({ state, channel: 'sms', clock }).send('complaint-42:outbox-7', scripted().attempt);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(keys[0]).not.toContain('complaint-42');
  });

  it('never calls the provider for a key after it was sent or fell in doubt, whatever the interleaving', async () => {
    const outcome = fc.constantFrom<SendAttemptOutcome['outcome'] | 'retryable' | 'throws'>(
      'sent',
      'refused',
      'retryable',
      'in_doubt',
      'throws',
    );
    const step = fc.record({
      instance: fc.integer({ min: 0, max: 1 }),
      key: fc.integer({ min: 0, max: 2 }),
      outcome,
      together: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const state = createMemoryChannelState();
        const ledgers = [0, 1].map((index) => createSendLedger({ state, channel: 'sms', clock, claimant: `i${index}` }));
        const final = new Map<number, string>();
        const violations: string[] = [];
        const run = (index: number) => {
          const { instance, key, outcome: planned } = steps[index]!;
          return ledgers[instance]!.send(`key-${key}`, async () => {
            if (final.has(key)) violations.push(`key-${key} attempted after ${final.get(key)}`);
            await Promise.resolve();
            if (planned === 'throws') {
              final.set(key, 'in_doubt');
              throw new Error('boom');
            }
            if (planned === 'sent' || planned === 'in_doubt') final.set(key, planned);
            if (planned === 'sent') return { outcome: 'sent', providerMessageId: `id-${key}` };
            if (planned === 'in_doubt') return { outcome: 'in_doubt', error: 'timeout' };
            return { outcome: 'refused', retryable: planned === 'retryable', error: 'refused' };
          });
        };
        for (let index = 0; index < steps.length; index++) {
          // Steps marked `together` run concurrently with the next one.
          if (steps[index]!.together && index + 1 < steps.length) await Promise.all([run(index), run(++index)]);
          else await run(index);
        }
        expect(violations).toEqual([]);
      }),
    );
  });
});
