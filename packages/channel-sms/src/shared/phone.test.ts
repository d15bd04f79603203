import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from './phone.js';

describe('phone numbers', () => {
  it.each([
    ['+6281200000001', '+6281200000001'],
    ['6281200000001', '+6281200000001'],
    ['081200000001', '+6281200000001'],
    ['0812-0000-0001', '+6281200000001'],
    ['006281200000001', '+6281200000001'],
    ['1708', '1708'],
    ['PEMKOT PKL', 'PEMKOT PKL'],
  ])('normalises %s to %s', (raw, e164) => {
    expect(normalizePhone(raw, '62')).toBe(e164);
  });

  it('writes numbers the way a gateway wants them', () => {
    expect(formatPhone('+6281200000001', 'e164', '62')).toBe('+6281200000001');
    expect(formatPhone('+6281200000001', 'international', '62')).toBe('6281200000001');
    expect(formatPhone('+6281200000001', 'national', '62')).toBe('081200000001');
    expect(formatPhone('+6591234567', 'national', '62')).toBe('6591234567');
  });
});
