import { InvalidInputError, type ReplyTemplateV1, type TemplatePageV1, type TemplateQueryV1 } from '@aduan/spec';
import type { SqlExecutor } from '../driver.js';
import { TEMPLATE_COLUMNS, templateOf, type TemplateRow } from './template-rows.js';

/** The cursor is the last id of the page: a page after a save still starts in the right place. */
const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (id.length === 0 || encodeCursor(id) !== cursor) {
    throw new InvalidInputError('template query', [{ path: 'cursor', message: 'is not a cursor this store gave' }]);
  }
  return id;
}

export async function getTemplate(db: SqlExecutor, s: string, id: string): Promise<ReplyTemplateV1 | undefined> {
  const { rows } = await db.query<TemplateRow>(`SELECT ${TEMPLATE_COLUMNS} FROM ${s}.reply_templates WHERE id = $1`, [id]);
  return rows[0] ? templateOf(rows[0]) : undefined;
}

/** One page in id order (the column's "C" collation: plain code order), with the query's filters as parameters. */
export async function listTemplates(db: SqlExecutor, s: string, query: TemplateQueryV1): Promise<TemplatePageV1> {
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > 500) {
    throw new InvalidInputError('template query', [{ path: 'limit', message: 'must be a whole number from 1 to 500' }]);
  }
  const params: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.cursor !== undefined) where.push(`id > ${param(decodeCursor(query.cursor))}`);
  if (query.stage !== undefined) where.push(`stage = ${param(query.stage)}`);
  if (query.category !== undefined) where.push(query.category === null ? 'category IS NULL' : `category = ${param(query.category)}`);
  if (query.appliesToCategory !== undefined) {
    where.push(
      query.appliesToCategory === null ? 'category IS NULL' : `(category IS NULL OR category = ${param(query.appliesToCategory)})`,
    );
  }
  if (query.active !== undefined) where.push(`active = ${param(query.active)}`);
  if (query.automatic !== undefined) where.push(`automatic = ${param(query.automatic)}`);
  const { rows } = await db.query<TemplateRow>(
    `SELECT ${TEMPLATE_COLUMNS} FROM ${s}.reply_templates ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY id LIMIT ${param(query.limit + 1)}`,
    params,
  );
  const items = rows.slice(0, query.limit).map(templateOf);
  return { items, nextCursor: rows.length > query.limit ? encodeCursor(items.at(-1)!.id) : null };
}
