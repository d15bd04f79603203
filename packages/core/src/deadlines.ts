import type { ComplaintStatus, PendingDeadline, StoredEvent } from '@aduan/spec';
import type { ComplaintContext } from './machine/complaint-machine.js';

/**
 * The deadline bookkeeping of one complaint: plain JSON, persisted inside the projection's machine
 * record and re-derived on replay. `deadline` is the next moment the sweep must act.
 */
export interface DeadlineState {
  deadline: PendingDeadline | null;
  [key: string]: unknown;
}

/** What the sweep does when a complaint's pending deadline is due. Every act is an event by the system actor. */
export type DueAction =
  | { type: 'announce_approaching'; event: { type: 'complaint-deadline-approaching'; payload: { stage: string; fraction: number; dueAt: string } } }
  | {
      type: 'record_missed';
      event: { type: 'complaint-deadline-missed'; payload: { stage: string; dueAt: string } };
      /** The escalation level to move to after recording the lapse; null to only record it. */
      escalateTo: { level: number; label?: { id: string; en?: string } } | null;
    }
  /** The complainant stayed silent through the confirmation window: resolved. */
  | { type: 'resolve_by_silence'; dueAt: string }
  /** The complainant never completed the data asked for: archived as incomplete. */
  | { type: 'archive_incomplete'; dueAt: string };

/**
 * Decides when a complaint must next be acted on, and how. A pure fold over the complaint's
 * events: the same events always give the same state, so replay and rebuild reproduce it exactly.
 */
export interface DeadlinePolicy {
  /** The end of the complainant's window to confirm or dispute a response given at `respondedAt`. */
  confirmationDeadline(respondedAt: Date, context: Readonly<ComplaintContext>): Date;
  /** Folds one stored event (already applied to the machine: `status` and `context` are after it). */
  advance(
    previous: DeadlineState | null,
    event: StoredEvent,
    status: ComplaintStatus,
    context: Readonly<ComplaintContext>,
  ): DeadlineState;
  /** What to do now that `state.deadline` is due; null when nothing is pending. */
  dueAction(state: DeadlineState, context: Readonly<ComplaintContext>): DueAction | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Pekalongan's practice without an SLA engine: a response stands as accepted 10 calendar days after it is given. */
export function createConfirmationOnlyPolicy(confirmationDays = 10): DeadlinePolicy {
  return {
    confirmationDeadline: (respondedAt) => new Date(respondedAt.getTime() + confirmationDays * DAY_MS),
    advance: (_previous, _event, status, context) => ({
      deadline: status === 'responded' && context.confirmBy ? { kind: 'confirmation', dueAt: context.confirmBy } : null,
    }),
    dueAction: (state) => (state.deadline ? { type: 'resolve_by_silence', dueAt: state.deadline.dueAt } : null),
  };
}
