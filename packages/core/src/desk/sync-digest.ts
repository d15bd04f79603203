import { createHash } from 'node:crypto';
import { canonicalJson } from '../support/canonical-json.js';

/**
 * The digest of what a sync brings (another system's fields and timestamps), independent of key
 * order: the complaint keeps the last one per system, and a sync with the same digest records nothing.
 */
export function syncDigest(fields: Readonly<Record<string, string | null>>, sourceTimestamps: Readonly<Record<string, string>>): string {
  return createHash('sha256').update(canonicalJson({ fields, sourceTimestamps })).digest('hex');
}
