import { NotFoundError, VersionConflictError, type ReplyTemplateV1, type SaveTemplateInputV1 } from '@aduan/spec';
import { InputCheck } from '../channel-state/checks.js';
import type { SqlExecutor } from '../driver.js';
import { storedInstantIssue } from '../instants.js';
import { TEMPLATE_COLUMNS, templateOf, type TemplateRow } from './template-rows.js';

function checkSave({ template, expectedVersion, at, by }: SaveTemplateInputV1): void {
  const check = new InputCheck('template save');
  if (typeof template !== 'object' || template === null) check.add('template', 'must be an object');
  else {
    check.text(template.id, 'template.id');
    check.text(template.name, 'template.name');
    check.text(template.body, 'template.body');
  }
  check.integer(expectedVersion, 'expectedVersion', 0);
  const instant = storedInstantIssue(at, 'at');
  if (instant) check.add(instant.path, instant.message);
  check.text(by, 'by');
  check.done();
}

/** Creates (`expectedVersion` 0) or replaces the stored version, in one statement each: two saves of one version never both win. */
export async function saveTemplate(db: SqlExecutor, s: string, input: SaveTemplateInputV1): Promise<ReplyTemplateV1> {
  checkSave(input);
  const { template: t, expectedVersion, at, by } = input;
  const values = [t.id, t.name, t.stage, t.category, t.automatic, t.active, t.body, t.shortBody, at, by];
  const { rows } =
    expectedVersion === 0
      ? await db.query<TemplateRow>(
          `INSERT INTO ${s}.reply_templates (id, name, stage, category, automatic, active, body, short_body, version, created_at, updated_at, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9::timestamptz, $9::timestamptz, $10)
           ON CONFLICT (id) DO NOTHING RETURNING ${TEMPLATE_COLUMNS}`,
          values,
        )
      : await db.query<TemplateRow>(
          `UPDATE ${s}.reply_templates SET name = $2, stage = $3, category = $4, automatic = $5, active = $6, body = $7, short_body = $8,
             version = version + 1, updated_at = $9::timestamptz, updated_by = $10
           WHERE id = $1 AND version = $11 RETURNING ${TEMPLATE_COLUMNS}`,
          [...values, expectedVersion],
        );
  if (rows[0]) return templateOf(rows[0]);
  const stored = await db.query<{ version: number }>(`SELECT version FROM ${s}.reply_templates WHERE id = $1`, [t.id]);
  const actual = stored.rows[0]?.version;
  if (actual === undefined) throw new NotFoundError('Template', t.id);
  throw new VersionConflictError(`template:${t.id}`, expectedVersion, actual);
}

/** Counts a use once: the use's row and the count change together, and a second row for one use is never written. */
export async function recordTemplateUse(db: SqlExecutor, s: string, input: { id: string; useId: string; at: string }): Promise<boolean> {
  const check = new InputCheck('template use');
  check.text(input.id, 'id');
  check.text(input.useId, 'useId');
  const instant = storedInstantIssue(input.at, 'at');
  if (instant) check.add(instant.path, instant.message);
  check.done();
  const exists = await db.query(`SELECT 1 FROM ${s}.reply_templates WHERE id = $1`, [input.id]);
  if (exists.rows.length === 0) throw new NotFoundError('Template', input.id);
  const { rows } = await db.query(
    `WITH counted AS (
       INSERT INTO ${s}.reply_template_uses (template_id, use_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING template_id
     )
     UPDATE ${s}.reply_templates t
        SET usage_count = usage_count + 1, last_used_at = greatest(last_used_at, $3::timestamptz)
       FROM counted WHERE t.id = counted.template_id
     RETURNING 1`,
    [input.id, input.useId, input.at],
  );
  return rows.length === 1;
}
