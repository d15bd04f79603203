import type { IndexedComplaint } from './indexed-complaint.js';

/** Inverse document frequency of a stem among the indexed open complaints. */
export type Idf = (stem: string) => number;

/** Builds the IDF of a corpus of `documents` open complaints with the given document frequencies. */
export function idfOf(documentFrequency: ReadonlyMap<string, number>, documents: number): Idf {
  return (stem) => Math.log(1 + Math.max(1, documents) / Math.max(1, documentFrequency.get(stem) ?? 0));
}

const weight = (count: number, idf: number) => (1 + Math.log(count)) * idf;

function norm(terms: ReadonlyMap<string, number>, idf: Idf): number {
  let sum = 0;
  for (const [stem, count] of terms) sum += weight(count, idf(stem)) ** 2;
  return Math.sqrt(sum);
}

/** TF-IDF cosine similarity of two complaints, with the shared stems ordered by how much each contributed. */
export function textSimilarity(a: IndexedComplaint, b: IndexedComplaint, idf: Idf): { similarity: number; shared: string[] } {
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  const contributions: { stem: string; value: number }[] = [];
  let dot = 0;
  for (const [stem, count] of small.terms) {
    const other = large.terms.get(stem);
    if (other === undefined) continue;
    const termIdf = idf(stem);
    const value = weight(count, termIdf) * weight(other, termIdf);
    dot += value;
    contributions.push({ stem, value });
  }
  if (dot === 0) return { similarity: 0, shared: [] };
  const similarity = Math.min(1, dot / (norm(a.terms, idf) * norm(b.terms, idf)));
  return { similarity, shared: contributions.sort((x, y) => y.value - x.value || (x.stem < y.stem ? -1 : 1)).map((entry) => entry.stem) };
}
