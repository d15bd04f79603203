/**
 * Normalises an Indonesian (or any) phone number to E.164 (`+62812…`), the one form the adapter
 * reports, stores and sends to: `0812…` and `62812…` become `+62812…`. Anything that is not a
 * phone number (short codes such as `1708`, alphanumeric sender ids) is returned trimmed, as is.
 */
export function normalizePhone(raw: string, countryCode: string): string {
  const compact = raw.trim().replace(/[\s().-]/g, '');
  if (/^\+\d{8,15}$/.test(compact)) return compact;
  if (/^00\d{8,15}$/.test(compact)) return `+${compact.slice(2)}`;
  if (compact.startsWith(countryCode) && /^\d{9,15}$/.test(compact)) return `+${compact}`;
  if (/^0\d{8,13}$/.test(compact)) return `+${countryCode}${compact.slice(1)}`;
  return raw.trim();
}

export type PhoneFormat = 'e164' | 'international' | 'national';

/** Writes an E.164 number the way a gateway expects it: `+62812…`, `62812…` or `0812…`. */
export function formatPhone(e164: string, format: PhoneFormat, countryCode: string): string {
  if (!e164.startsWith('+') || format === 'e164') return e164;
  if (format === 'international') return e164.slice(1);
  return e164.startsWith(`+${countryCode}`) ? `0${e164.slice(1 + countryCode.length)}` : e164.slice(1);
}
