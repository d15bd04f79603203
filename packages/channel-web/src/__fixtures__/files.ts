/** The first bytes of each kind of file the intake recognises, padded to a small file. */
const HEADS = {
  jpeg: [0xff, 0xd8, 0xff, 0xe0],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  webp: [0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
  gif: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37],
} as const;

/** Bytes that start like a real file of `kind` and fill `size` bytes in all. */
export function fileBytes(kind: keyof typeof HEADS, size = 64): Uint8Array {
  const bytes = new Uint8Array(Math.max(size, HEADS[kind].length)).fill(0x20);
  bytes.set(HEADS[kind]);
  return bytes;
}

/** A small JPEG-looking photo, as a browser would upload it. */
export function photo(name = 'foto.jpg', size = 64): File {
  return new File([fileBytes('jpeg', size)], name, { type: 'image/jpeg' });
}
