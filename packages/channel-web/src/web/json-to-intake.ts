import { InvalidInputError } from '@aduan/spec';
import type { PublicIntake } from './public-intake.js';

const ACCEPTED_KEYS: ReadonlySet<string> = new Set<keyof PublicIntake>([
  'title',
  'description',
  'classification',
  'category',
  'location',
  'occurredAt',
  'contact',
  'anonim',
  'rahasia',
]);

/**
 * Checks the shape a JSON submission may have; the desk validates the values. Fields the public may
 * not set (complainantId, channel, attachments) are refused rather than silently dropped.
 */
export function jsonToIntake(body: unknown): PublicIntake {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InvalidInputError('request body', [{ path: '', message: 'harus berupa objek JSON' }]);
  }
  const refused = Object.keys(body).filter((key) => !ACCEPTED_KEYS.has(key));
  if (refused.length > 0) {
    throw new InvalidInputError(
      'complaint',
      refused.map((key) => ({
        path: key,
        message: key === 'attachments' ? 'unggah berkas lewat kiriman multipart/form-data' : 'tidak diterima dari kiriman publik',
      })),
    );
  }
  return body as PublicIntake;
}
