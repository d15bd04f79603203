import { ACTOR_ROLES, ForbiddenError, InvalidInputError, type Actor } from '@aduan/spec';

/**
 * The unit an actor's reports are limited to (null: the whole city). A unit officer, and a
 * supervisor who heads a unit, see their unit's complaints only, as in the desk; a resident reads
 * no report. Aggregates carry no identity, so an auditor reads them like a coordinator.
 */
export function reportScopeOf(actor: Actor, action: string): string | null {
  const valid =
    typeof actor === 'object' &&
    actor !== null &&
    typeof actor.id === 'string' &&
    actor.id.length > 0 &&
    (ACTOR_ROLES as readonly string[]).includes(actor.role) &&
    (actor.unitId === undefined || (typeof actor.unitId === 'string' && actor.unitId.length > 0));
  if (!valid) {
    throw new InvalidInputError('actor', [
      { path: 'actor', message: 'harus { id, role, unitId? } dengan peran yang dikenal (must be { id, role, unitId? } with a known role)' },
    ]);
  }
  if (actor.role === 'complainant') {
    throw new ForbiddenError(actor.id, action, 'laporan kinerja hanya untuk petugas (reports are for officers only)');
  }
  if (actor.role === 'unit_officer') {
    if (actor.unitId === undefined)
      throw new ForbiddenError(actor.id, action, 'petugas unit tanpa unitId (a unit officer needs its unitId)');
    return actor.unitId;
  }
  return actor.role === 'supervisor' ? (actor.unitId ?? null) : null;
}
