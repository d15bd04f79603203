/** One open complaint that may be about the same problem, with why it was suggested. */
export interface DuplicateSuggestion {
  complaintId: string;
  trackingNumber: string;
  title: string;
  category: string | null;
  kelurahan: string | null;
  /** When it was received (ISO 8601, UTC). */
  createdAt: string;
  /** The ranking score, 0–1: text similarity weighed by nearness. */
  score: number;
  /** TF-IDF cosine similarity of the stemmed content words, 0–1. */
  textSimilarity: number;
  /** Words both complaints use, most telling first (normalised forms). */
  sharedWords: readonly string[];
  /** Metres between the two places when both have coordinates. */
  distanceMetres: number | null;
  sameKelurahan: boolean;
  /** A `likely` duplicate is similar enough to merge after a look; `possible` ones need reading. */
  strength: 'likely' | 'possible';
  /** Why it was suggested, in Bahasa Indonesia. */
  reason: string;
  /** The same in English. */
  reasonEn: string;
  /** The work order it already belongs to, if any. */
  workOrderId: string | null;
}

/** Puts the reasons for a suggestion into words, Bahasa Indonesia first. */
export function describeMatch(input: {
  sharedWords: readonly string[];
  distanceMetres: number | null;
  sameKelurahan: boolean;
  kelurahan: string | null;
}): {
  reason: string;
  reasonEn: string;
} {
  const words = input.sharedWords
    .slice(0, 5)
    .map((word) => `"${word}"`)
    .join(', ');
  const placeId =
    input.distanceMetres !== null
      ? `berjarak ${Math.round(input.distanceMetres)} m`
      : input.sameKelurahan
        ? `di kelurahan yang sama (${input.kelurahan})`
        : 'di sekitar lokasi yang sama';
  const placeEn =
    input.distanceMetres !== null
      ? `${Math.round(input.distanceMetres)} m away`
      : input.sameKelurahan
        ? `in the same kelurahan (${input.kelurahan})`
        : 'near the same place';
  return {
    reason: `Kategori sama, ${placeId}; kata yang sama: ${words || '(tidak ada)'}.`,
    reasonEn: `Same category, ${placeEn}; shared words: ${words || '(none)'}.`,
  };
}
