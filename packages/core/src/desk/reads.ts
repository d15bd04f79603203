import {
  COMPLAINT_STATUSES,
  ForbiddenError,
  NotFoundError,
  type Actor,
  type ComplaintContext,
  type ComplaintProjection,
  type ComplaintSummary,
  type ComplaintView,
  type CountDimension,
  type CountFilter,
  type ExternalRef,
  type ListQuery,
  type ProjectionFilter,
  type ProjectionQuery,
  type PublicTracking,
  type StoredEvent,
} from '@aduan/spec';
import { z } from 'zod';
import { actorSchema, externalRefSchema, idString, isoInstant, text } from '../schemas/common.js';
import { parseInput } from '../support/parse.js';
import { authorizeRead, unitScopeOf } from './authorization.js';
import { loadComplaint } from './load.js';
import { historyFor } from './history-view.js';
import { complainantView, identityVisibility } from './redaction.js';
import type { DeskRuntime } from './runtime.js';
import { summaryOf, viewOf, type ViewDeadlines } from './summary.js';

/** Every dimension `count` groups by. */
const COUNT_DIMENSIONS = ['status', 'unitId', 'category', 'channel', 'kelurahan'] as const satisfies readonly CountDimension[];

const filterShape = {
  status: z.array(z.enum(COMPLAINT_STATUSES)).max(COMPLAINT_STATUSES.length).optional(),
  unitId: idString.optional(),
  category: text().min(1).max(120).optional(),
  channel: text().min(1).max(40).optional(),
  kelurahan: text().min(1).max(120).optional(),
  complainantId: idString.optional(),
  overdueAt: isoInstant.optional(),
  dueBefore: isoInstant.optional(),
  dueFrom: isoInstant.optional(),
  createdFrom: isoInstant.optional(),
  createdTo: isoInstant.optional(),
  text: text().trim().min(1).max(100).optional(),
};
/** The filter of `desk.count` (and of `desk.list`): spec's `CountFilter`, validated. */
export const countFilterSchema = z.object(filterShape).strict();
/** The query of `desk.list`: spec's `ListQuery`, validated. */
export const listQuerySchema = z
  .object({
    ...filterShape,
    limit: z.number().int().min(1).max(500).default(50),
    cursor: text().min(1).max(1_000).optional(),
    orderBy: z.enum(['createdAt', 'deadline', 'dueAt']).optional(),
  })
  .strict();

/** Instants are compared as text by stores: the desk hands them over in `Date#toISOString` form. */
function normalizeInstants<F extends ProjectionFilter>(filter: F): F {
  const out: ProjectionFilter = { ...filter };
  for (const key of ['overdueAt', 'dueBefore', 'dueFrom', 'createdFrom', 'createdTo'] as const) {
    const value = out[key];
    if (value !== undefined) out[key] = new Date(value).toISOString();
  }
  return out as F;
}

/** Narrows a filter to what the actor may see: its unit's complaints, or its own. */
function scopeFilter<F extends ProjectionFilter>(actor: Actor, filter: F, action: string): F {
  const unit = unitScopeOf(actor);
  if (unit !== undefined) {
    if (filter.unitId !== undefined && filter.unitId !== unit) {
      throw new ForbiddenError(actor.id, action, `a ${actor.role} of "${unit}" cannot ${action} unit "${filter.unitId}"`);
    }
    return { ...filter, unitId: unit };
  }
  if (actor.role === 'complainant') {
    if (filter.complainantId !== undefined && filter.complainantId !== actor.id) {
      throw new ForbiddenError(actor.id, action, `a complainant can ${action} only their own complaints`);
    }
    return { ...filter, complainantId: actor.id };
  }
  return filter;
}

export async function getComplaint(runtime: DeskRuntime, rawActor: Actor, complaintId: string): Promise<ComplaintView> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  return viewFor(runtime, actor, await loadComplaint(runtime.store, parseInput(idString, complaintId, 'complaint id', runtime.language)));
}

/** The same view as `getComplaint`, found by the number a resident reads out over the phone. */
export async function getComplaintByTrackingNumber(runtime: DeskRuntime, rawActor: Actor, trackingNumber: string): Promise<ComplaintView> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  const complaint = await runtime.store.doFindByTrackingNumber(parseInput(idString, trackingNumber, 'tracking number', runtime.language));
  if (!complaint) throw new NotFoundError('Tracking number', trackingNumber);
  return viewFor(runtime, actor, complaint);
}

const contextOf = (complaint: ComplaintProjection) => complaint.machine.context as unknown as ComplaintContext;

/** When the policy expects the complaint to be done (never the sweep's next internal act). */
function expectedResolutionOf(runtime: DeskRuntime, complaint: ComplaintProjection): string | null {
  const state = complaint.machine.deadlines;
  return state ? runtime.deadlines.expectedResolution(state, contextOf(complaint)) : null;
}

