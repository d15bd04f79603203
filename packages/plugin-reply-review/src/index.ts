/**
 * An offline, explainable review of Indonesian replies to residents, and the desk plugin that runs it.
 *
 * @packageDocumentation
 * @module @aduan/plugin-reply-review
 */
export { KNOWN_BODIES } from './named-bodies.js';
export type { ReplyContext } from './reply-context.js';
export { replyReview, type ReplyReviewOptions, type ReplyReviewUnit } from './reply-review-plugin.js';
export { REPLY_RULES, type ReplyFinding, type ReplyRule, type ReplySeverity } from './reply-rules.js';
export { reviewReply, type ReplyReview } from './review-reply.js';
