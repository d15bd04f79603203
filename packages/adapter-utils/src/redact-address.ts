/** What stands where an address was removed. */
export const REDACTED_ADDRESS = '[alamat]';

const NUMBER_LIKE = /\+?\d[\d\s().-]{5,}\d/g;

/**
 * Removes a resident's address from a provider's text before it is stored or logged (Twilio's
 * `Invalid 'To' Phone Number: +62812…`, a gateway echoing the number): the address as written,
 * and any number whose digits end with the same nine digits, however it is spelt (`+62…`, `62…`,
 * `0812-…`). Send failures reach the outbox and officers' screens, where a number does not belong.
 */
export function redactAddress(text: string, address: string): string {
  if (address === '') return text;
  const digits = address.replace(/\D/g, '');
  let redacted = text.split(address).join(REDACTED_ADDRESS);
  if (digits.length >= 6) {
    const tail = digits.slice(-9);
    redacted = redacted.replace(NUMBER_LIKE, (match) => (match.replace(/\D/g, '').endsWith(tail) ? REDACTED_ADDRESS : match));
  }
  return redacted;
}
