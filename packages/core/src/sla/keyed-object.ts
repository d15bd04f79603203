import { z } from 'zod';

/** A strict zod object with the same `schema` under each of `keys` (stages, tiers, classifications). */
export function keyedObject<K extends string, S extends z.ZodType>(keys: readonly K[], schema: S) {
  return z.object(Object.fromEntries(keys.map((key) => [key, schema])) as Record<K, S>).strict();
}
