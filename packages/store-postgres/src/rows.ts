import type {
  Actor,
  ComplainantIdentity,
  ComplaintProjection,
  ComplaintStatus,
  Classification,
  ExternalRef,
  MachineSnapshotRecord,
  OutboxMessage,
  OutboxRecord,
  OutboxStatus,
  QuarantinedInbound,
  StoredEvent,
} from '@aduan/spec';
import { isoText } from './instants.js';

/*
 * Column lists and row mappers between the tables and the contract's objects. Timestamps leave
 * SQL as ISO text and JSON leaves as text, so the results do not depend on the type parsers a
 * user may have installed on their node-postgres pool.
 */

export const EVENT_COLUMNS = `complaint_id, version, id, type, schema_version, ${isoText('at')} AS at,
  actor::text AS actor, payload::text AS payload, prev_hash, hash`;

export interface EventRow {
  complaint_id: string;
  version: number;
  id: string;
  type: string;
  schema_version: number;
  at: string;
  actor: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

export function toEvent(row: EventRow): StoredEvent {
  return {
    id: row.id,
    complaintId: row.complaint_id,
    version: row.version,
    type: row.type,
    schemaVersion: row.schema_version,
    at: row.at,
    actor: JSON.parse(row.actor) as Actor,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * The columns of a projection row read from `${s}.projections p` (the alias is required): the
 * external references come from their own table, in the order they were linked.
 */
export const projectionColumns = (s: string): string => `p.id, p.tracking_number, p.version, p.status, p.channel, p.classification,
  p.category, p.title, p.unit_id, p.escalation_level, p.complainant_id, p.anonim, p.rahasia, p.merged_into,
  ${isoText('p.created_at')} AS created_at, ${isoText('p.updated_at')} AS updated_at, p.last_event_hash, p.deadline_kind,
  ${isoText('p.deadline_at')} AS deadline_at, ${isoText('p.due_at')} AS due_at, p.kelurahan, p.geo_lat::text AS geo_lat,
  p.geo_long::text AS geo_long, p.machine::text AS machine,
  (SELECT json_agg(json_build_object('system', r.system, 'id', r.external_id) ORDER BY r.seq)::text
     FROM ${s}.external_refs r WHERE r.complaint_id = p.id) AS external_refs`;

/**
 * An event as `append_batch` and `append_one` read it from their JSON, and `append_event` from its
 * parameters: field names are column names, nested JSON travels as a string (cast to json
 * verbatim, so its text stays exact).
 */
export function eventRecord(event: StoredEvent): Record<string, unknown> {
  return {
    complaint_id: event.complaintId,
    version: event.version,
    id: event.id,
    type: event.type,
    schema_version: event.schemaVersion,
    at: event.at,
    actor: JSON.stringify(event.actor),
    payload: JSON.stringify(event.payload),
    prev_hash: event.prevHash,
    hash: event.hash,
  };
}

/** An outbox message as `append_batch`, `append_one` and `append_event` read it from their JSON. */
export function outboxMessageRecord(message: OutboxMessage): Record<string, unknown> {
  return {
    id: message.id,
    complaint_id: message.complaintId,
    channel: message.channel,
    complainant_id: message.complainantId,
    body: message.body,
    idempotency_key: message.idempotencyKey,
    created_at: message.createdAt,
  };
}

/** A projection as the tables hold it (also the shape `append_batch` reads from its JSON). */
export interface ProjectionRow {
  id: string;
  tracking_number: string;
  version: number;
  status: string;
  channel: string;
  classification: string;
  category: string | null;
  title: string;
  unit_id: string | null;
  escalation_level: number;
  complainant_id: string;
  anonim: boolean;
  rahasia: boolean;
  merged_into: string | null;
  created_at: string;
  updated_at: string;
  last_event_hash: string;
  deadline_kind: string | null;
  deadline_at: string | null;
  due_at: string | null;
  kelurahan: string | null;
  /** `double precision`, read as text (shortest exact form) and parsed here. */
  geo_lat: string | null;
  geo_long: string | null;
  machine: string;
  /** JSON text of the references, from `external_refs`; null when there are none. */
  external_refs: string | null;
}

/** A projection's columns as written: coordinates go as numbers. */
export type ProjectionRecord = Omit<ProjectionRow, 'id' | 'geo_lat' | 'geo_long' | 'external_refs'> & {
  geo_lat: number | null;
  geo_long: number | null;
};

/**
 * A projection's columns other than `id`, in the one order every writer uses: the properties of
 * `append_batch`'s JSON rows, the parameters of `append_one` after its first five and of
 * `append_event` after its first twelve, the UPDATE of `doReplaceProjection`. Instants go as
 * given: check the projection with `projectionIssues` first.
 */
export function projectionRecord(projection: ComplaintProjection): ProjectionRecord {
  return {
    tracking_number: projection.trackingNumber,
    version: projection.version,
    status: projection.status,
    channel: projection.channel,
    classification: projection.classification,
    category: projection.category,
    title: projection.title,
    unit_id: projection.unitId,
    escalation_level: projection.escalationLevel,
    complainant_id: projection.complainantId,
    anonim: projection.anonim,
    rahasia: projection.rahasia,
    merged_into: projection.mergedInto,
    created_at: projection.createdAt,
    updated_at: projection.updatedAt,
    last_event_hash: projection.lastEventHash,
    deadline_kind: projection.deadline?.kind ?? null,
    deadline_at: projection.deadline?.dueAt ?? null,
    due_at: projection.dueAt ?? null,
    kelurahan: projection.kelurahan ?? null,
    geo_lat: projection.geo?.lat ?? null,
    geo_long: projection.geo?.long ?? null,
    machine: JSON.stringify(projection.machine),
  };
}

export function toProjection(row: ProjectionRow): ComplaintProjection {
  return {
    id: row.id,
    trackingNumber: row.tracking_number,
    version: row.version,
    status: row.status as ComplaintStatus,
    channel: row.channel,
    classification: row.classification as Classification,
    category: row.category,
    title: row.title,
    unitId: row.unit_id,
    escalationLevel: row.escalation_level,
    complainantId: row.complainant_id,
    anonim: row.anonim,
    rahasia: row.rahasia,
    mergedInto: row.merged_into,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastEventHash: row.last_event_hash,
    deadline: row.deadline_kind === null || row.deadline_at === null ? null : { kind: row.deadline_kind, dueAt: row.deadline_at },
    dueAt: row.due_at,
    kelurahan: row.kelurahan,
    geo: row.geo_lat === null || row.geo_long === null ? null : { lat: Number(row.geo_lat), long: Number(row.geo_long) },
    externalRefs: row.external_refs === null ? [] : (JSON.parse(row.external_refs) as ExternalRef[]),
    machine: JSON.parse(row.machine) as MachineSnapshotRecord,
  };
}

export const IDENTITY_COLUMNS = 'complainant_id, name, phone, email, whatsapp, address, handles::text AS handles';

export interface IdentityRow {
  complainant_id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  whatsapp: string | null;
  address: string | null;
  /** JSON text of `handles` (written as a string, cast to json verbatim). */
  handles: string | null;
}

const CONTACT_FIELDS = ['name', 'phone', 'email', 'whatsapp', 'address'] as const;

/** Absent contact fields are NULL in the table and absent again in the object. */
export function toIdentity(row: IdentityRow): ComplainantIdentity {
  const identity: ComplainantIdentity = { complainantId: row.complainant_id };
  for (const field of CONTACT_FIELDS) {
    const value = row[field];
    if (value !== null) identity[field] = value;
  }
  if (row.handles !== null) identity.handles = JSON.parse(row.handles) as Record<string, string>;
  return identity;
}

export function identityRow(identity: ComplainantIdentity): IdentityRow {
  return {
    complainant_id: identity.complainantId,
    name: identity.name ?? null,
    phone: identity.phone ?? null,
    email: identity.email ?? null,
    whatsapp: identity.whatsapp ?? null,
    address: identity.address ?? null,
    handles: identity.handles === undefined ? null : JSON.stringify(identity.handles),
  };
}

export const OUTBOX_COLUMNS = `id, complaint_id, channel, complainant_id, body, idempotency_key, ${isoText('created_at')} AS created_at,
  status, attempts, ${isoText('next_attempt_at')} AS next_attempt_at, last_error`;

export interface OutboxRow {
  id: string;
  complaint_id: string;
  channel: string;
  complainant_id: string;
  body: string;
  idempotency_key: string;
  created_at: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
}

export function toOutboxRecord(row: OutboxRow): OutboxRecord {
  return {
    id: row.id,
    complaintId: row.complaint_id,
    channel: row.channel,
    complainantId: row.complainant_id,
    body: row.body,
    idempotencyKey: row.idempotency_key,
    createdAt: row.created_at,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
  };
}

export const QUARANTINE_COLUMNS = `id, channel, message_id, contact_key, ${isoText('received_at')} AS received_at,
  ${isoText('quarantined_at')} AS quarantined_at, reason, message::text AS message`;

export interface QuarantineRow {
  id: string;
  channel: string;
  message_id: string;
  contact_key: string;
  received_at: string;
  quarantined_at: string;
  reason: string;
  message: string;
}

export function toQuarantined(row: QuarantineRow): QuarantinedInbound {
  return {
    id: row.id,
    channel: row.channel,
    messageId: row.message_id,
    contactKey: row.contact_key,
    receivedAt: row.received_at,
    quarantinedAt: row.quarantined_at,
    reason: row.reason,
    message: JSON.parse(row.message) as Record<string, unknown>,
  };
}
