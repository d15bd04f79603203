/** A seeded pseudo-random source (mulberry32): the same seed replays the same simulated year. */
export interface Random {
  next(): number;
  /** One of `items`, weighted by `weights`. */
  pick<T>(items: readonly T[], weights?: readonly number[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A log-normally distributed duration around `median` (spread ~ how long the tail is). */
  logNormal(median: number, spread: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    pick(items, weights) {
      const total = weights ? weights.reduce((a, b) => a + b, 0) : items.length;
      let roll = next() * total;
      for (let i = 0; i < items.length; i++) {
        roll -= weights ? weights[i]! : 1;
        if (roll < 0) return items[i]!;
      }
      return items[items.length - 1]!;
    },
    chance: (p) => next() < p,
    logNormal: (median, spread) => median * Math.exp(spread * normal()),
  };
}
