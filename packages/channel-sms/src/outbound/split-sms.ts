import { SINGLE_SMS_UNITS, smsEncodingOf, smsUnitsOf } from './sms-encoding.js';

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * Splits a reply into SMS that each fit one message: 160 GSM-7 septets or 70 UCS-2 units (or
 * `maxUnits` of the text's encoding), cut at whitespace where a word allows it, never inside a
 * character (emoji stay whole). Parts are trimmed; joined again they hold every word in order.
 */
export function splitSms(text: string, maxUnits?: number): string[] {
  const encoding = smsEncodingOf(text);
  const limit = maxUnits ?? SINGLE_SMS_UNITS[encoding];
  if (!Number.isInteger(limit) || limit < 2) throw new RangeError(`splitSms: maxUnits must be an integer of at least 2, got ${limit}`);
  const chars = [...text.trim()];
  const parts: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let units = 0;
    let lastSpace = -1;
    while (end < chars.length && units + smsUnitsOf(chars[end]!, encoding) <= limit) {
      if (isSpace(chars[end])) lastSpace = end;
      units += smsUnitsOf(chars[end]!, encoding);
      end += 1;
    }
    // Cut at the last space unless the window already ends on a word boundary or holds one long word.
    if (end < chars.length && !isSpace(chars[end]) && lastSpace > start) end = lastSpace;
    parts.push(chars.slice(start, end).join('').trimEnd());
    start = end;
    while (isSpace(chars[start])) start += 1;
  }
  return parts;
}
