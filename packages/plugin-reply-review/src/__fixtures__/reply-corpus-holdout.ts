import type { LabelledReply } from './labelled-reply.js';
import { FRESH_HOLDOUT_REPLIES } from './reply-corpus-holdout-fresh.js';

/**
 * The held-out part of the reply corpus: replies written and labelled by hand for every rule by
 * someone who has not seen the rules, then scored once on the frozen rules and never used to change
 * them. The test and `pnpm bench` score it rule by rule; the 0.9 goal is asserted for every rule with
 * at least 5 replies that break it, and the others are reported. The former held-out replies were
 * studied and moved into the tuning part; today's are the fresh set of `reply-corpus-holdout-fresh.ts`,
 * written by another engineer who had not seen the rules.
 */
export const HOLDOUT_REPLIES: readonly LabelledReply[] = FRESH_HOLDOUT_REPLIES;
