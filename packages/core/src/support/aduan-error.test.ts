import { AduanError, NotFoundError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { coordinator, createHarness } from '../test-support/harness.js';

/** What an AduanError from a second copy of @aduan/spec in the same process looks like. */
class SecondCopyError extends Error {
  readonly code = 'not_found';
  readonly details = {};
  constructor(message: string) {
    super(message);
    Object.defineProperty(this, Symbol.for('aduan.error'), { value: true });
  }
}

describe('AduanError.isInstance', () => {
  it('recognises the errors the desk throws', async () => {
    const { desk } = createHarness();
    const error = await desk.get(coordinator, 'no-such-complaint').catch((reason: unknown) => reason);

    expect(AduanError.isInstance(error)).toBe(true);
    expect(AduanError.hasCode(error, 'not_found')).toBe(true);
    expect(AduanError.hasCode(error, 'forbidden')).toBe(false);
  });

  it('recognises an error of another copy of the package by its Symbol.for marker', () => {
    const foreign = new SecondCopyError('Complaint "x" does not exist');
    const plain = { [Symbol.for('aduan.error')]: true, code: 'forbidden', message: 'serialised elsewhere' };

    expect(foreign instanceof AduanError).toBe(false);
    expect(AduanError.isInstance(foreign)).toBe(true);
    expect(AduanError.hasCode(foreign, 'not_found')).toBe(true);
    expect(AduanError.isInstance(plain)).toBe(true);
  });

  it('rejects look-alikes without the marker', () => {
    const lookAlike = Object.assign(new Error('nope'), { code: 'not_found' });

    for (const value of [lookAlike, { [Symbol('aduan.error')]: true }, null, undefined, 'not_found', 42]) {
      expect(AduanError.isInstance(value)).toBe(false);
    }
  });

  it('serialises to its code, message and details', () => {
    expect(JSON.parse(JSON.stringify(new NotFoundError('Complaint', 'c-1')))).toEqual({
      name: 'NotFoundError',
      code: 'not_found',
      message: 'Complaint "c-1" does not exist',
      details: { what: 'Complaint', id: 'c-1' },
    });
  });
});
