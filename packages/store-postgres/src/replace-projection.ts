import type { ComplaintProjection } from '@aduan/spec';
import { storedInstant } from './instants.js';

/** The UPDATE that overwrites a projection with one rebuilt by replay; like an append, it ends any deadline claim. */
export function replaceProjectionSql(s: string, projection: ComplaintProjection): [string, unknown[]] {
  const values: [string, unknown][] = [
    ['tracking_number', projection.trackingNumber],
    ['version', projection.version],
    ['status', projection.status],
    ['channel', projection.channel],
    ['classification', projection.classification],
    ['category', projection.category],
    ['title', projection.title],
    ['unit_id', projection.unitId],
    ['escalation_level', projection.escalationLevel],
    ['complainant_id', projection.complainantId],
    ['anonim', projection.anonim],
    ['rahasia', projection.rahasia],
    ['merged_into', projection.mergedInto],
    ['created_at', storedInstant(projection.createdAt, 'createdAt')],
    ['updated_at', storedInstant(projection.updatedAt, 'updatedAt')],
    ['last_event_hash', projection.lastEventHash],
    ['deadline_kind', projection.deadline?.kind ?? null],
    ['deadline_at', projection.deadline ? storedInstant(projection.deadline.dueAt, 'deadline.dueAt') : null],
    ['machine', JSON.stringify(projection.machine)],
  ];
  const casts: Record<string, string> = { created_at: '::timestamptz', updated_at: '::timestamptz', deadline_at: '::timestamptz', machine: '::json' };
  const assignments = values.map(([column], index) => `${column} = $${index + 2}${casts[column] ?? ''}`);
  return [
    `UPDATE ${s}.projections SET ${assignments.join(', ')}, claim_until = NULL, claimant = NULL WHERE id = $1 RETURNING id`,
    [projection.id, ...values.map(([, value]) => value)],
  ];
}
