/**
 * Indonesian text tools: normalise informal Indonesian, tokenise, drop stopwords, stem.
 *
 * @packageDocumentation
 * @module @aduan/text-id
 */
export { analyzeIndonesian, type IndonesianTerm } from './analyze-indonesian.js';
export { COLLOQUIAL_FORMS, type ColloquialForm, type ColloquialKind } from './colloquial-forms.js';
export { normalizeIndonesian, type NormalizeOptions } from './normalize-indonesian.js';
export { stemIndonesian } from './stem-indonesian.js';
export { INDONESIAN_STOPWORDS, isIndonesianStopword } from './stopwords.js';
export { tokenizeIndonesian } from './tokenize-indonesian.js';
