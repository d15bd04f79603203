import type { NormalizeOptions } from '@aduan/text-id';
import type { ReplyRule } from './reply-rules.js';

/** What the review knows about the reply besides its text. Every member is optional. */
export interface ReplyContext {
  /** The answering unit's name as residents know it, e.g. `DPUPR Kota Pekalongan`: counts as the responsible unit and closes a reply. */
  unitName?: string;
  /** Other names of the same unit (`Dinas Pekerjaan Umum dan Penataan Ruang`, `DPUPR`). */
  unitAliases?: readonly string[];
  /** Bodies the city refers residents to, beyond the built-in list (`KNOWN_BODIES`), e.g. `Perumda Air Minum Tirtayasa`. */
  authorities?: readonly string[];
  /** The complaint is past its deadline: the reply must apologise for the delay. */
  overdue?: boolean;
  /** Rules to leave out for this reply, e.g. `['closing']` for a 160-character SMS. */
  skip?: readonly ReplyRule[];
  /** Extra informal forms for the normaliser (see `@aduan/text-id`). */
  forms?: NormalizeOptions['forms'];
}

/** The context with the unit's names gathered in one list. */
export interface ResolvedReplyContext {
  ownNames: readonly string[];
  authorities: readonly string[];
  overdue: boolean;
}

export function resolveContext(context: ReplyContext): ResolvedReplyContext {
  const ownNames = [context.unitName, ...(context.unitAliases ?? [])].filter((name): name is string => !!name && name.trim() !== '');
  return { ownNames, authorities: context.authorities ?? [], overdue: context.overdue === true };
}

/** What one rule found: the message to show (Bahasa Indonesia, then English) and the words behind it. */
export interface RuleHit {
  message: string;
  messageEn: string;
  evidence?: string;
}
