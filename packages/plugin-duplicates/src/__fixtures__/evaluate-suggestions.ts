import { createDesk, createMemoryStore } from '@aduan/core';
import type { DuplicateIndexOptions } from '../duplicate-index.js';
import { createDuplicateIndex, type DuplicateIndex } from '../duplicate-index.js';
import { LABELLED_COMPLAINTS, type LabelledComplaint } from './labelled-duplicates.js';

const coordinator = { id: 'koordinator', role: 'coordinator' as const };

/** Receives every labelled complaint (the tuning set unless another is given) through a real desk and indexes the stored history. */
export async function indexLabelledSet(
  options: DuplicateIndexOptions = {},
  set: readonly LabelledComplaint[] = LABELLED_COMPLAINTS,
): Promise<{ index: DuplicateIndex; problemOf: Map<string, string> }> {
  const desk = createDesk({ store: createMemoryStore() });
  const index = createDuplicateIndex(options);
  const problemOf = new Map<string, string>();
  for (const entry of set) {
    const { complaint } = await desk.receive(coordinator, {
      channel: 'web',
      title: entry.title,
      description: entry.description,
      category: entry.category,
      location: { kelurahan: entry.kelurahan },
    });
    problemOf.set(complaint.id, entry.problem);
    index.apply(await desk.history(coordinator, complaint.id));
  }
  await desk.close();
  return { index, problemOf };
}

/**
 * Precision at 5: for every labelled complaint that gets suggestions, the share of its (at most
 * five) suggestions that report the same problem, averaged. Recall at 5: the share of all true
 * duplicates that appear among the suggestions.
 */
export function evaluate(
  index: DuplicateIndex,
  problemOf: ReadonlyMap<string, string>,
  now: Date,
): { precisionAt5: number; recallAt5: number; queries: number; answered: number } {
  let precisionSum = 0;
  let answered = 0;
  let found = 0;
  let relevant = 0;
  for (const [id, problem] of problemOf) {
    const duplicates = [...problemOf].filter(([other, otherProblem]) => other !== id && otherProblem === problem).length;
    relevant += Math.min(5, duplicates);
    const suggestions = index.suggest(coordinator, id, now);
    const hits = suggestions.filter((suggestion) => problemOf.get(suggestion.complaintId) === problem).length;
    found += hits;
    if (suggestions.length === 0) continue;
    answered++;
    precisionSum += hits / suggestions.length;
  }
  return {
    precisionAt5: answered === 0 ? 0 : precisionSum / answered,
    recallAt5: relevant === 0 ? 1 : found / relevant,
    queries: problemOf.size,
    answered,
  };
}
