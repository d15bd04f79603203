/**
 * Duplicate suggestions ranked by Indonesian text similarity and place, and work orders that answer
 * several complaints at once, as a desk plugin.
 *
 * @packageDocumentation
 * @module @aduan/plugin-duplicates
 */
export { distanceMetres, type GeoPoint } from './distance.js';
export {
  createDuplicateIndex,
  type DuplicateCategoryOptions,
  type DuplicateIndex,
  type DuplicateIndexOptions,
} from './duplicate-index.js';
export { duplicates, type DuplicatesOptions, type WorkOrderAnswer } from './duplicates-plugin.js';
export type { IndexedComplaint } from './indexed-complaint.js';
export type { DuplicateSuggestion } from './suggestion.js';
