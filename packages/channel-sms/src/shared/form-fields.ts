import { InvalidInputError } from '@aduan/spec';

/** More fields than any gateway or Twilio sends (Twilio: about 25, plus 2 per MMS media, at most 10). */
export const MAX_FORM_FIELDS = 256;

/** The fields of a form-encoded body or query string, each name with its values in order. */
export interface FormFields {
  /** The first value of `name`, or undefined. */
  first(name: string): string | undefined;
  /** Every value of `name`, in order. */
  all(name: string): readonly string[];
  /** Every name, in order of first appearance. */
  names(): readonly string[];
}

function decode(component: string, what: string): string {
  try {
    return decodeURIComponent(component.replaceAll('+', ' '));
  } catch {
    throw new InvalidInputError(what, [{ path: '', message: 'the form encoding is broken: a % escape that is not UTF-8' }]);
  }
}

/**
 * Reads `application/x-www-form-urlencoded` text in one pass, so the work grows linearly with its
 * size whatever it holds (32 000 repeated or distinct names included): each field is split and
 * decoded once, and looked up through a map. More than `maxFields` fields are refused before any is
 * decoded. Escapes must be UTF-8 (`%E2%80%94`); a broken one is refused rather than guessed.
 */
export function readForm(text: string, what: string, maxFields = MAX_FORM_FIELDS): FormFields {
  let separators = 0;
  for (let index = text.indexOf('&'); index !== -1; index = text.indexOf('&', index + 1)) separators += 1;
  if (separators + 1 > maxFields) {
    throw new InvalidInputError(what, [{ path: '', message: `has more than ${maxFields} fields` }]);
  }
  const fields = new Map<string, string[]>();
  if (text !== '') {
    for (const pair of text.split('&')) {
      if (pair === '') continue;
      const equals = pair.indexOf('=');
      const name = decode(equals === -1 ? pair : pair.slice(0, equals), what);
      const value = equals === -1 ? '' : decode(pair.slice(equals + 1), what);
      const values = fields.get(name);
      if (values) values.push(value);
      else fields.set(name, [value]);
    }
  }
  return {
    first: (name) => fields.get(name)?.[0],
    all: (name) => fields.get(name) ?? [],
    names: () => [...fields.keys()],
  };
}
