import type { NormalizeOptions } from './normalize-indonesian.js';
import { isIndonesianStopword } from './stopwords.js';
import { stemIndonesian } from './stem-indonesian.js';
import { tokenizeIndonesian } from './tokenize-indonesian.js';

/** One content word of a text: its stem (for comparing) and the normalised word it came from (for showing). */
export interface IndonesianTerm {
  stem: string;
  word: string;
}

/**
 * The content words of an Indonesian text, in order: normalised and tokenised, stopwords and
 * one-letter words dropped, each stemmed. Numbers stay (an RT number or a street number tells
 * places apart), without leading zeros ("RT 03" and "rt 3" share the stem `3`).
 */
export function analyzeIndonesian(text: string, options: NormalizeOptions = {}): IndonesianTerm[] {
  const terms: IndonesianTerm[] = [];
  for (const word of tokenizeIndonesian(text, options)) {
    if (/^\d+$/.test(word)) {
      terms.push({ stem: word.replace(/^0+(?=\d)/, ''), word });
      continue;
    }
    if (word.length < 2 || isIndonesianStopword(word)) continue;
    terms.push({ stem: stemIndonesian(word), word });
  }
  return terms;
}
