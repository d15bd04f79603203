import type { ComplaintProjection } from '@aduan/spec';
import { StreamBuilder } from '@aduan/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useBackends } from './test-support/backends.js';

/*
 * `text` is a case-insensitive substring of the tracking number or title, with no pattern
 * characters: for every title and every search text over an alphabet of letters in both cases and
 * LIKE's special characters, the store finds exactly what a plain substring test finds.
 */

const { pglite } = useBackends({ pglite: true });

const ALPHABET = ['a', 'A', 'b', 'B', '%', '_', '\\', ' ', '5'];
const piece = (maxLength: number) => fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength }).map((chars) => chars.join(''));

const contains = (p: ComplaintProjection, text: string) =>
  p.title.toLowerCase().includes(text.toLowerCase()) || p.trackingNumber.toLowerCase().includes(text.toLowerCase());

describe('text search on PGlite', () => {
  it('finds exactly the complaints whose title or tracking number contains the text, in any case, taken literally', async () => {
    const { store, cleanup } = await pglite.fresh();
    try {
      const titles = fc.sample(piece(8), { numRuns: 40, seed: 20261203 });
      const projections: ComplaintProjection[] = [];
      for (const [i, title] of titles.entries()) {
        const append = new StreamBuilder({
          complaintId: `t${i}`,
          trackingNumber: `PKL-${i}`,
          at: '2026-03-02T02:00:00.000Z',
          title,
        }).received();
        await store.doAppend(append);
        projections.push(append.projection);
      }
      await fc.assert(
        fc.asyncProperty(piece(4), async (text) => {
          const found = (await store.doQuery({ text, limit: 500 })).items.map((p) => p.id).sort();
          expect(found).toEqual(
            projections
              .filter((p) => contains(p, text))
              .map((p) => p.id)
              .sort(),
          );
        }),
        { numRuns: 150 },
      );
    } finally {
      await cleanup();
    }
  });
});
