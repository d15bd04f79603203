import { AduanError, InvalidInputError } from '@aduan/spec';
import { ATTACHMENT_FIELD } from './parse-submission.js';

/** Refuses too many or too large uploads before any of them is stored. */
export function checkFiles(files: readonly File[], limits: { maxAttachments: number; maxAttachmentBytes: number }): void {
  if (files.length > limits.maxAttachments) {
    const message = limits.maxAttachments === 0 ? 'uploads are not accepted here' : `at most ${limits.maxAttachments} files are accepted, got ${files.length}`;
    throw new InvalidInputError('complaint', [{ path: ATTACHMENT_FIELD, message }]);
  }
  const tooLarge = files.find((file) => file.size > limits.maxAttachmentBytes);
  if (tooLarge) {
    throw new AduanError('payload_too_large', `Attachment "${tooLarge.name}" is ${tooLarge.size} bytes; the limit is ${limits.maxAttachmentBytes} bytes`, {
      details: { limitBytes: limits.maxAttachmentBytes, name: tooLarge.name, sizeBytes: tooLarge.size },
    });
  }
}
