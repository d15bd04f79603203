import { COMPLAINT_STATUSES, type FieldIssue } from '@aduan/spec';
import { parseTemplate } from './template-syntax.js';

const ID = /^[a-z0-9-]{1,100}$/;
const FIELDS = ['id', 'name', 'stage', 'category', 'automatic', 'active', 'body', 'shortBody'];

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= max;

/**
 * Checks a template before it is saved: every field of `ReplyTemplateInputV1`, and the syntax of
 * its texts (each unknown variable named). Answers the issues found, paths under `template.`.
 */
export function checkTemplate(value: unknown): FieldIssue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ path: 'template', message: 'must be an object' }];
  const template = value as Record<string, unknown>;
  const issues: FieldIssue[] = Object.keys(template)
    .filter((key) => !FIELDS.includes(key))
    .map((key) => ({ path: `template.${key}`, message: 'unknown field' }));
  if (typeof template['id'] !== 'string' || !ID.test(template['id'])) {
    issues.push({ path: 'template.id', message: 'must be 1 to 100 lower-case letters, digits and -' });
  }
  if (!isText(template['name'], 200)) issues.push({ path: 'template.name', message: 'must be text of 1 to 200 characters' });
  if (!COMPLAINT_STATUSES.includes(template['stage'] as never)) {
    issues.push({ path: 'template.stage', message: `must be one of ${COMPLAINT_STATUSES.join(', ')}` });
  }
  if (template['category'] !== null && !isText(template['category'], 120)) {
    issues.push({ path: 'template.category', message: 'must be text of 1 to 120 characters, or null for every category' });
  }
  for (const flag of ['automatic', 'active'] as const) {
    if (typeof template[flag] !== 'boolean') issues.push({ path: `template.${flag}`, message: 'must be true or false' });
  }
  if (template['automatic'] === true && template['stage'] !== 'received') {
    issues.push({ path: 'template.automatic', message: 'only a template for stage "received" (the acknowledgement) is sent by itself' });
  }
  if (isText(template['body'], 10_000)) issues.push(...parseTemplate(template['body'], 'template.body').issues);
  else issues.push({ path: 'template.body', message: 'must be text of 1 to 10000 characters' });
  if (template['shortBody'] !== null) {
    if (isText(template['shortBody'], 1_000)) issues.push(...parseTemplate(template['shortBody'], 'template.shortBody').issues);
    else issues.push({ path: 'template.shortBody', message: 'must be text of 1 to 1000 characters, or null' });
  }
  return issues;
}
