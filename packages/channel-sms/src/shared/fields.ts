import { InvalidInputError } from '@aduan/spec';
import type { FormFields } from './form-fields.js';

/** Flat or nested webhook fields, read by name or by dot path (`payload.phoneNumber`). */
export type FieldSource = (path: string) => string | undefined;

/** Fields of a form-encoded body or query string; repeated names keep their first value. */
export function formFields(form: FormFields): FieldSource {
  return (path) => form.first(path);
}

/** Fields of a JSON object; numbers and booleans are read as their text. Only own properties are read. */
export function jsonFields(value: unknown): FieldSource {
  return (path) => {
    let current: unknown = value;
    for (const key of path.split('.')) {
      if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
    }
    if (typeof current === 'string') return current;
    if (typeof current === 'number' || typeof current === 'boolean') return String(current);
    return undefined;
  };
}

/** Reads a required field or throws an InvalidInputError that names it (never its value). */
export function requireField(fields: FieldSource, path: string, what: string): string {
  const value = fields(path);
  if (value === undefined || value.trim() === '') throw new InvalidInputError(what, [{ path, message: 'is required' }]);
  return value;
}
