import {
  ForbiddenError,
  NotFoundError,
  type Actor,
  type ComplaintProjection,
  type CountDimension,
  type ProjectionFilter,
  type ProjectionQuery,
  type StoredEvent,
} from '@aduan/spec';
import { z } from 'zod';
import { actorSchema, idString, isoInstant } from '../schemas/common.js';
import { parseInput } from '../support/parse.js';
import { authorizeRead } from './authorization.js';
import { loadComplaint } from './load.js';
import { complainantView, identityVisibility, redactEvent } from './redaction.js';
import type { DeskRuntime } from './runtime.js';
import { summaryOf, viewOf, type ComplaintSummary, type ComplaintView } from './summary.js';

const filterShape = {
  status: z.array(z.enum(['received', 'needs_info', 'verified', 'disposed', 'responded', 'resolved', 'escalated', 'rejected', 'merged'])).optional(),
  unitId: idString.optional(),
  category: z.string().min(1).optional(),
  channel: z.string().min(1).optional(),
  complainantId: idString.optional(),
  overdueAt: isoInstant.optional(),
  createdFrom: isoInstant.optional(),
  createdTo: isoInstant.optional(),
};
const filterSchema = z.object(filterShape).strict();
const querySchema = z
  .object({
    ...filterShape,
    limit: z.number().int().min(1).max(500).default(50),
    cursor: z.string().min(1).optional(),
    orderBy: z.enum(['createdAt', 'deadline']).optional(),
  })
  .strict();

export type ListQuery = z.input<typeof querySchema>;
export type CountFilter = z.input<typeof filterSchema>;

/** Narrows a filter to what the actor may see: its unit's complaints, or its own. */
function scopeFilter<F extends ProjectionFilter>(actor: Actor, filter: F): F {
  if (actor.role === 'unit_officer') {
    if (filter.unitId !== undefined && filter.unitId !== actor.unitId) {
      throw new ForbiddenError(actor.id, 'list', `a unit officer of "${actor.unitId}" cannot list unit "${filter.unitId}"`);
    }
    return { ...filter, unitId: actor.unitId };
  }
  if (actor.role === 'complainant') {
    if (filter.complainantId !== undefined && filter.complainantId !== actor.id) {
      throw new ForbiddenError(actor.id, 'list', "a complainant can list only their own complaints");
    }
    return { ...filter, complainantId: actor.id };
  }
  return filter;
}

export async function getComplaint(runtime: DeskRuntime, rawActor: Actor, complaintId: string): Promise<ComplaintView> {
  const actor = parseInput(actorSchema, rawActor, 'actor');
  return viewFor(runtime, actor, await loadComplaint(runtime.store, complaintId));
}

/** The same view as `getComplaint`, found by the number a resident reads out over the phone. */
export async function getComplaintByTrackingNumber(runtime: DeskRuntime, rawActor: Actor, trackingNumber: string): Promise<ComplaintView> {
  const actor = parseInput(actorSchema, rawActor, 'actor');
  const complaint = await runtime.store.doFindByTrackingNumber(parseInput(idString, trackingNumber, 'tracking number'));
  if (!complaint) throw new NotFoundError('Tracking number', trackingNumber);
  return viewFor(runtime, actor, complaint);
}

async function viewFor(runtime: DeskRuntime, actor: Actor, complaint: ComplaintProjection): Promise<ComplaintView> {
  authorizeRead(actor, complaint);
  const visibility = identityVisibility(actor, complaint);
  const [events, identity] = await Promise.all([
    runtime.store.doReadStream(complaint.id),
    visibility === 'none' ? undefined : runtime.store.doLoadIdentity(complaint.complainantId),
  ]);
  return viewOf(summaryOf(complaint, visibility), events, complainantView(visibility, complaint.complainantId, identity));
}

/** The complete event history as this actor may see it. */
export async function complaintHistory(runtime: DeskRuntime, rawActor: Actor, complaintId: string): Promise<StoredEvent[]> {
  const actor = parseInput(actorSchema, rawActor, 'actor');
  const complaint = await loadComplaint(runtime.store, complaintId);
  authorizeRead(actor, complaint);
  const visibility = identityVisibility(actor, complaint);
  const events = await runtime.store.doReadStream(complaintId);
  return events.map((event) => redactEvent(event, visibility));
}

export async function listComplaints(
  runtime: DeskRuntime,
  rawActor: Actor,
  rawQuery: ListQuery = {},
): Promise<{ items: ComplaintSummary[]; nextCursor: string | null }> {
  const actor = parseInput(actorSchema, rawActor, 'actor');
  const query = scopeFilter(actor, parseInput(querySchema, rawQuery, 'list query')) as ProjectionQuery;
  const page = await runtime.store.doQuery(query);
  return { items: page.items.map((item) => summaryOf(item, identityVisibility(actor, item))), nextCursor: page.nextCursor };
}

export async function countComplaints(
  runtime: DeskRuntime,
  rawActor: Actor,
  groupBy: CountDimension,
  rawFilter: CountFilter = {},
): Promise<Record<string, number>> {
  const actor = parseInput(actorSchema, rawActor, 'actor');
  const dimension = parseInput(z.enum(['status', 'unitId', 'category', 'channel']), groupBy, 'count dimension');
  const filter = scopeFilter(actor, parseInput(filterSchema, rawFilter, 'count filter')) as ProjectionFilter;
  return runtime.store.doCount(filter, dimension);
}

/** What anyone holding the tracking number may see: never the identity; only the status if rahasia. */
export interface PublicTracking {
  trackingNumber: string;
  status: ComplaintSummary['status'];
  createdAt: string;
  updatedAt: string;
  title?: string;
  category?: string | null;
  unitId?: string | null;
}

export async function trackComplaint(runtime: DeskRuntime, trackingNumber: string): Promise<PublicTracking> {
  const complaint = await runtime.store.doFindByTrackingNumber(parseInput(idString, trackingNumber, 'tracking number'));
  if (!complaint) throw new NotFoundError('Tracking number', trackingNumber);
  const base = { trackingNumber: complaint.trackingNumber, status: complaint.status, createdAt: complaint.createdAt, updatedAt: complaint.updatedAt };
  if (complaint.rahasia) return base;
  return { ...base, title: complaint.title, category: complaint.category, unitId: complaint.unitId };
}
