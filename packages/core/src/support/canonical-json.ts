/** Strings `JSON.stringify` copies verbatim between quotes: no quote, backslash, control character or surrogate. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what JSON must escape.
const VERBATIM = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** `JSON.stringify(text)`, without its generic machinery for the plain strings events are made of. */
export function quoteJson(text: string): string {
  return VERBATIM.test(text) ? `"${text}"` : JSON.stringify(text);
}

/**
 * JSON with object keys sorted and `undefined` members dropped, so the same value always yields the
 * same text (and the same hash) whatever order its keys were built in. Written as one recursive
 * string builder because it runs for every event the desk writes.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return quoteJson(value);
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += value[i] === undefined ? 'null' : canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    out += `${first ? '' : ','}${quoteJson(key)}:${canonicalJson(member)}`;
    first = false;
  }
  return `${out}}`;
}
