import type { Actor, ComplainantIdentity, ComplainantView, ComplaintProjection, IdentityVisibility, StoredEvent } from '@aduan/spec';

/** What replaces a complainant id a reader may not see. */
export const REDACTED = '[redacted]';

/**
 * Coordinators (who must be able to reach the resident), the system and the complainant see the
 * identity; a unit officer and a supervisor see the name only when the complainant chose neither
 * anonim nor rahasia, and never the contact details; an auditor never sees any of it.
 */
export function identityVisibility(actor: Actor, complaint: ComplaintProjection): IdentityVisibility {
  switch (actor.role) {
    case 'coordinator':
    case 'system':
      return 'full';
    case 'complainant':
      return actor.id === complaint.complainantId ? 'full' : 'none';
    case 'unit_officer':
    case 'supervisor':
      return !complaint.anonim && !complaint.rahasia ? 'name' : 'none';
    case 'auditor':
      return 'none';
  }
}

export function complainantView(
  visibility: IdentityVisibility,
  complainantId: string,
  identity: ComplainantIdentity | undefined,
): ComplainantView {
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

/**
 * A plugin event's payload as a reader without full visibility may see it: each member the event
 * type declares personal (`true`: every member) replaced by `[redacted]`.
 */
export function redactPersonal(event: StoredEvent, visibility: IdentityVisibility, personal: boolean | readonly string[]): StoredEvent {
  if (visibility === 'full' || personal === false) return event;
  const payload: Record<string, unknown> = { ...event.payload };
  for (const member of personal === true ? Object.keys(payload) : personal) {
    if (member in payload) payload[member] = REDACTED;
  }
  return { ...event, payload };
}
