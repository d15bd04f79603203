import { normalizeIndonesian, type NormalizeOptions } from './normalize-indonesian.js';

/**
 * Splits Indonesian text into normalised words (see `normalizeIndonesian`). A reduplicated word
 * (`lampu-lampu`, `lampu2`) counts once as its base; other hyphenated words (`tindak-lanjut`) become
 * their parts.
 */
export function tokenizeIndonesian(text: string, options: NormalizeOptions = {}): string[] {
  const tokens: string[] = [];
  for (const word of normalizeIndonesian(text, options).split(' ')) {
    if (word === '') continue;
    if (!word.includes('-')) {
      tokens.push(word);
      continue;
    }
    const parts = word.split('-');
    if (parts.every((part) => part === parts[0])) tokens.push(parts[0]!);
    else tokens.push(...parts);
  }
  return tokens;
}
