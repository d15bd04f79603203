import { InvalidConfigError, InvalidInputError } from '@aduan/spec';
import type { z } from 'zod';
import { toFieldIssues } from './zod-issues.js';

/** Validates input, or throws `invalid_input` naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidInputError(what, toFieldIssues(result.error));
  return result.data;
}

/** Validates configuration, or throws `invalid_config` naming every bad path. */
export function parseConfig<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidConfigError(what, toFieldIssues(result.error));
  return result.data;
}
