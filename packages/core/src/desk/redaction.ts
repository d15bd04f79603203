import type { Actor, ComplainantIdentity, ComplaintProjection, StoredEvent } from '@aduan/spec';

export const REDACTED = '[redacted]';

/** How much of the complainant's identity a reader may see. */
export type IdentityVisibility = 'full' | 'name' | 'none';

/**
 * Coordinators (who must be able to reach the resident), the system and the complainant see the
 * identity; a unit officer sees the name only when the complainant chose neither anonim nor rahasia,
 * and never the contact details.
 */
export function identityVisibility(actor: Actor, complaint: ComplaintProjection): IdentityVisibility {
  if (actor.role === 'coordinator' || actor.role === 'system') return 'full';
  if (actor.role === 'complainant' && actor.id === complaint.complainantId) return 'full';
  if (actor.role === 'unit_officer' && !complaint.anonim && !complaint.rahasia) return 'name';
  return 'none';
}

export type ComplainantView =
  | { visibility: 'full'; complainantId: string; identity: Omit<ComplainantIdentity, 'complainantId'> | null }
  | { visibility: 'name'; name: string | null }
  | { visibility: 'none' };

export function complainantView(visibility: IdentityVisibility, complainantId: string, identity: ComplainantIdentity | undefined): ComplainantView {
  if (visibility === 'full') {
    if (!identity) return { visibility, complainantId, identity: null };
    const { complainantId: _omit, ...contact } = identity;
    return { visibility, complainantId, identity: contact };
  }
  if (visibility === 'name') return { visibility, name: identity?.name ?? null };
  return { visibility };
}

/**
 * An event as a reader may see it: without full visibility, the complainant's id (which links
 * their complaints together) is masked in the actor and the payload.
 */
export function redactEvent(event: StoredEvent, visibility: IdentityVisibility): StoredEvent {
  if (visibility === 'full') return event;
  const actor = event.actor.role === 'complainant' ? { ...event.actor, id: REDACTED } : event.actor;
  const payload = 'complainantId' in event.payload ? { ...event.payload, complainantId: REDACTED } : event.payload;
  return { ...event, actor, payload };
}
