import { REPLY_RULES, type ReplyRule } from '../reply-rules.js';
import { reviewReply } from '../review-reply.js';
import type { LabelledReply } from './labelled-reply.js';

/** Precision and recall of one rule over a labelled corpus (1 when the rule had nothing to find and found nothing). */
export interface RuleScore {
  rule: ReplyRule;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/** Where the review and the labels disagree, for reading while developing rules. */
export interface Disagreement {
  id: string;
  rule: ReplyRule;
  kind: 'false-positive' | 'false-negative';
}

/** Runs the review over every reply and compares each rule's findings with the hand labels. */
export function scoreCorpus(corpus: readonly LabelledReply[]): { scores: RuleScore[]; disagreements: Disagreement[] } {
  const counts = new Map((Object.keys(REPLY_RULES) as ReplyRule[]).map((rule) => [rule, { tp: 0, fp: 0, fn: 0 }]));
  const disagreements: Disagreement[] = [];
  for (const entry of corpus) {
    const found = new Set(reviewReply(entry.text, entry.context).findings.map((finding) => finding.rule));
    const expected = new Set(entry.breaks);
    for (const [rule, count] of counts) {
      if (found.has(rule) && expected.has(rule)) count.tp++;
      else if (found.has(rule)) {
        count.fp++;
        disagreements.push({ id: entry.id, rule, kind: 'false-positive' });
      } else if (expected.has(rule)) {
        count.fn++;
        disagreements.push({ id: entry.id, rule, kind: 'false-negative' });
      }
    }
  }
  const scores = [...counts].map(([rule, { tp, fp, fn }]) => ({
    rule,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  }));
  return { scores, disagreements };
}
