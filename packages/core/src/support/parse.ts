import { InvalidConfigError, InvalidInputError } from '@aduan/spec';
import type { z } from 'zod';
import { validationErrorMap, type ValidationLanguage } from '../schemas/validation-messages.js';
import { toFieldIssues } from './zod-issues.js';

/**
 * The issues of a value that failed `schema`, worded by the desk's error map. Parsed a second
 * time only on failure: giving zod an error map per parse makes every parse several times slower,
 * and valid input is the common case.
 */
function wordedIssues(schema: z.ZodType, value: unknown, language: ValidationLanguage, fallback: z.ZodError) {
  const worded = schema.safeParse(value, { error: validationErrorMap(language) });
  return toFieldIssues(worded.error ?? fallback);
}

/** Validates input, or throws `invalid_input` naming every bad field, worded in `language` (Bahasa Indonesia by default). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string, language: ValidationLanguage = 'id'): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidInputError(what, wordedIssues(schema, value, language, result.error));
  return result.data;
}

/** Validates configuration, or throws `invalid_config` naming every bad path (in English: it is read by developers). */
export function parseConfig<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidConfigError(what, wordedIssues(schema, value, 'en', result.error));
  return result.data;
}
