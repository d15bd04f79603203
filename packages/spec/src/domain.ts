/** Lifecycle states. `resolved`, `rejected` and `merged` are final. */
export type ComplaintStatus =
  | 'received'
  | 'needs_info'
  | 'verified'
  | 'disposed'
  | 'responded'
  | 'resolved'
  | 'escalated'
  | 'rejected'
  | 'merged';

export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  'received',
  'needs_info',
  'verified',
  'disposed',
  'responded',
  'resolved',
  'escalated',
  'rejected',
  'merged',
];

/** SP4N-LAPOR! classification. Whistle-blowing is out of scope. */
export type Classification = 'aspirasi' | 'pengaduan' | 'permintaan_informasi';

/** Why a complaint was rejected or archived. */
export type RejectionReason = 'spam' | 'not_eligible' | 'duplicate' | 'incomplete' | 'other';

/** Channel identifiers are open strings; these are the ones aduan ships adapters for. */
export type KnownChannel = 'lapor' | 'whatsapp' | 'sms' | 'web' | 'laporgub' | 'in_person' | 'open311';
export type ChannelName = KnownChannel | (string & {});

export type ActorRole = 'coordinator' | 'unit_officer' | 'complainant' | 'system';

/**
 * Who performs a command or reads a view. A unit officer carries its `unitId`; a complainant's `id`
 * is their `complainantId`.
 */
export interface Actor {
  id: string;
  role: ActorRole;
  unitId?: string;
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
  deadlines?: { deadline: PendingDeadline | null; [key: string]: unknown };
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
  createdAt: string;
  updatedAt: string;
  lastEventHash: string;
  deadline: PendingDeadline | null;
  machine: MachineSnapshotRecord;
}
