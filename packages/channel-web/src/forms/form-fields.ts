import { InvalidInputError } from '@aduan/spec';

/** Every value of each field name, in order. */
export type FormFields = Map<string, string[]>;

/** The error for a form with more fields than allowed (HTTP 400), in words a resident understands. */
export function tooManyFields(maxFields: number): InvalidInputError {
  return new InvalidInputError('form', [{ path: '', message: `formulir berisi terlalu banyak kolom (paling banyak ${maxFields})` }]);
}

/** Groups name/value pairs by name; each value is appended in place, so the work is linear. */
export function collectFields(entries: Iterable<[string, string]>): FormFields {
  const fields: FormFields = new Map();
  for (const [name, value] of entries) {
    const values = fields.get(name);
    if (values) values.push(value);
    else fields.set(name, [value]);
  }
  return fields;
}

/**
 * Refuses an `application/x-www-form-urlencoded` body of more than `maxFields` fields, counted by
 * their separators in one pass, before any of them is decoded.
 */
export function checkFieldCount(text: string, maxFields: number): void {
  let separators = 0;
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    if (++separators >= maxFields) throw tooManyFields(maxFields);
  }
}

/** Parses an `application/x-www-form-urlencoded` body of at most `maxFields` fields, in linear time. */
export function parseUrlEncoded(text: string, maxFields: number): FormFields {
  checkFieldCount(text, maxFields);
  return collectFields(new URLSearchParams(text));
}
