/** Longest name kept, in characters; the extension survives the cut. */
export const MAX_FILE_NAME_LENGTH = 120;

/** What a name falls back to when nothing printable is left. */
const FALLBACK = 'lampiran';

/**
 * Control characters (C0, DEL, C1), bidirectional overrides and isolates (a name could otherwise
 * show `gpj.exe` as `exe.jpg`), zero-width characters, the byte-order mark, and lone surrogates
 * (no encoding can carry them).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udfff]/gu;

/**
 * A file name fit to store and show: the last path segment only (no folders, no `..`), without
 * control or direction characters, quotes or reserved punctuation, NFC-normalised, at most
 * `MAX_FILE_NAME_LENGTH` characters with the extension kept, and `extension` in place of whatever
 * extension the client gave when it is known from the content.
 */
export function safeFileName(name: string, extension?: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let cleaned = base
    .replace(/[\t\n\v\f\r]/g, ' ')
    .replace(UNSAFE, '')
    .replace(/["*:<>?|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (extension !== undefined) {
    const dot = cleaned.lastIndexOf('.');
    cleaned = `${dot > 0 ? cleaned.slice(0, dot) : cleaned || FALLBACK}.${extension}`;
  }
  if (cleaned === '' || cleaned.startsWith('.')) cleaned = `${FALLBACK}${cleaned}`;
  const chars = [...cleaned];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const suffix = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return chars.slice(0, MAX_FILE_NAME_LENGTH - [...suffix].length).join('') + suffix;
}
