import type { ComplaintStatus, StoredEvent } from '@aduan/spec';
import type { AskedPayload, SatisfactionRound } from './payloads.js';

/** The plugin's event types, as stored (`<plugin>/<event>`). */
export const SATISFACTION_ASKED = 'satisfaction/asked';
export const SATISFACTION_ANSWERED = 'satisfaction/answered';

/** A question the resident has not answered yet, and whether the answer may still change the complaint. */
export interface OpenQuestion {
  round: SatisfactionRound;
  attempt: 1 | 2;
  askedAt: string;
  /** The end of the confirmation window of the answer asked about (closure round); null for a re-check. */
  confirmBy: string | null;
}

/**
 * The question still open on a complaint: the last `asked` with no `answered` after it, in the
 * state it was asked for — a closure question while the complaint awaits confirmation after that
 * answer, a re-check while it stays resolved and within `answerWindowMs` of asking.
 */
export function openQuestion(
  events: readonly StoredEvent[],
  status: ComplaintStatus,
  now: Date,
  answerWindowMs: number,
): OpenQuestion | undefined {
  let open: OpenQuestion | undefined;
  let confirmBy: string | null = null;
  for (const event of events) {
    if (event.type === 'complaint-responded') {
      confirmBy = String(event.payload['confirmBy']);
      open = undefined;
    } else if (event.type === SATISFACTION_ASKED) {
      const payload = event.payload as unknown as AskedPayload;
      open = {
        round: payload.round,
        attempt: payload.attempt,
        askedAt: event.at,
        confirmBy: payload.round === 'closure' ? confirmBy : null,
      };
    } else if (event.type === SATISFACTION_ANSWERED) {
      open = undefined;
    }
  }
  if (!open) return undefined;
  if (open.round === 'closure') return status === 'responded' ? open : undefined;
  return status === 'resolved' && now.getTime() - Date.parse(open.askedAt) <= answerWindowMs ? open : undefined;
}

/** Whether the plugin ever asked this complaint's resident, and whether the re-check is done. */
export function askedRounds(events: readonly StoredEvent[]): { closure: boolean; recheck: boolean } {
  let closure = false;
  let recheck = false;
  for (const event of events) {
    if (event.type !== SATISFACTION_ASKED) continue;
    if (event.payload['round'] === 'recheck') recheck = true;
    else closure = true;
  }
  return { closure, recheck };
}

/** When the complaint last became resolved (confirmed, resolved by an officer or by silence); undefined if it never did. */
export function resolvedAt(events: readonly StoredEvent[]): string | undefined {
  let at: string | undefined;
  for (const event of events) if (event.type === 'complaint-confirmed' || event.type === 'complaint-resolved') at = event.at;
  return at;
}
