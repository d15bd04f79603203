import { describe, expect, it } from 'vitest';
import { ALL_RULES, labellingFaults } from './corpus-shape.js';
import { FRESH_REPLIES } from './reply-corpus-fresh.js';

// The shape of the second round of the corpus, which now belongs to the tuning part: its scores are the test's and the bench's business.
describe('the second round of the reply corpus', () => {
  it('holds at least 160 replies with ids of their own', () => {
    expect(FRESH_REPLIES.length).toBeGreaterThanOrEqual(160);
    const ids = FRESH_REPLIES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !id.startsWith('f-'))).toEqual([]);
  });

  it('labels only known rules, each at most once, and never a rule the context skips', () => {
    expect(labellingFaults(FRESH_REPLIES)).toEqual([]);
  });

  it('has at least 10 replies breaking each rule and at least 10 keeping it', () => {
    for (const rule of ALL_RULES) {
      const positives = FRESH_REPLIES.filter((entry) => entry.breaks.includes(rule)).length;
      expect(positives, rule).toBeGreaterThanOrEqual(10);
      expect(FRESH_REPLIES.length - positives, rule).toBeGreaterThanOrEqual(10);
    }
  });

  it('covers every kind of reply: clean, normatif only, rude, overdue with and without an apology', () => {
    expect(FRESH_REPLIES.filter((entry) => entry.breaks.length === 0).length).toBeGreaterThanOrEqual(40);
    expect(FRESH_REPLIES.filter((entry) => entry.breaks.join() === 'normatif').length).toBeGreaterThanOrEqual(15);
    expect(FRESH_REPLIES.filter((entry) => entry.breaks.length >= 4).length).toBeGreaterThanOrEqual(20);
    const overdue = FRESH_REPLIES.filter((entry) => entry.context.overdue === true);
    expect(overdue.filter((entry) => entry.breaks.includes('apology')).length).toBeGreaterThanOrEqual(5);
    expect(overdue.filter((entry) => !entry.breaks.includes('apology')).length).toBeGreaterThanOrEqual(5);
  });
});
