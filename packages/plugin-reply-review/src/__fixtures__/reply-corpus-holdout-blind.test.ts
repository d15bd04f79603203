import { describe, expect, it } from 'vitest';
import { ALL_RULES, labellingFaults } from './corpus-shape.js';
import { BLIND_HOLDOUT_REPLIES } from './reply-corpus-holdout-blind.js';

// The shape of the blind held-out corpus only: how the rules score on it is the bench's business, once the rules are frozen.
describe('the blind held-out reply corpus', () => {
  it('holds at least 220 replies, each with an id of its own starting with b-', () => {
    expect(BLIND_HOLDOUT_REPLIES.length).toBeGreaterThanOrEqual(220);
    const ids = BLIND_HOLDOUT_REPLIES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^b-[a-z]+-\d{2}$/.test(id))).toEqual([]);
  });

  it('labels only known rules, each at most once, never one the context skips, and only non-empty texts', () => {
    expect(labellingFaults(BLIND_HOLDOUT_REPLIES)).toEqual([]);
  });

  it('has at least 15 replies breaking each rule and at least 15 keeping it', () => {
    for (const rule of ALL_RULES) {
      const positives = BLIND_HOLDOUT_REPLIES.filter((entry) => entry.breaks.includes(rule)).length;
      expect(positives, rule).toBeGreaterThanOrEqual(15);
      expect(BLIND_HOLDOUT_REPLIES.length - positives, rule).toBeGreaterThanOrEqual(15);
    }
  });

  it('holds overdue complaints answered with and without an apology', () => {
    const overdue = BLIND_HOLDOUT_REPLIES.filter((entry) => entry.context.overdue === true);
    expect(overdue.filter((entry) => entry.breaks.includes('apology')).length).toBeGreaterThanOrEqual(5);
    expect(overdue.filter((entry) => !entry.breaks.includes('apology')).length).toBeGreaterThanOrEqual(5);
  });
});
