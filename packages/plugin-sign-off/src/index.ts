/**
 * Sign-off: answers approved by the unit's pejabat penghubung or a supervisor before they are published.
 *
 * @packageDocumentation
 * @module @aduan/plugin-sign-off
 */
export {
  DRAFT_APPROVED,
  DRAFT_RETURNED,
  DRAFT_SUBMITTED,
  type PendingDraft,
  pendingDraft,
  type SignOffStep,
  signOffTrail,
} from './draft-state.js';
export { MAX_COMMENT_LENGTH, MAX_DRAFT_LENGTH } from './payloads.js';
export { SIGN_OFF_PLUGIN, type SignOffOptions, type SignOffUnitOptions, signOff } from './sign-off-plugin.js';
