import { InvalidInputError, type FieldIssue } from '@aduan/spec';
import type { FormFields } from '../forms/form-fields.js';
import type { PublicIntake } from './public-intake.js';

/** The hidden form field carrying the form's idempotency key (browsers cannot send the header). */
export const IDEMPOTENCY_FIELD = 'idempotency_key';

const TRUE_VALUES = new Set(['true', 'on', '1', 'ya', 'yes']);
const FALSE_VALUES = new Set(['false', 'off', '0', 'tidak', 'no']);

type Fields = FormFields;

/**
 * The last value of a field. A checkbox is preceded by a hidden `false` of the same name, so an
 * unchecked box still says `false` and only a missing field falls back to the safe default.
 */
function last(fields: Fields, name: string): string | undefined {
  const values = fields.get(name);
  return values?.[values.length - 1];
}

function optionalText(fields: Fields, name: string): string | undefined {
  const value = last(fields, name)?.trim();
  return value === '' ? undefined : value;
}

function parseNumber(fields: Fields, name: string, path: string, issues: FieldIssue[]): number | undefined {
  const raw = optionalText(fields, name);
  if (raw === undefined) return undefined;
  const value = Number(raw.replace(',', '.'));
  if (!Number.isFinite(value)) issues.push({ path, message: `harus berupa angka, bukan "${raw}"` });
  return value;
}

function parseFlag(fields: Fields, name: string, issues: FieldIssue[]): boolean | undefined {
  const raw = optionalText(fields, name)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (TRUE_VALUES.has(raw)) return true;
  if (FALSE_VALUES.has(raw)) return false;
  issues.push({ path: name, message: `harus true atau false, bukan "${raw}"` });
  return undefined;
}

/** Drops unset keys so that "no location" stays absent instead of an empty object. */
function defined<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

/**
 * Maps HTML form fields to an intake. Unknown fields (a submit button's name) are ignored; the
 * desk validates the result, so only what a form cannot express (numbers, flags) is checked here.
 */
export function formToIntake(fields: Fields): PublicIntake {
  const issues: FieldIssue[] = [];
  const location = defined({
    address: optionalText(fields, 'address'),
    kelurahan: optionalText(fields, 'kelurahan'),
    kecamatan: optionalText(fields, 'kecamatan'),
    lat: parseNumber(fields, 'lat', 'location.lat', issues),
    long: parseNumber(fields, 'long', 'location.long', issues),
  });
  const contact = defined({
    name: optionalText(fields, 'name'),
    phone: optionalText(fields, 'phone'),
    email: optionalText(fields, 'email'),
    whatsapp: optionalText(fields, 'whatsapp'),
  });
  const intake = defined({
    // Required texts pass through even when empty so the desk names them in its issues.
    title: last(fields, 'title') ?? '',
    description: last(fields, 'description') ?? '',
    classification: optionalText(fields, 'classification') as PublicIntake['classification'],
    category: optionalText(fields, 'category'),
    occurredAt: optionalText(fields, 'occurredAt'),
    location,
    contact,
    anonim: parseFlag(fields, 'anonim', issues),
    rahasia: parseFlag(fields, 'rahasia', issues),
  })!;
  if (issues.length > 0) throw new InvalidInputError('complaint form', issues);
  return intake;
}
