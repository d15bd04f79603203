import type { IndexedComplaint } from './indexed-complaint.js';
import { isPlaceKind } from './place-terms.js';

/** Inverse document frequency of a stem among the indexed open complaints. */
export type Idf = (stem: string) => number;

/** Builds the IDF of a corpus of `documents` open complaints with the given document frequencies. */
export function idfOf(documentFrequency: ReadonlyMap<string, number>, documents: number): Idf {
  return (stem) => Math.log(1 + Math.max(1, documents) / Math.max(1, documentFrequency.get(stem) ?? 0));
}

/** How much more a word naming a place (a street, a gang, an RT number, a landmark) weighs than another word. */
const PLACE_WEIGHT = 2;
/** The similarity kept when both complaints name places and share none of them: likely two problems in one kelurahan. */
const PLACE_MISMATCH = 0.5;

/** How alike two complaints' texts are. */
export interface TextMatch {
  /** TF-IDF cosine with place names weighed double, halved when both name places and share none; 0–1. */
  similarity: number;
  /** The same cosine over the words about the problem alone (place names and kinds left out); 0–1. */
  problemSimilarity: number;
  /** Shared stems, most telling first. */
  shared: string[];
}

const weight = (count: number, idf: number, place: boolean) => (1 + Math.log(count)) * idf * (place ? PLACE_WEIGHT : 1);
const aboutPlace = (complaint: IndexedComplaint, stem: string) => complaint.places.has(stem) || isPlaceKind(stem);

function norms(complaint: IndexedComplaint, idf: Idf): { all: number; problem: number } {
  let all = 0;
  let problem = 0;
  for (const [stem, count] of complaint.terms) {
    all += weight(count, idf(stem), complaint.places.has(stem)) ** 2;
    if (!aboutPlace(complaint, stem)) problem += weight(count, idf(stem), false) ** 2;
  }
  return { all: Math.sqrt(all), problem: Math.sqrt(problem) };
}

/** TF-IDF similarity of two complaints, overall and about the problem, with the shared stems ordered by how much each contributed. */
export function textSimilarity(a: IndexedComplaint, b: IndexedComplaint, idf: Idf): TextMatch {
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  const contributions: { stem: string; value: number }[] = [];
  let dot = 0;
  let problemDot = 0;
  for (const [stem, count] of small.terms) {
    const other = large.terms.get(stem);
    if (other === undefined) continue;
    const termIdf = idf(stem);
    const value = weight(count, termIdf, small.places.has(stem)) * weight(other, termIdf, large.places.has(stem));
    dot += value;
    if (!aboutPlace(small, stem) && !aboutPlace(large, stem)) problemDot += weight(count, termIdf, false) * weight(other, termIdf, false);
    contributions.push({ stem, value });
  }
  if (dot === 0) return { similarity: 0, problemSimilarity: 0, shared: [] };
  const normA = norms(a, idf);
  const normB = norms(b, idf);
  const samePlace = a.placeKeys.size === 0 || b.placeKeys.size === 0 || [...a.placeKeys].some((key) => b.placeKeys.has(key));
  return {
    similarity: Math.min(1, dot / (normA.all * normB.all)) * (samePlace ? 1 : PLACE_MISMATCH),
    problemSimilarity: normA.problem === 0 || normB.problem === 0 ? 0 : Math.min(1, problemDot / (normA.problem * normB.problem)),
    shared: contributions.sort((x, y) => y.value - x.value || (x.stem < y.stem ? -1 : 1)).map((entry) => entry.stem),
  };
}
