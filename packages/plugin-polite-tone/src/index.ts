/**
 * A desk plugin that holds back replies written in a raised tone.
 *
 * @packageDocumentation
 * @module @aduan/plugin-polite-tone
 */
export { politeTone, type PoliteToneOptions } from './polite-tone-plugin.js';
export { DEFAULT_COURTESY_PHRASES, DEFAULT_HARSH_WORDS, reviewTone, type ToneFinding, type ToneRules } from './review-tone.js';
