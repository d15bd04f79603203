import { describe, expect, it } from 'vitest';
import { LABELLED_COMPLAINTS, type LabelledComplaint } from './labelled-duplicates.js';
import { FRESH_HOLDOUT_COMPLAINTS } from './labelled-duplicates-fresh.js';

// The shape of the fresh held-out set only: how well suggestions do on it is the bench's business.
describe('the fresh held-out duplicate set', () => {
  const byProblem = new Map<string, LabelledComplaint[]>();
  for (const entry of FRESH_HOLDOUT_COMPLAINTS) byProblem.set(entry.problem, [...(byProblem.get(entry.problem) ?? []), entry]);
  const groups = [...byProblem].filter(([problem]) => !problem.startsWith('decoy-'));
  const decoys = FRESH_HOLDOUT_COMPLAINTS.filter((entry) => entry.problem.startsWith('decoy-'));

  it('holds at least 120 complaints with a category, a kelurahan, a title and a description', () => {
    expect(FRESH_HOLDOUT_COMPLAINTS.length).toBeGreaterThanOrEqual(120);
    for (const entry of FRESH_HOLDOUT_COMPLAINTS) {
      for (const field of [entry.problem, entry.category, entry.kelurahan, entry.title, entry.description]) {
        expect(field.trim(), entry.problem).not.toBe('');
      }
    }
  });

  it('reports every problem two to four times, within one category and one kelurahan', () => {
    for (const [problem, members] of groups) {
      expect(members.length, problem).toBeGreaterThanOrEqual(2);
      expect(members.length, problem).toBeLessThanOrEqual(4);
      expect(new Set(members.map((entry) => entry.category)).size, problem).toBe(1);
      expect(new Set(members.map((entry) => entry.kelurahan)).size, problem).toBe(1);
    }
    expect(groups.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every decoy a key of its own and a group of the same category and kelurahan to be confused with', () => {
    expect(decoys.length).toBeGreaterThanOrEqual(30);
    expect(new Set(decoys.map((entry) => entry.problem)).size).toBe(decoys.length);
    const places = new Set(groups.map(([, [first]]) => `${first!.category}|${first!.kelurahan}`));
    expect(decoys.filter((entry) => !places.has(`${entry.category}|${entry.kelurahan}`))).toEqual([]);
  });

  it('shares no problem key and no text with the first labelled set', () => {
    const firstProblems = new Set(LABELLED_COMPLAINTS.map((entry) => entry.problem));
    const firstTexts = new Set(LABELLED_COMPLAINTS.map((entry) => entry.description));
    expect(FRESH_HOLDOUT_COMPLAINTS.filter((entry) => firstProblems.has(entry.problem) || firstTexts.has(entry.description))).toEqual([]);
    const descriptions = FRESH_HOLDOUT_COMPLAINTS.map((entry) => entry.description);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });
});
