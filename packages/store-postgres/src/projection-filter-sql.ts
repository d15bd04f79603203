import type { ProjectionFilter } from '@aduan/spec';
import { instantParam } from './instants.js';
import type { SqlParams } from './sql-params.js';

/** The WHERE conditions of a ProjectionFilter, with the memory store's meaning (`matchesFilter` in @aduan/core). */
export function filterConditions(filter: ProjectionFilter, params: SqlParams): string[] {
  const conditions: string[] = [];
  if (filter.status) {
    conditions.push(filter.status.length === 0 ? 'false' : `status IN (${filter.status.map((status) => params.add(status)).join(', ')})`);
  }
  if (filter.unitId !== undefined) conditions.push(`unit_id = ${params.add(filter.unitId)}`);
  if (filter.category !== undefined) conditions.push(`category = ${params.add(filter.category)}`);
  if (filter.channel !== undefined) conditions.push(`channel = ${params.add(filter.channel)}`);
  if (filter.complainantId !== undefined) conditions.push(`complainant_id = ${params.add(filter.complainantId)}`);
  if (filter.overdueAt !== undefined) {
    conditions.push(`deadline_at < ${params.add(instantParam(filter.overdueAt, 'overdueAt'), 'timestamptz')}`);
  }
  if (filter.createdFrom !== undefined) {
    conditions.push(`created_at >= ${params.add(instantParam(filter.createdFrom, 'createdFrom'), 'timestamptz')}`);
  }
  if (filter.createdTo !== undefined) {
    conditions.push(`created_at < ${params.add(instantParam(filter.createdTo, 'createdTo'), 'timestamptz')}`);
  }
  return conditions;
}

export const whereClause = (conditions: readonly string[]): string => (conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`);
