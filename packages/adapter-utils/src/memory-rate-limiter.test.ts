import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from './memory-rate-limiter.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 2, 2) + seconds * 1000);

describe('createMemoryRateLimiter', () => {
  it('allows a burst, then refuses with the seconds until one more request fits', async () => {
    const limiter = createMemoryRateLimiter({ burst: 3, perMinute: 6 });
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.take('a', at(0)));
    expect(decisions).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }, { allowed: false, retryAfterSeconds: 10 }]);
    expect(await limiter.take('a', at(9))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await limiter.take('a', at(20))).toEqual({ allowed: true });
  });

  it('keeps each key its own budget', async () => {
    const limiter = createMemoryRateLimiter({ burst: 1, perMinute: 1 });
    expect(await limiter.take('a', at(0))).toEqual({ allowed: true });
    expect((await limiter.take('a', at(0))).allowed).toBe(false);
    expect(await limiter.take('b', at(0))).toEqual({ allowed: true });
  });

  it('charges a cost, and lets a cost above the burst through on a full bucket only, as a debt', async () => {
    const limiter = createMemoryRateLimiter({ burst: 5, perMinute: 60 });
    expect(await limiter.take('a', at(0), 8)).toEqual({ allowed: true });
    expect(await limiter.take('a', at(0))).toEqual({ allowed: false, retryAfterSeconds: 4 });
    await expect(limiter.take('a', at(0), 0)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('forgets buckets that refilled completely as calls pass by them', async () => {
    const limiter = createMemoryRateLimiter({ burst: 2, perMinute: 60 });
    await limiter.take('a', at(0));
    await limiter.take('b', at(0));
    expect(limiter.size).toBe(2);
    await limiter.take('c', at(10));
    expect(limiter.size).toBe(1);
  });

  it('refuses options that cannot work', () => {
    expect(() => createMemoryRateLimiter({ burst: 0, perMinute: 1.5, maxKeys: -1 })).toThrow(/burst: .*perMinute: .*maxKeys: /);
  });

  it('never lets a key spend more than burst plus what the elapsed time refilled', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 60 }),
        async (burst, perMinute, gapsMs) => {
          const limiter = createMemoryRateLimiter({ burst, perMinute });
          let now = 0;
          let allowed = 0;
          for (const gap of gapsMs) {
            now += gap;
            if ((await limiter.take('k', new Date(now))).allowed) allowed++;
          }
          expect(allowed).toBeLessThanOrEqual(burst + Math.floor((now * perMinute) / 60_000));
        },
      ),
    );
  });
});
