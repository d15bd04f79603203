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

/**
 * Decides when a complaint must next be acted on. A pure fold over the complaint's events: the
 * same events always give the same state, so replay and rebuild reproduce it exactly.
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
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Pekalongan's practice without an SLA engine: a response stands as accepted 10 calendar days after it is given. */
export function createConfirmationOnlyPolicy(confirmationDays = 10): DeadlinePolicy {
  return {
    confirmationDeadline: (respondedAt) => new Date(respondedAt.getTime() + confirmationDays * DAY_MS),
    advance: (_previous, _event, status, context) => ({
      deadline: status === 'responded' && context.confirmBy ? { kind: 'confirmation', dueAt: context.confirmBy } : null,
    }),
  };
}
