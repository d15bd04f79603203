/** How much a finding matters: `high` findings are what a reply must not go out with. */
export type ReplySeverity = 'high' | 'medium' | 'low';

/**
 * The stable codes of the reply review's rules. A code never changes meaning; new rules get new codes.
 * - `greeting`: no salam and no address to the resident (Bapak/Ibu/Saudara) at the start;
 * - `thanks`: no thanks (terima kasih) for the report;
 * - `apology`: a delay or a fault is admitted (or the complaint is overdue) without an apology;
 * - `shouting`: words in capitals;
 * - `exclamations`: runs of exclamation marks (`!!`, `?!`);
 * - `harsh-words`: insults;
 * - `blaming`: blaming or lecturing the resident, sarcasm, or addressing them as kamu/lu/situ;
 * - `informal`: non-standard words and chat shorthand (gak, udah, yg);
 * - `normatif`: no substance: a concrete action, a date or time frame, or the responsible unit is missing;
 * - `authority`: a "bukan wewenang" answer that does not name the authority that is responsible;
 * - `closing`: no closing line with the unit's name.
 */
export type ReplyRule =
  | 'greeting'
  | 'thanks'
  | 'apology'
  | 'shouting'
  | 'exclamations'
  | 'harsh-words'
  | 'blaming'
  | 'informal'
  | 'normatif'
  | 'authority'
  | 'closing';

/** Every rule with its severity, in the order findings are listed. */
export const REPLY_RULES: Readonly<Record<ReplyRule, ReplySeverity>> = {
  shouting: 'high',
  exclamations: 'high',
  'harsh-words': 'high',
  blaming: 'high',
  normatif: 'high',
  authority: 'high',
  apology: 'medium',
  greeting: 'medium',
  thanks: 'medium',
  informal: 'low',
  closing: 'low',
};

/** One thing to change in a reply. */
export interface ReplyFinding {
  rule: ReplyRule;
  severity: ReplySeverity;
  /** What to change, in Bahasa Indonesia (shown to the officer). */
  message: string;
  /** The same in English. */
  messageEn: string;
  /** The words of the reply that triggered the rule, when there are any to point at. */
  evidence?: string;
}

const SEVERITY_RANK: Readonly<Record<ReplySeverity, number>> = { high: 3, medium: 2, low: 1 };

/** Whether `severity` is at least `threshold` (`high` ≥ `medium` ≥ `low`). */
export function atLeast(severity: ReplySeverity, threshold: ReplySeverity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
