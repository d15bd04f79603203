import { round3, type BenchResult } from '../../../bench/result.js';
import type { LabelledReply } from '../src/__fixtures__/labelled-reply.js';
import { HOLDOUT_REPLIES } from '../src/__fixtures__/reply-corpus-holdout.js';
import { TUNING_REPLIES } from '../src/__fixtures__/reply-corpus-tuning.js';
import { scoreCorpus } from '../src/__fixtures__/score-corpus.js';

/** The goal for every rule, both measures. */
const GOAL = 0.9;
/** A held-out rule with fewer breaking replies is reported as too few to judge. */
const MIN_HOLDOUT_SUPPORT = 5;

/**
 * Precision and recall of every rule on one part of the hand-labelled corpus, against the 0.9 goal.
 * The tuning part is what the rules were written against (its figures show fit, not generalisation);
 * the held-out part is written without seeing the rules and is skipped while it is empty.
 */
function scoresOf(part: 'tuning' | 'held-out', corpus: readonly LabelledReply[]): BenchResult[] {
  if (corpus.length === 0) return [];
  const { scores } = scoreCorpus(corpus);
  return scores.flatMap((score) => {
    const labelled = score.truePositives + score.falseNegatives;
    const judged = part === 'tuning' || labelled >= MIN_HOLDOUT_SUPPORT ? '' : ', too few to judge';
    return (['precision', 'recall'] as const).map((measure) => ({
      name: `plugin-reply-review: ${measure} of rule "${score.rule}" on the ${part} corpus (${corpus.length} replies, ${labelled} labelled${judged}) vs the ${GOAL} goal`,
      value: round3(score[measure]),
      unit: measure,
      baseline: GOAL,
      ratio: round3(score[measure] / GOAL),
    }));
  });
}

export default async function run(): Promise<BenchResult[]> {
  return [...scoresOf('tuning', TUNING_REPLIES), ...scoresOf('held-out', HOLDOUT_REPLIES)];
}
