import { stemmer } from '@orama/stemmers/indonesian';

// Complaints repeat a small vocabulary; a bounded cache keeps the stemmer off the hot path of an index rebuild.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/**
 * The stem of one normalised Indonesian word, by the Snowball Indonesian algorithm (Tala's Porter
 * stemmer for Bahasa Indonesia: particles, possessives, then prefixes and suffixes; no dictionary,
 * so no licence strings attached). `perbaikan`, `diperbaiki` and `memperbaiki` all become `baik`.
 */
export function stemIndonesian(word: string): string {
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
