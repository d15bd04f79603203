/** The content types an upload can be recognised as, by its first bytes. */
export type AttachmentType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'application/pdf';

/** Every type `detectAttachmentType` recognises. */
export const ATTACHMENT_TYPES: readonly AttachmentType[] = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'];

/** How residents know each type, for hints and messages. */
export const ATTACHMENT_TYPE_NAMES: Readonly<Record<AttachmentType, string>> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'application/pdf': 'PDF',
};

/** What the web intake accepts unless configured otherwise: photos and PDF documents. */
export const DEFAULT_ATTACHMENT_TYPES: readonly AttachmentType[] = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** Each type's signature: byte values at an offset (null matches any byte). */
const SIGNATURES: readonly { type: AttachmentType; offset: number; bytes: readonly (number | null)[] }[] = [
  { type: 'image/jpeg', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // RIFF, four bytes of length, WEBP.
  { type: 'image/webp', offset: 0, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { type: 'image/gif', offset: 0, bytes: ascii('GIF87a') },
  { type: 'image/gif', offset: 0, bytes: ascii('GIF89a') },
  { type: 'application/pdf', offset: 0, bytes: ascii('%PDF-') },
];

/** Bytes `detectAttachmentType` needs from the start of a file. */
export const SIGNATURE_BYTES = 12;

/**
 * Recognises a file by its content (its magic bytes), never by the name or the type the client
 * declared: an HTML page labelled image/png is no image. Undefined when it is none of
 * `ATTACHMENT_TYPES`.
 */
export function detectAttachmentType(head: Uint8Array): AttachmentType | undefined {
  return SIGNATURES.find(
    ({ offset, bytes }) => head.length >= offset + bytes.length && bytes.every((byte, i) => byte === null || head[offset + i] === byte),
  )?.type;
}
