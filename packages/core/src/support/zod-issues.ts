import type { FieldIssue } from '@aduan/spec';
import type { z } from 'zod';

/** Turns zod's issues into `{ path, message }` pairs with dotted paths (`location.lat`, `attachments.0.url`). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
