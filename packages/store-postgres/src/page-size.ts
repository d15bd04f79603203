import { InvalidInputError } from '@aduan/spec';

/** A page size as given, or `invalid_input` naming `path` when it is not an integer ≥ 0. */
export function pageSize(limit: number, path: string): number {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new InvalidInputError('store query', [{ path, message: 'must be an integer ≥ 0' }]);
  return limit;
}
