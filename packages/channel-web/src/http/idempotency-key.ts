import { InvalidInputError } from '@aduan/spec';

/**
 * Long, random-looking keys only: a retry with the same key answers with the first complaint's
 * tracking number, so a short guessable key (`1`) could reveal another person's complaint.
 */
const KEY_PATTERN = /^[A-Za-z0-9._:-]{16,200}$/;

/**
 * The client's idempotency key (the `Idempotency-Key` header, else the given form value), used as
 * the channel message id: the same key twice yields one complaint.
 */
export function idempotencyKeyOf(request: Request, formValue?: string): string | undefined {
  const header = request.headers.get('idempotency-key');
  const key = header ?? formValue;
  if (key === undefined || key === '') return undefined;
  if (!KEY_PATTERN.test(key)) {
    throw new InvalidInputError('idempotency key', [
      {
        path: header === null ? 'idempotency_key' : 'Idempotency-Key',
        message: 'harus 16 sampai 200 huruf, angka atau . _ : - (sebaiknya UUID acak)',
      },
    ]);
  }
  return key;
}
