import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

/**
 * Indonesian stopwords: the `id` list of `stopwords-iso` (MIT), in lower case. Function words and
 * very common verbs that say nothing about what a complaint is about.
 */
export const INDONESIAN_STOPWORDS: ReadonlySet<string> = new Set(stopwordsIso.id);

/** Whether a normalised word is an Indonesian stopword. */
export function isIndonesianStopword(word: string): boolean {
  return INDONESIAN_STOPWORDS.has(word);
}
