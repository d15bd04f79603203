/** GSM 03.38 basic alphabet (without the escape code): one septet each. */
const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** GSM 03.38 extension table: escape + character, two septets each. */
const GSM7_EXTENDED = new Set('\f^{}\\[~]|€');

export type SmsEncoding = 'gsm7' | 'ucs2';

/** Characters one single (non-concatenated) SMS holds in each encoding. */
export const SINGLE_SMS_UNITS: Record<SmsEncoding, number> = { gsm7: 160, ucs2: 70 };

/** GSM-7 when every character is in the GSM alphabet; otherwise the whole SMS goes as UCS-2. */
export function smsEncodingOf(text: string): SmsEncoding {
  for (const char of text) if (!GSM7_BASIC.has(char) && !GSM7_EXTENDED.has(char)) return 'ucs2';
  return 'gsm7';
}

/** Units one character (code point) takes: septets in GSM-7, UTF-16 code units in UCS-2. */
export function smsUnitsOf(char: string, encoding: SmsEncoding): number {
  if (encoding === 'ucs2') return char.length;
  return GSM7_EXTENDED.has(char) ? 2 : 1;
}
