import {
  InvalidConfigError,
  type AddEventsContextV2,
  type BeforeCommandContext,
  type BeforeCommandResult,
  type Clock,
  type ComplaintProjection,
  type FieldIssue,
  type PluginEventDraftV2,
  type PluginV2,
} from '@aduan/spec';
import type { ReplyContext } from './reply-context.js';
import { atLeast, REPLY_RULES, type ReplyRule, type ReplySeverity } from './reply-rules.js';
import { reviewReply, type ReplyReview } from './review-reply.js';

/** A unit's names as residents read them. */
export interface ReplyReviewUnit {
  /** E.g. `DPUPR Kota Pekalongan`: the closing line should carry it. */
  name: string;
  aliases?: readonly string[];
}

export interface ReplyReviewOptions {
  /**
   * Findings of this severity or above hold the reply back (`plugin_rejected`, nothing stored or
   * sent); `'never'` only reports them. Default `'high'`.
   */
  holdBack?: ReplySeverity | 'never';
  /** Desk commands whose `message` is a reply to review. Default `['respond']`. */
  commands?: readonly string[];
  /** Each unit's names, by unit id: the review checks the closing and the responsible unit against them. */
  units?: Readonly<Record<string, ReplyReviewUnit>>;
  /** Bodies the city refers residents to, beyond the built-in list. */
  authorities?: readonly string[];
  /** Rules to leave out for every reply. */
  skip?: readonly ReplyRule[];
  /** Extra informal forms for the normaliser. */
  forms?: Readonly<Record<string, string>>;
  /** Called for every reviewed reply that has findings, held back or not, e.g. to show the officer what to change. */
  onReview?: (review: ReplyReview, info: { command: string; complaintId: string | undefined; heldBack: boolean }) => void;
}

const HOLD_BACK_LEVELS = ['high', 'medium', 'low', 'never'] as const;

function checkOptions(options: ReplyReviewOptions): void {
  const issues: FieldIssue[] = [];
  if (options.holdBack !== undefined && !HOLD_BACK_LEVELS.includes(options.holdBack)) {
    issues.push({ path: 'holdBack', message: `must be one of ${HOLD_BACK_LEVELS.join(', ')}` });
  }
  for (const [index, rule] of (options.skip ?? []).entries()) {
    if (!Object.hasOwn(REPLY_RULES, rule))
      issues.push({ path: `skip.${index}`, message: `unknown rule "${rule}"; rules are ${Object.keys(REPLY_RULES).join(', ')}` });
  }
  if (
    options.commands !== undefined &&
    (options.commands.length === 0 || options.commands.some((command) => typeof command !== 'string'))
  ) {
    issues.push({ path: 'commands', message: 'must name at least one desk command' });
  }
  for (const [unitId, unit] of Object.entries(options.units ?? {})) {
    if (typeof unit?.name !== 'string' || unit.name.trim() === '')
      issues.push({ path: `units.${unitId}.name`, message: 'must be the unit’s name' });
  }
  if (issues.length > 0) throw new InvalidConfigError('reply-review options', issues);
}

/** The event recorded when a published reply had findings: the rules, never the reply's words (they are in the answer itself). */
const REVIEWED_EVENT = 'reviewed';

function checkReviewedPayload(value: unknown): FieldIssue[] {
  const payload = value as { respondedVersion?: unknown; score?: unknown; rules?: unknown } | null;
  const issues: FieldIssue[] = [];
  if (!Number.isInteger(payload?.respondedVersion)) issues.push({ path: 'respondedVersion', message: 'must be an integer' });
  if (typeof payload?.score !== 'number' || payload.score < 0 || payload.score > 100)
    issues.push({ path: 'score', message: 'must be 0–100' });
  if (!Array.isArray(payload?.rules) || payload.rules.some((rule) => !Object.hasOwn(REPLY_RULES, rule as string))) {
    issues.push({ path: 'rules', message: 'must list reply-review rule codes' });
  }
  return issues;
}

/**
 * The reply review as a desk plugin (`PluginV2`): reviews the `message` of `respond` (or the
 * commands configured) before anything is stored, holds the reply back when a finding reaches
 * `holdBack` (the officer gets `plugin_rejected` with what to change, in Bahasa Indonesia), and
 * records the rules a published reply still broke as a `reply-review/reviewed` event in the answer's
 * own append, so approvers and the "kualitas tindak lanjut" report can see them.
 */
export function replyReview(options: ReplyReviewOptions = {}): PluginV2 {
  checkOptions(options);
  const holdBack = options.holdBack ?? 'high';
  const commands = options.commands ?? ['respond'];
  let clock: Clock = { now: () => new Date() };

  const contextFor = (complaint: Readonly<ComplaintProjection> | undefined): ReplyContext => {
    const unit = complaint?.unitId ? options.units?.[complaint.unitId] : undefined;
    return {
      ...(unit ? { unitName: unit.name, unitAliases: unit.aliases ?? [] } : {}),
      ...(options.authorities ? { authorities: options.authorities } : {}),
      ...(options.skip ? { skip: options.skip } : {}),
      ...(options.forms ? { forms: options.forms } : {}),
      overdue: complaint?.dueAt != null && Date.parse(complaint.dueAt) < clock.now().getTime(),
    };
  };

  return {
    specificationVersion: 'v2',
    name: 'reply-review',
    capabilities: { commands, mayReject: holdBack !== 'never', sendsMessages: false },
    setup(context) {
      clock = context.clock;
      context.registerEventType({ name: REVIEWED_EVENT, schemaVersion: 1, check: checkReviewedPayload });
    },
    beforeCommand({ command, input, complaint }: BeforeCommandContext): BeforeCommandResult {
      const message = input['message'];
      if (typeof message !== 'string') return;
      const review = reviewReply(message, contextFor(complaint));
      if (review.findings.length === 0) return;
      const blocking = holdBack === 'never' ? [] : review.findings.filter((finding) => atLeast(finding.severity, holdBack));
      options.onReview?.(review, { command, complaintId: complaint?.id, heldBack: blocking.length > 0 });
      if (blocking.length === 0) return;
      return { reject: `Balasan perlu diperbaiki: ${blocking.map((finding) => finding.message).join(' ')}` };
    },
    // In the command's own append: a published reply is never stored without its review, nor the review without it.
    addEvents({ events, previous }: AddEventsContextV2): PluginEventDraftV2[] {
      const drafts: PluginEventDraftV2[] = [];
      for (const event of events) {
        if (event.type !== 'complaint-responded') continue;
        // Reviewed against the complaint as the officer answered it, like `beforeCommand` did.
        const review = reviewReply(String(event.payload['message'] ?? ''), contextFor(previous));
        if (review.findings.length === 0) continue;
        drafts.push({
          name: REVIEWED_EVENT,
          payload: { respondedVersion: event.version, score: review.score, rules: review.findings.map((finding) => finding.rule) },
        });
      }
      return drafts;
    },
  };
}
