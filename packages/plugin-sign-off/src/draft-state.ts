import type { Actor, StoredEvent } from '@aduan/spec';

/** The plugin's event types, as stored. */
export const DRAFT_SUBMITTED = 'sign-off/draft-submitted';
export const DRAFT_APPROVED = 'sign-off/draft-approved';
export const DRAFT_RETURNED = 'sign-off/draft-returned';

/** A draft answer waiting for approval. */
export interface PendingDraft {
  message: string;
  /** The officer who wrote it: the answer is published in their name. */
  by: Actor;
  at: string;
  /** The version of the complaint when the draft was stored. */
  version: number;
}

/** One step of a complaint's sign-off, for the desk's history panel. */
export interface SignOffStep {
  step: 'submitted' | 'approved' | 'returned';
  by: Actor;
  at: string;
  /** The draft's text (submitted) or the approver's comment (approved, returned). */
  text: string | null;
}

/**
 * The draft waiting for approval in a complaint's history: the last one submitted, unless it was
 * approved or returned since, or an answer was published since.
 */
export function pendingDraft(history: readonly StoredEvent[]): PendingDraft | undefined {
  let pending: PendingDraft | undefined;
  for (const event of history) {
    if (event.type === DRAFT_SUBMITTED)
      pending = { message: String(event.payload['message']), by: event.actor, at: event.at, version: event.version };
    else if (event.type === DRAFT_APPROVED || event.type === DRAFT_RETURNED || event.type === 'complaint-responded') pending = undefined;
  }
  return pending;
}

/** Every sign-off step in a complaint's history, oldest first. */
export function signOffTrail(history: readonly StoredEvent[]): SignOffStep[] {
  const steps: SignOffStep[] = [];
  for (const event of history) {
    if (event.type === DRAFT_SUBMITTED)
      steps.push({ step: 'submitted', by: event.actor, at: event.at, text: String(event.payload['message']) });
    else if (event.type === DRAFT_APPROVED || event.type === DRAFT_RETURNED) {
      const comment = event.payload['comment'];
      steps.push({
        step: event.type === DRAFT_APPROVED ? 'approved' : 'returned',
        by: event.actor,
        at: event.at,
        text: typeof comment === 'string' ? comment : null,
      });
    }
  }
  return steps;
}
