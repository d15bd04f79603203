import { InvalidInputError, PayloadTooLargeError, UnsupportedMediaTypeError } from '@aduan/spec';
import { detectAttachmentType, SIGNATURE_BYTES, type AttachmentType } from './attachment-types.js';
import { safeFileName } from './safe-file-name.js';

/** The form field that carries uploaded files. */
export const ATTACHMENT_FIELD = 'attachments';

const EXTENSIONS: Readonly<Record<AttachmentType, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
};

/** What uploads of one submission may be: how many, how large, of which types. */
export interface UploadLimits {
  maxAttachments: number;
  maxAttachmentBytes: number;
  allowedAttachmentTypes: readonly AttachmentType[];
}

/**
 * Refuses too many, too large or unrecognised uploads before any of them is stored, and returns
 * each file as it will be stored: its type read from its content (never the type the client
 * declared) and a safe name.
 */
export async function checkUploads(files: readonly File[], limits: UploadLimits): Promise<File[]> {
  if (files.length > limits.maxAttachments) {
    const message =
      limits.maxAttachments === 0 ? 'tidak menerima lampiran' : `paling banyak ${limits.maxAttachments} berkas, terkirim ${files.length}`;
    throw new InvalidInputError('complaint', [{ path: ATTACHMENT_FIELD, message }]);
  }
  const checked: File[] = [];
  for (const file of files) {
    const name = safeFileName(file.name);
    if (file.size > limits.maxAttachmentBytes) throw new PayloadTooLargeError(limits.maxAttachmentBytes, `Attachment "${name}"`);
    const type = detectAttachmentType(new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer()));
    if (type === undefined || !limits.allowedAttachmentTypes.includes(type)) {
      throw new UnsupportedMediaTypeError(type ?? (file.type || undefined), limits.allowedAttachmentTypes, `Attachment "${name}" of type`);
    }
    checked.push(new File([file], safeFileName(file.name, EXTENSIONS[type]), { type }));
  }
  return checked;
}
