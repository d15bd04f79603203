import { round3, type BenchResult } from '../../../bench/result.js';
import type { LabelledReply } from '../src/__fixtures__/labelled-reply.js';
import { HOLDOUT_REPLIES } from '../src/__fixtures__/reply-corpus-holdout.js';
import { TUNING_REPLIES } from '../src/__fixtures__/reply-corpus-tuning.js';
import { scoreCorpus } from '../src/__fixtures__/score-corpus.js';

/** The goal for every rule, both measures. */
const GOAL = 0.9;

/** Precision and recall of every rule on one part of the hand-labelled corpus, against the 0.9 goal. */
function scoresOf(part: string, corpus: readonly LabelledReply[]): BenchResult[] {
  const { scores } = scoreCorpus(corpus);
  return scores.flatMap((score) => {
    const support = `${score.truePositives + score.falseNegatives} labelled`;
    return (['precision', 'recall'] as const).map((measure) => ({
      name: `plugin-reply-review: ${measure} of rule "${score.rule}" on the ${part} corpus (${corpus.length} replies, ${support}) vs the ${GOAL} goal`,
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
