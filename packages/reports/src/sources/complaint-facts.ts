import type { StoredEvent } from '@aduan/spec';
import {
  CATEGORY_EVENTS,
  CLOSING_EVENTS,
  LIFECYCLE,
  OVERDUE_STAGES,
  PLACE_EVENTS,
  RESOLVING_EVENTS,
  STAGE_ENDS,
  UNIT_ROLES,
  type OverdueStage,
  type ReportEventTypes,
} from '../event-rules.js';

/** What the KPIs need from one complaint's events up to the report's `asOf`; instants in epoch ms. */
export interface ComplaintFacts {
  receivedAt: number;
  channel: string;
  /** The unit of its latest disposition (its reporting unit). */
  unitId: string | null;
  /** The latest non-empty category of its intake or verifications. */
  category: string | null;
  /** The first non-empty kelurahan of its intake, data or follow-ups. */
  kelurahan: string | null;
  verifiedAt: number | null;
  infoRequestedAt: number | null;
  infoProvidedAt: number | null;
  disposedAt: number | null;
  answeredAt: number | null;
  /** The latest disposition at or before the first answer. */
  dispositionBeforeAnswer: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  returned: boolean;
  handedOver: boolean;
  reopened: boolean;
  lastUnitActionAt: number | null;
  /** Per stage: the latest lapse, and the latest event that ended the stage. */
  missed: Record<OverdueStage, number | null>;
  ended: Record<OverdueStage, number | null>;
  surveyed: boolean;
  /** The latest non-null answer to "fixed?" and the latest rating. */
  fixed: boolean | null;
  rating: number | null;
}

const textOf = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const placeOf = (payload: Record<string, unknown>): string | null => {
  const location = payload['location'];
  return typeof location === 'object' && location !== null ? textOf((location as Record<string, unknown>)['kelurahan']) : null;
};
const minOf = (current: number | null, at: number) => (current === null || at < current ? at : current);
const maxOf = (current: number | null, at: number) => (current === null || at > current ? at : current);

/**
 * Folds a complaint's stored events (in version order) into its facts, ignoring events after
 * `asOf`; receipt time and channel come from its projection, as in SQL. The SQL source computes the same facts with aggregates; each rule here has its twin there.
 */
export function complaintFacts(
  complaint: { createdAt: string; channel: string },
  events: readonly StoredEvent[],
  asOf: number,
  types: ReportEventTypes,
): ComplaintFacts {
  const closing = new Set([...CLOSING_EVENTS, types.handedOver]);
  const facts: ComplaintFacts = {
    receivedAt: Date.parse(complaint.createdAt),
    channel: complaint.channel,
    unitId: null,
    category: null,
    kelurahan: null,
    verifiedAt: null,
    infoRequestedAt: null,
    infoProvidedAt: null,
    disposedAt: null,
    answeredAt: null,
    dispositionBeforeAnswer: null,
    resolvedAt: null,
    closedAt: null,
    returned: false,
    handedOver: false,
    reopened: false,
    lastUnitActionAt: null,
    missed: { verification: null, followUp: null, resolution: null },
    ended: { verification: null, followUp: null, resolution: null },
    surveyed: false,
    fixed: null,
    rating: null,
  };
  const dispositions: number[] = [];
  for (const event of events) {
    const at = Date.parse(event.at);
    if (at > asOf) continue;
    const { type, payload } = event;
    if (type === LIFECYCLE.verified) facts.verifiedAt = minOf(facts.verifiedAt, at);
    if (type === LIFECYCLE.infoRequested) facts.infoRequestedAt = minOf(facts.infoRequestedAt, at);
    if (type === LIFECYCLE.infoProvided) facts.infoProvidedAt = minOf(facts.infoProvidedAt, at);
    if (type === LIFECYCLE.disposed) {
      facts.disposedAt = minOf(facts.disposedAt, at);
      facts.unitId = textOf(payload['unitId']);
      dispositions.push(at);
    }
    if (type === LIFECYCLE.responded) facts.answeredAt = minOf(facts.answeredAt, at);
    if (RESOLVING_EVENTS.includes(type)) facts.resolvedAt = minOf(facts.resolvedAt, at);
    if (closing.has(type)) facts.closedAt = minOf(facts.closedAt, at);
    if (type === LIFECYCLE.returned) facts.returned = true;
    if (type === types.handedOver) facts.handedOver = true;
    if (type === LIFECYCLE.reopened) facts.reopened = true;
    if (CATEGORY_EVENTS.includes(type)) facts.category = textOf(payload['category']) ?? facts.category;
    if (facts.kelurahan === null && PLACE_EVENTS.includes(type)) facts.kelurahan = placeOf(payload);
    if (UNIT_ROLES.includes(event.actor.role) && textOf(event.actor.unitId) !== null) {
      facts.lastUnitActionAt = maxOf(facts.lastUnitActionAt, at);
    }
    if (type === LIFECYCLE.deadlineMissed) {
      const stage = OVERDUE_STAGES.find((candidate) => candidate === payload['stage']);
      if (stage) facts.missed[stage] = maxOf(facts.missed[stage], at);
    }
    for (const stage of OVERDUE_STAGES) if (STAGE_ENDS[stage].includes(type)) facts.ended[stage] = maxOf(facts.ended[stage], at);
    if (type === types.satisfaction) {
      facts.surveyed = true;
      if (typeof payload['fixed'] === 'boolean') facts.fixed = payload['fixed'];
      if (typeof payload['rating'] === 'number' && Number.isFinite(payload['rating'])) facts.rating = payload['rating'];
    }
  }
  const answeredAt = facts.answeredAt;
  if (answeredAt !== null) {
    facts.dispositionBeforeAnswer = dispositions.filter((at) => at <= answeredAt).reduce<number | null>(maxOf, null);
  }
  return facts;
}
