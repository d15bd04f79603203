import { createWorkingCalendar } from '@aduan/core/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockTone, timeLeft, wib } from './format.js';

const calendar = createWorkingCalendar();

describe('wib', () => {
  it('writes the day, date and time in WIB', () => {
    expect(wib('2025-11-14T07:00:00.000Z')).toBe('Jumat, 14 November 2025 14.00 WIB');
  });
});

describe('clockTone', () => {
  it('is green under half, yellow to 80 %, orange to 100 %, red when breached, grey when paused', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.constantFrom('running', 'paused', 'breached') as fc.Arbitrary<'running' | 'paused' | 'breached'>,
        (used, state) => {
          const tone = clockTone({ state, usedFraction: used });
          if (state === 'breached' || used >= 1) expect(tone).toBe('red');
          else if (state === 'paused') expect(tone).toBe('grey');
          else expect(tone).toBe(used < 0.5 ? 'green' : used < 0.8 ? 'yellow' : 'orange');
        },
      ),
    );
  });
});

describe('timeLeft', () => {
  it('counts working days left and names the moment in WIB', () => {
    // Wednesday 12 November 2025, 09.00 WIB; due Friday 14 November 14.00 WIB: two working days on.
    const now = new Date('2025-11-12T02:00:00.000Z');
    expect(timeLeft({ state: 'running', dueAt: '2025-11-14T07:00:00.000Z' }, now, calendar)).toBe(
      'sisa 2 hari kerja — Jumat, 14 November 2025 14.00 WIB',
    );
  });

  it('skips the weekend and speaks of hours on the last day, and of lateness after', () => {
    const friday = new Date('2025-11-14T02:00:00.000Z');
    expect(timeLeft({ state: 'running', dueAt: '2025-11-17T07:00:00.000Z' }, friday, calendar)).toBe(
      'sisa 1 hari kerja — Senin, 17 November 2025 14.00 WIB',
    );
    expect(timeLeft({ state: 'running', dueAt: '2025-11-14T07:00:00.000Z' }, friday, calendar)).toBe(
      'sisa 5 jam — Jumat, 14 November 2025 14.00 WIB',
    );
    expect(timeLeft({ state: 'breached', dueAt: '2025-11-12T07:00:00.000Z' }, friday, calendar)).toBe(
      'lewat 2 hari kerja — Rabu, 12 November 2025 14.00 WIB',
    );
  });
});
