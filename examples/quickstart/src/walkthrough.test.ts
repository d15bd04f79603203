import { describe, expect, it } from 'vitest';
import { walkthrough } from './walkthrough.js';

describe('quickstart walkthrough', () => {
  it('resolves the complaint, verifies its history, and hides the identity from the unit', async () => {
    const lines: string[] = [];
    const { history, verdict, unitView } = await walkthrough((line) => lines.push(line));
    expect(history.map((e) => e.type)).toEqual([
      'complaint-received',
      'complaint-info-requested',
      'complaint-info-provided',
      'complaint-verified',
      'complaint-disposed',
      'complaint-returned',
      'complaint-disposed',
      'complaint-responded',
      'complaint-reopened',
      'complaint-responded',
      'complaint-confirmed',
    ]);
    expect(verdict).toMatchObject({ ok: true, events: 11 });
    expect(unitView.status).toBe('resolved');
    expect(unitView.complainant).toEqual({ visibility: 'none' });
    expect(lines.filter((line) => line.includes('→')).length).toBe(11);
  });
});
