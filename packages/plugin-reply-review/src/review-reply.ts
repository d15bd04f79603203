import { apology, closing, greeting, thanks } from './courtesy-rules.js';
import { resolveContext, type ReplyContext, type ResolvedReplyContext, type RuleHit } from './reply-context.js';
import { REPLY_RULES, type ReplyFinding, type ReplyRule } from './reply-rules.js';
import { prepareReply, type ReplyText } from './reply-text.js';
import { authority, normatif } from './substance-rules.js';
import { blaming } from './blaming.js';
import { harshWords } from './harsh-words.js';
import { shouting } from './shouting.js';
import { exclamations, informal } from './tone-rules.js';

/** The review of one reply: what to change, most serious first, and a score out of 100. */
export interface ReplyReview {
  findings: readonly ReplyFinding[];
  /** 100 minus 30 per high, 10 per medium and 3 per low finding, never below 0. */
  score: number;
}

type RuleCheck = (reply: ReplyText, context: ResolvedReplyContext) => RuleHit | undefined;

const CHECKS: Readonly<Record<ReplyRule, RuleCheck>> = {
  shouting,
  exclamations,
  'harsh-words': harshWords,
  blaming,
  normatif,
  authority,
  apology,
  greeting,
  thanks,
  informal,
  closing,
};

const PENALTY = { high: 30, medium: 10, low: 3 } as const;

/**
 * Reviews a reply to a resident, offline and deterministically: courtesy (greeting, thanks, an
 * apology where a delay or fault is admitted, a closing with the unit's name), tone (capitals,
 * exclamation runs, insults, blaming, informal words), and substance (a concrete action, a time
 * frame and the responsible unit; the authority named when the matter is not the unit's). Each
 * finding carries a stable rule code, a severity and what to change, in Bahasa Indonesia first.
 * Work is linear in the reply's length.
 */
export function reviewReply(text: string, context: ReplyContext = {}): ReplyReview {
  const reply = prepareReply(text, context.forms ? { forms: context.forms } : {});
  const resolved = resolveContext(context);
  const skipped = new Set(context.skip ?? []);
  const findings: ReplyFinding[] = [];
  for (const rule of Object.keys(REPLY_RULES) as ReplyRule[]) {
    if (skipped.has(rule)) continue;
    const hit = CHECKS[rule](reply, resolved);
    if (hit) findings.push({ rule, severity: REPLY_RULES[rule], ...hit });
  }
  const score = Math.max(0, 100 - findings.reduce((total, finding) => total + PENALTY[finding.severity], 0));
  return { findings, score };
}
