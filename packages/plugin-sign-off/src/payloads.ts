import type { FieldIssue } from '@aduan/spec';

/** The longest answer a draft may hold: the length `respond` accepts. */
export const MAX_DRAFT_LENGTH = 10_000;
/** The longest comment on an approval or a return. */
export const MAX_COMMENT_LENGTH = 2_000;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Issues of a record against its fields: `required` text fields, `optional` text fields, and nothing else. */
function checkFields(
  value: unknown,
  fields: Record<string, { max: number; required: boolean }>,
  extra: readonly string[] = [],
): FieldIssue[] {
  const payload = record(value);
  const issues: FieldIssue[] = Object.keys(payload)
    .filter((key) => !(key in fields) && !extra.includes(key))
    .map((key) => ({ path: key, message: 'unknown field' }));
  for (const [path, { max, required }] of Object.entries(fields)) {
    const text = payload[path];
    if (text === undefined && !required) continue;
    if (typeof text !== 'string' || text.trim().length === 0 || text.length > max) {
      issues.push({ path, message: `must be text of 1 to ${max} characters${required ? '' : ' when given'}` });
    }
  }
  return issues;
}

const targetIssues = (value: unknown): FieldIssue[] => {
  const { complaintId, expectedVersion } = record(value);
  const issues: FieldIssue[] = [];
  if (typeof complaintId !== 'string' || complaintId.length === 0) issues.push({ path: 'complaintId', message: 'required' });
  if (expectedVersion !== undefined && !(Number.isInteger(expectedVersion) && (expectedVersion as number) >= 0)) {
    issues.push({ path: 'expectedVersion', message: 'must be a whole number from 0' });
  }
  return issues;
};

const TARGET = ['complaintId', 'expectedVersion'];

/** `sign-off/draft-submitted`: `{ message }`, the answer as it will be published. */
export const checkDraftPayload = (value: unknown): FieldIssue[] =>
  checkFields(value, { message: { max: MAX_DRAFT_LENGTH, required: true } });
/** `sign-off/draft-approved`: `{ comment? }`. */
export const checkApprovalPayload = (value: unknown): FieldIssue[] =>
  checkFields(value, { comment: { max: MAX_COMMENT_LENGTH, required: false } });
/** `sign-off/draft-returned`: `{ comment }`, what to change. */
export const checkReturnPayload = (value: unknown): FieldIssue[] =>
  checkFields(value, { comment: { max: MAX_COMMENT_LENGTH, required: true } });

/** Input of `submit-draft`: `{ complaintId, message, expectedVersion? }`. */
export const checkSubmitInput = (value: unknown): FieldIssue[] => [
  ...targetIssues(value),
  ...checkFields(value, { message: { max: MAX_DRAFT_LENGTH, required: true } }, TARGET),
];
/** Input of `approve`: `{ complaintId, comment?, expectedVersion? }`. */
export const checkApproveInput = (value: unknown): FieldIssue[] => [
  ...targetIssues(value),
  ...checkFields(value, { comment: { max: MAX_COMMENT_LENGTH, required: false } }, TARGET),
];
/** Input of `return`: `{ complaintId, comment, expectedVersion? }`. */
export const checkReturnInput = (value: unknown): FieldIssue[] => [
  ...targetIssues(value),
  ...checkFields(value, { comment: { max: MAX_COMMENT_LENGTH, required: true } }, TARGET),
];
