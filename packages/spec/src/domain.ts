import type { DeadlineState } from './deadline-policy-v1.js';

/**
 * Lifecycle states. `resolved`, `rejected` and `merged` are final. `handed_over` (dialihkan) is
 * open: the city handed the complaint to another authority through SP4N-LAPOR! and waits for
 * LAPOR! to close it; it can still be linked to its Tracking ID.
 */
export type ComplaintStatus =
  | 'received'
  | 'needs_info'
  | 'verified'
  | 'disposed'
  | 'responded'
  | 'resolved'
  | 'escalated'
  | 'rejected'
  | 'merged'
  | 'handed_over';

/** Every lifecycle state, in lifecycle order. The core's machine is tested to agree with these lists. */
export const COMPLAINT_STATUSES = [
  'received',
  'needs_info',
  'verified',
  'disposed',
  'responded',
  'resolved',
  'escalated',
  'rejected',
  'merged',
  'handed_over',
] as const satisfies readonly ComplaintStatus[];

/** States that accept no further event: the complaint is closed for good. */
export const FINAL_COMPLAINT_STATUSES = ['resolved', 'rejected', 'merged'] as const satisfies readonly ComplaintStatus[];

/** States in which a complaint is still being handled (every state that is not final). */
export const OPEN_COMPLAINT_STATUSES = [
  'received',
  'needs_info',
  'verified',
  'disposed',
  'responded',
  'escalated',
  'handed_over',
] as const satisfies readonly ComplaintStatus[];

export type FinalComplaintStatus = (typeof FINAL_COMPLAINT_STATUSES)[number];
export type OpenComplaintStatus = (typeof OPEN_COMPLAINT_STATUSES)[number];

/** SP4N-LAPOR! classification. Whistle-blowing is out of scope. */
export type Classification = 'aspirasi' | 'pengaduan' | 'permintaan_informasi';

/** Every classification, in SP4N-LAPOR!'s order. */
export const CLASSIFICATIONS = ['aspirasi', 'pengaduan', 'permintaan_informasi'] as const satisfies readonly Classification[];

/** Why a complaint was rejected or archived. */
export type RejectionReason = 'spam' | 'not_eligible' | 'duplicate' | 'incomplete' | 'other';

/** Every rejection reason. */
export const REJECTION_REASONS = ['spam', 'not_eligible', 'duplicate', 'incomplete', 'other'] as const satisfies readonly RejectionReason[];

/** Channel identifiers are open strings; these are the ones aduan ships adapters for. */
export type KnownChannel = 'lapor' | 'whatsapp' | 'sms' | 'web' | 'laporgub' | 'in_person' | 'open311';
export type ChannelName = KnownChannel | (string & {});

/**
 * - `coordinator`: the city's admin koordinator; every command, every complaint.
 * - `unit_officer`: an officer of one unit (`unitId`); sees and answers only what is disposed to it.
 * - `supervisor`: a pimpinan (unit head with `unitId`, or city-wide without); reads everything in
 *   that scope and approves, issues no lifecycle command of its own.
 * - `auditor`: reads everything, always with the complainant's identity redacted; issues nothing.
 * - `complainant`: the resident, on their own complaints.
 * - `system`: the desk's own sweeps and imports.
 */
export type ActorRole = 'coordinator' | 'unit_officer' | 'supervisor' | 'auditor' | 'complainant' | 'system';

export const ACTOR_ROLES = [
  'coordinator',
  'unit_officer',
  'supervisor',
  'auditor',
  'complainant',
  'system',
] as const satisfies readonly ActorRole[];

/**
 * Who performs a command or reads a view. A unit officer carries its `unitId` (a supervisor may);
 * a complainant's `id` is their `complainantId`.
 */
export interface Actor {
  id: string;
  role: ActorRole;
  unitId?: string;
}

/**
 * A complaint's identity in another system, e.g. `{ system: 'lapor', id: '5049672' }` for an
 * SP4N-LAPOR! Tracking ID. Unique per `(system, id)` across complaints; a complaint holds at most
 * one reference per system.
 */
export interface ExternalRef {
  /** Lower-case name of the system: letters, digits, `_` or `-`, e.g. `lapor`, `laporgub`. */
  system: string;
  /** The complaint's id there, 1..100 characters. */
  id: string;
}

export interface Location {
  address?: string;
  kelurahan?: string;
  kecamatan?: string;
  lat?: number;
  long?: number;
}

/** Attachments are stored elsewhere (object storage, the channel's media API); aduan keeps a reference. */
export interface AttachmentRef {
  url: string;
  contentType?: string;
  name?: string;
  sizeBytes?: number;
}

/**
 * Who complained and how to reach them. Stored apart from the complaint text so that it can be
 * redacted everywhere and erased on request (UU PDP) without touching the event history.
 */
export interface ComplainantIdentity {
  complainantId: string;
  name?: string;
  phone?: string;
  email?: string;
  whatsapp?: string;
  address?: string;
  /**
   * Addresses on channels whose ids are neither phone numbers nor e-mail, by channel name:
   * `{ telegram: '123456789', line: 'U4af4980629…' }`. A channel's `recipientOf` reads its own entry.
   */
  handles?: Readonly<Record<string, string>>;
}

export type ContactDetails = Omit<ComplainantIdentity, 'complainantId'>;

/** The deadline that fires next for a complaint (filled by the SLA engine). */
export interface PendingDeadline {
  kind: string;
  dueAt: string;
}

/** Versioned wrapper around the lifecycle machine's persisted state. */
export interface MachineSnapshotRecord {
  schemaVersion: number;
  value: ComplaintStatus;
  context: Record<string, unknown>;
  /** Deadline bookkeeping (SLA clocks), owned by the deadline policy. */
  deadlines?: DeadlineState;
}

/**
 * The query row of one complaint: derived from its events, written in the same store call as the
 * events, and rebuilt from them at will. Holds no contact details.
 */
export interface ComplaintProjection {
  id: string;
  trackingNumber: string;
  version: number;
  status: ComplaintStatus;
  channel: ChannelName;
  classification: Classification;
  category: string | null;
  title: string;
  unitId: string | null;
  escalationLevel: number;
  complainantId: string;
  anonim: boolean;
  rahasia: boolean;
  mergedInto: string | null;
  /** Kelurahan of the complaint's location, when known (queues, reports and duplicates group by it). */
  kelurahan: string | null;
  /** Coordinates of the complaint's location, when known. */
  geo: { lat: number; long: number } | null;
  /** The complaint's references in other systems (SP4N-LAPOR! Tracking ID, …), in the order they were linked. */
  externalRefs: ExternalRef[];
  createdAt: string;
  updatedAt: string;
  lastEventHash: string;
  /** The next moment the sweep must act (a warning, a lapse, an automatic resolution). */
  deadline: PendingDeadline | null;
  /** When the nearest running stage clock lapses; null when none runs ("due soon" and "overdue" queues). */
  dueAt: string | null;
  machine: MachineSnapshotRecord;
}
