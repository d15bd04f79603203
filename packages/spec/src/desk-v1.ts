import type {
  Actor,
  AttachmentRef,
  Classification,
  ComplainantIdentity,
  ComplaintProjection,
  ComplaintStatus,
  ContactDetails,
  ExternalRef,
  Location,
} from './domain.js';
import type { DeadlineClockV1 } from './deadline-policy-v1.js';
import type { CountDimension } from './store-v1.js';

/**
 * A new complaint as any channel hands it over (the desk validates it; this is its input shape).
 * `anonim` and `rahasia` default to true: a forgotten flag must hide, never expose.
 */
export interface IntakeInput {
  channel: string;
  /** The channel's own message id; the same id twice yields one complaint. */
  channelMessageId?: string;
  title: string;
  description: string;
  classification?: Classification;
  category?: string;
  location?: Location;
  occurredAt?: string;
  attachments?: AttachmentRef[];
  /** A known complainant (returning resident); otherwise a new id is issued. */
  complainantId?: string;
  contact?: ContactDetails;
  anonim?: boolean;
  rahasia?: boolean;
  /**
   * References of the new complaint in other systems (at most one per system), written with it:
   * a reference another complaint holds refuses the intake with `duplicate_external_ref`.
   */
  externalRefs?: ExternalRef[];
}

/** How much of the complainant's identity a reader may see. */
export type IdentityVisibility = 'full' | 'name' | 'none';

export type ComplainantView =
  | { visibility: 'full'; complainantId: string; identity: Omit<ComplainantIdentity, 'complainantId'> | null }
  | { visibility: 'name'; name: string | null }
  | { visibility: 'none' };

/** A complaint's row as a reader sees it: no machine internals, complainant id masked unless visible. */
export type ComplaintSummary = Omit<ComplaintProjection, 'machine' | 'lastEventHash'>;

/** One exchange in the complaint's conversation, in order. */
export interface ConversationEntry {
  at: string;
  kind: 'info-requested' | 'info-provided' | 'follow-up' | 'responded';
  message: string;
  attachments: AttachmentRef[];
}

/** The full complaint for a reader allowed to see it. */
export interface ComplaintView extends ComplaintSummary {
  description: string;
  location: Location | null;
  occurredAt: string | null;
  attachments: AttachmentRef[];
  conversation: ConversationEntry[];
  complainant: ComplainantView;
  /** Every stage clock at the moment of reading (the desk shows all of them, not only the nearest). */
  clocks: DeadlineClockV1[];
  /** When the complaint is expected to be done, per the deadline policy; null when no such clock runs. */
  expectedResolutionAt: string | null;
}

export interface ReceiveOutcome {
  complaint: ComplaintSummary;
  /** True when this channel message had been received before; `complaint` is the existing one. */
  duplicate: boolean;
}

/**
 * What the holder of a tracking number may see. The number is a bearer secret (long and random),
 * so its holder is treated as the complainant: a rahasia complaint shows its status, dates and
 * published answers, but never its title, category or unit; no identity is ever shown.
 */
export interface PublicTracking {
  trackingNumber: string;
  status: ComplaintStatus;
  createdAt: string;
  updatedAt: string;
  title?: string;
  category?: string | null;
  unitId?: string | null;
  /** When the complaint is expected to be done; null when no such clock runs. */
  expectedResolutionAt: string | null;
  /** The unit's published answers (tindak lanjut), oldest first. */
  answers: { at: string; message: string }[];
  /** Whether it is a rahasia complaint (public listings never show it). */
  rahasia: boolean;
}

/** Filters of the desk's lists and counts (validated by the desk; instants are ISO strings). */
export interface CountFilter {
  status?: ComplaintStatus[];
  unitId?: string;
  category?: string;
  channel?: string;
  kelurahan?: string;
  complainantId?: string;
  overdueAt?: string;
  dueBefore?: string;
  dueFrom?: string;
  createdFrom?: string;
  createdTo?: string;
  text?: string;
}

export interface ListQuery extends CountFilter {
  /** 1..500, default 50. */
  limit?: number;
  cursor?: string;
  orderBy?: 'createdAt' | 'deadline' | 'dueAt';
}

/**
 * The part of the desk that intake surfaces (web form, Open311, kiosks) and read-only dashboards
 * use. `@aduan/core`'s `Desk` implements it; channel packages depend on this contract, never on
 * the core.
 */
export interface IntakeDeskV1 {
  receive(actor: Actor, intake: IntakeInput): Promise<ReceiveOutcome>;
  get(actor: Actor, complaintId: string): Promise<ComplaintView>;
  getByTrackingNumber(actor: Actor, trackingNumber: string): Promise<ComplaintView>;
  list(actor: Actor, query?: ListQuery): Promise<{ items: ComplaintSummary[]; nextCursor: string | null }>;
  count(actor: Actor, groupBy: CountDimension, filter?: CountFilter): Promise<Record<string, number>>;
  /** Public tracking by number; `not_found` for an unknown number. */
  track(trackingNumber: string): Promise<PublicTracking>;
}
