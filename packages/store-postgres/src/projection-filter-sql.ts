import { InvalidInputError, type ProjectionFilter } from '@aduan/spec';
import { instantParam } from './instants.js';
import type { SqlParams } from './sql-params.js';

/** Longest `text` a filter may search for, as the contract says. */
const MAX_SEARCH_LENGTH = 100;

/** `text` as an ILIKE pattern that matches it anywhere, literally: `%`, `_` and `\` stand for themselves. */
function containsPattern(text: string): string {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_SEARCH_LENGTH) {
    throw new InvalidInputError('store query', [{ path: 'text', message: `must be 1 to ${MAX_SEARCH_LENGTH} characters` }]);
  }
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The WHERE conditions of a ProjectionFilter, with the contract's meaning. `text` is a plain
 * ILIKE over the rows the other conditions leave: no trigram index (PGlite would need the
 * pg_trgm extension loaded into every instance a user hands us), and a city's complaints are few
 * enough that the scan costs milliseconds.
 */
export function filterConditions(filter: ProjectionFilter, params: SqlParams): string[] {
  const conditions: string[] = [];
  const instant = (value: string, path: string) => params.add(instantParam(value, path), 'timestamptz');
  if (filter.status) {
    conditions.push(filter.status.length === 0 ? 'false' : `status IN (${filter.status.map((status) => params.add(status)).join(', ')})`);
  }
  if (filter.unitId !== undefined) conditions.push(`unit_id = ${params.add(filter.unitId)}`);
  if (filter.category !== undefined) conditions.push(`category = ${params.add(filter.category)}`);
  if (filter.channel !== undefined) conditions.push(`channel = ${params.add(filter.channel)}`);
  if (filter.kelurahan !== undefined) conditions.push(`kelurahan = ${params.add(filter.kelurahan)}`);
  if (filter.complainantId !== undefined) conditions.push(`complainant_id = ${params.add(filter.complainantId)}`);
  if (filter.overdueAt !== undefined) conditions.push(`deadline_at < ${instant(filter.overdueAt, 'overdueAt')}`);
  if (filter.dueBefore !== undefined) conditions.push(`due_at < ${instant(filter.dueBefore, 'dueBefore')}`);
  if (filter.dueFrom !== undefined) conditions.push(`due_at >= ${instant(filter.dueFrom, 'dueFrom')}`);
  if (filter.createdFrom !== undefined) conditions.push(`created_at >= ${instant(filter.createdFrom, 'createdFrom')}`);
  if (filter.createdTo !== undefined) conditions.push(`created_at < ${instant(filter.createdTo, 'createdTo')}`);
  if (filter.text !== undefined) {
    const pattern = params.add(containsPattern(filter.text));
    conditions.push(`(tracking_number ILIKE ${pattern} OR title ILIKE ${pattern})`);
  }
  return conditions;
}

export const whereClause = (conditions: readonly string[]): string => (conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`);
