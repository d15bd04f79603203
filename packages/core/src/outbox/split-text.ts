/**
 * Splits a reply into parts of at most `maxLength` characters, at whitespace where possible, so a
 * long answer reaches a channel with a small limit whole and in order.
 */
export function splitText(text: string, maxLength: number): string[] {
  if (maxLength < 1) throw new RangeError('splitText: maxLength must be at least 1');
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > maxLength) {
    const window = rest.slice(0, maxLength + 1);
    const lastSpace = window.search(/\s\S*$/);
    const cut = lastSpace > 0 ? lastSpace : maxLength;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}
