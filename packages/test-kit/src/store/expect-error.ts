import { AduanError, type AduanErrorCode } from '@aduan/spec';
import { expect } from 'vitest';

/** Awaits a promise that must reject with an AduanError of `code`; returns the error. */
export async function expectAduanError(promise: Promise<unknown>, code: AduanErrorCode): Promise<AduanError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected an AduanError "${code}", but the call succeeded`).toBeDefined();
  expect(AduanError.isInstance(error), `expected an AduanError "${code}", got ${String(error)}`).toBe(true);
  expect((error as AduanError).code).toBe(code);
  return error as AduanError;
}
