import { InvalidConfigError, InvalidInputError } from '@aduan/spec';
import type { z } from 'zod';
import { validationErrorMap, type ValidationLanguage } from '../schemas/validation-messages.js';
import { toFieldIssues } from './zod-issues.js';

/** Validates input, or throws `invalid_input` naming every bad field, worded in `language` (Bahasa Indonesia by default). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string, language: ValidationLanguage = 'id'): z.output<S> {
  const result = schema.safeParse(value, { error: validationErrorMap(language) });
  if (!result.success) throw new InvalidInputError(what, toFieldIssues(result.error));
  return result.data;
}

/** Validates configuration, or throws `invalid_config` naming every bad path (in English: it is read by developers). */
export function parseConfig<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value, { error: validationErrorMap('en') });
  if (!result.success) throw new InvalidConfigError(what, toFieldIssues(result.error));
  return result.data;
}