/** The policy's clocks and expected resolution of a complaint at the moment of reading. */
function deadlinesOf(runtime: DeskRuntime, complaint: ComplaintProjection): ViewDeadlines {
  const state = complaint.machine.deadlines;
  return {
    clocks: state ? runtime.deadlines.clocks(state, contextOf(complaint), runtime.clock.now()) : [],
    expectedResolutionAt: expectedResolutionOf(runtime, complaint),
  };
}

async function viewFor(runtime: DeskRuntime, actor: Actor, complaint: ComplaintProjection): Promise<ComplaintView> {
  authorizeRead(actor, complaint);
  const visibility = identityVisibility(actor, complaint);
  const [events, identity] = await Promise.all([
    runtime.store.doReadStream(complaint.id),
    visibility === 'none' ? undefined : runtime.store.doLoadIdentity(complaint.complainantId),
  ]);
  const complainant = complainantView(visibility, complaint.complainantId, identity);
  return viewOf(summaryOf(complaint, visibility), events, complainant, deadlinesOf(runtime, complaint));
}

/** The complaint holding a reference in another system (an SP4N-LAPOR! Tracking ID), as the actor may see it. */
export async function findByExternalRef(runtime: DeskRuntime, rawActor: Actor, rawRef: ExternalRef): Promise<ComplaintSummary> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  const ref = parseInput(externalRefSchema, rawRef, 'external reference', runtime.language);
  const complaint = await runtime.store.doFindByExternalRef(ref);
  if (!complaint) throw new NotFoundError('External reference', `${ref.system}:${ref.id}`);
  authorizeRead(actor, complaint);
  return summaryOf(complaint, identityVisibility(actor, complaint));
}

/** The complete event history as this actor may see it (see `historyFor`). */
export async function complaintHistory(runtime: DeskRuntime, rawActor: Actor, complaintId: string): Promise<StoredEvent[]> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  const complaint = await loadComplaint(runtime.store, parseInput(idString, complaintId, 'complaint id', runtime.language));
  authorizeRead(actor, complaint);
  const visibility = identityVisibility(actor, complaint);
  return historyFor(runtime, actor, visibility, await runtime.store.doReadStream(complaint.id));
}

export async function listComplaints(
  runtime: DeskRuntime,
  rawActor: Actor,
  rawQuery: ListQuery = {},
): Promise<{ items: ComplaintSummary[]; nextCursor: string | null }> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  const query = scopeFilter(
    actor,
    normalizeInstants(parseInput(listQuerySchema, rawQuery, 'list query', runtime.language)),
    'list',
  ) as ProjectionQuery;
  const page = await runtime.store.doQuery(query);
  return { items: page.items.map((item) => summaryOf(item, identityVisibility(actor, item))), nextCursor: page.nextCursor };
}

export async function countComplaints(
  runtime: DeskRuntime,
  rawActor: Actor,
  groupBy: CountDimension,
  rawFilter: CountFilter = {},
): Promise<Record<string, number>> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  const dimension = parseInput(z.enum(COUNT_DIMENSIONS), groupBy, 'count dimension', runtime.language);
  const filter = scopeFilter(actor, normalizeInstants(parseInput(countFilterSchema, rawFilter, 'count filter', runtime.language)), 'count');
  return runtime.store.doCount(filter, dimension);
}

/** The unit's published answers, oldest first. */
function answersOf(events: readonly StoredEvent[]): PublicTracking['answers'] {
  return events
    .filter((event) => event.type === 'complaint-responded')
    .map((event) => ({ at: event.at, message: String(event.payload['message']) }));
}

/**
 * What the holder of a tracking number may see: never the identity; status, dates, expected
 * resolution and the unit's answers always; title, category and unit only when not rahasia.
 */
export async function trackComplaint(runtime: DeskRuntime, trackingNumber: string): Promise<PublicTracking> {
  const complaint = await runtime.store.doFindByTrackingNumber(parseInput(idString, trackingNumber, 'tracking number', runtime.language));
  if (!complaint) throw new NotFoundError('Tracking number', trackingNumber);
  const events = await runtime.store.doReadStream(complaint.id);
  const tracking: PublicTracking = {
    trackingNumber: complaint.trackingNumber,
    status: complaint.status,
    createdAt: complaint.createdAt,
    updatedAt: complaint.updatedAt,
    expectedResolutionAt: expectedResolutionOf(runtime, complaint),
    answers: answersOf(events),
    rahasia: complaint.rahasia,
  };
  if (complaint.rahasia) return tracking;
  return { ...tracking, title: complaint.title, category: complaint.category, unitId: complaint.unitId };
}
