import type { Classification, ComplaintStatus, ExternalRef, PendingDeadline } from './domain.js';
import type { StoredEvent } from './events.js';

/**
 * What the lifecycle remembers between events: the machine's context, persisted as plain JSON in
 * the projection's snapshot record. Deadline policies read it; nothing outside the core writes it.
 */
export interface ComplaintContext {
  complaintId: string;
  trackingNumber: string;
  channel: string;
  title: string;
  classification: Classification;
  category: string | null;
  tier: string | null;
  complainantId: string;
  anonim: boolean;
  rahasia: boolean;
  createdAt: string;
  unitId: string | null;
  escalationLevel: number;
  /** End of the complainant's window to confirm or dispute the response. */
  confirmBy: string | null;
  mergedInto: string | null;
  /** Kelurahan of the complaint's location: from the intake, else the first data or follow-up that names one. */
  kelurahan: string | null;
  /** Coordinates of the complaint's location, taken the same way as `kelurahan`. */
  geo: { lat: number; long: number } | null;
  /** When the complainant last wrote (intake, data, follow-ups): channels with reply windows need it. */
  lastInboundAt: string;
  /** Stages whose deadline lapsed, in order (a stage can lapse again after a reopen). */
  missedStages: string[];
  /** References in other systems, in the order they were linked (at most one per system). */
  externalRefs: ExternalRef[];
  /** Per system, the digest of the fields last synced from it (a sync that brings nothing new writes nothing). */
  synced: Record<string, string>;
}

/**
 * The deadline bookkeeping of one complaint: plain JSON owned by the policy, persisted inside the
 * projection's machine record and re-derived on replay.
 */
export interface DeadlineState {
  /** The next moment the sweep must act (a warning, a lapse, an automatic resolution). */
  deadline: PendingDeadline | null;
  /**
   * When the nearest running agency stage clock lapses, also when that moment has passed; null
   * when no such clock runs. The desk copies it into the projection's `dueAt` ("due soon" and
   * "overdue" queues).
   */
  dueAt: string | null;
  [key: string]: unknown;
}

/** A label shown to people: Bahasa Indonesia first, English optional. */
export interface LabelV1 {
  id: string;
  en?: string;
}

/** What the sweep does when a complaint's pending deadline is due. Every act is an event by the system actor. */
export type DueAction =
  | {
      type: 'announce_approaching';
      event: { type: 'complaint-deadline-approaching'; payload: { stage: string; fraction: number; dueAt: string } };
    }
  | {
      type: 'record_missed';
      event: { type: 'complaint-deadline-missed'; payload: { stage: string; dueAt: string } };
      /** The escalation level to move to after recording the lapse; null to only record it. */
      escalateTo: { level: number; label?: LabelV1 } | null;
    }
  /** The complainant stayed silent through the confirmation window: resolved. */
  | { type: 'resolve_by_silence'; dueAt: string }
  /** The complainant never completed the data asked for: archived as incomplete. */
  | { type: 'archive_incomplete'; dueAt: string };

/** How a stage's time is counted. */
export type DeadlineUnit = 'working_days' | 'calendar_days' | 'office_hours';

/**
 * One stage clock of a complaint as people see it (the desk shows every one, not only the
 * nearest). `usedFraction` is the share of the budget used at the moment asked; 1 or more once
 * breached. `dueAt` is null while a paused clock has no end in sight.
 */
export interface DeadlineClockV1 {
  stage: string;
  label: LabelV1;
  state: 'running' | 'paused' | 'met' | 'breached';
  startedAt: string;
  dueAt: string | null;
  budget: { amount: number; unit: DeadlineUnit };
  usedFraction: number;
}

/**
 * Deadline policy contract, version 1: decides when a complaint must next be acted on, and how.
 * A pure fold over the complaint's events, so replay and rebuild reproduce it exactly. The core
 * ships two implementations on `@aduan/core/sla` (`createConfirmationOnlyPolicy`, the default,
 * and `createSlaPolicy`); a city may bring its own.
 */
export interface DeadlinePolicyV1 {
  readonly specificationVersion: 'v1';
  /** The end of the complainant's window to confirm or dispute a response given at `respondedAt`. */
  confirmationDeadline(respondedAt: Date, context: Readonly<ComplaintContext>): Date;
  /**
   * Folds one stored lifecycle event (already applied to the machine: `status` and `context` are
   * after it). Plugin events (`<plugin>/<name>`) change no state and are never passed.
   */
  advance(previous: DeadlineState | null, event: StoredEvent, status: ComplaintStatus, context: Readonly<ComplaintContext>): DeadlineState;
  /**
   * What to do now that `state.deadline` is due; null when nothing is pending. A sweep that runs
   * late passes its `now`, and a warning whose stage has already lapsed by then is skipped in
   * favour of the lapse.
   */
  dueAction(state: DeadlineState, context: Readonly<ComplaintContext>, now: Date): DueAction | null;
  /** Every stage clock of the complaint at `now`, in stage order. */
  clocks(state: DeadlineState, context: Readonly<ComplaintContext>, now: Date): DeadlineClockV1[];
  /**
   * When the complaint is expected to be done (Open311's `expected_datetime`): the resolution
   * stage's due instant, or null when no such clock runs.
   */
  expectedResolution(state: DeadlineState, context: Readonly<ComplaintContext>): string | null;
}
