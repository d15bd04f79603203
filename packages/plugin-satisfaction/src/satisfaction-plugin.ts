import {
  InvalidConfigError,
  VersionConflictError,
  type AddEventsContextV2,
  type Clock,
  type ComplaintSummary,
  type FieldIssue,
  type InboundClaimV2,
  type InboundContextV2,
  type PluginDeskV2,
  type PluginEventDraftV2,
  type PluginSweepContextV2,
  type PluginSweepReportV2,
  type PluginV2,
  type StoredEvent,
} from '@aduan/spec';
import { questionText, thanksText, type AnswerEffect, type SatisfactionLanguage } from './messages.js';
import { askedRounds, openQuestion, resolvedAt, type OpenQuestion } from './open-question.js';
import { createRecheckSchedule } from './recheck-schedule.js';
import { parseSatisfactionAnswer, type SatisfactionAnswer } from './parse-answer.js';
import { checkAnswered, checkAsked, type AskedPayload } from './payloads.js';

/** The plugin's name on the desk; its events are `satisfaction/asked` and `satisfaction/answered`. */
export const SATISFACTION_PLUGIN = 'satisfaction';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back a sweep still finds complaints due for a re-check, so a sweep that did not run for a while catches up. */
const RECHECK_CATCH_UP_DAYS = 14;
/** Complaints of one resident looked at for an open question: the most recently changed. */
const CANDIDATES = 10;
const PAGE = 500;

export interface SatisfactionRecheckOptions {
  /** Days after resolution to ask again, 7 to 365 (FixMyStreet asks after 4 weeks: 28). */
  afterDays: number;
  /** Categories to re-check (physical work: roads, street lights, drains); absent = every category. */
  categories?: readonly string[];
}

export interface SatisfactionOptions {
  /** Languages of the messages, in order; default Bahasa Indonesia then English. */
  languages?: readonly SatisfactionLanguage[];
  /** Channels residents are asked on (the complaint's own channel must be one); default `whatsapp` and `sms`. */
  channels?: readonly string[];
  /** Ask again some weeks after resolution, on the sweep's clock; off unless given. */
  recheck?: SatisfactionRecheckOptions;
  /** Days a re-check waits for its answer, 1 to 60; default 7. The closure question waits as long as the confirmation window. */
  answerWindowDays?: number;
}

interface Settings {
  languages: readonly SatisfactionLanguage[];
  channels: readonly string[];
  recheck: SatisfactionRecheckOptions | undefined;
  answerWindowMs: number;
}

function settingsOf(options: SatisfactionOptions): Settings {
  const issues: FieldIssue[] = [];
  const languages = options.languages ?? ['id', 'en'];
  if (
    !Array.isArray(languages) ||
    languages.length === 0 ||
    languages.some((l) => l !== 'id' && l !== 'en') ||
    new Set(languages).size !== languages.length
  ) {
    issues.push({ path: 'languages', message: 'must list "id" and/or "en", each once' });
  }
  const channels = options.channels ?? ['whatsapp', 'sms'];
  if (!Array.isArray(channels) || channels.length === 0 || channels.some((c) => typeof c !== 'string' || c.length === 0)) {
    issues.push({ path: 'channels', message: 'must list at least one channel name' });
  }
  const { recheck } = options;
  if (recheck !== undefined) {
    if (!Number.isInteger(recheck.afterDays) || recheck.afterDays < 7 || recheck.afterDays > 365) {
      issues.push({ path: 'recheck.afterDays', message: 'must be a whole number of days from 7 to 365' });
    }
    if (recheck.categories !== undefined && (!Array.isArray(recheck.categories) || recheck.categories.length === 0)) {
      issues.push({ path: 'recheck.categories', message: 'must list at least one category when given' });
    }
  }
  const answerWindowDays = options.answerWindowDays ?? 7;
  if (!Number.isInteger(answerWindowDays) || answerWindowDays < 1 || answerWindowDays > 60) {
    issues.push({ path: 'answerWindowDays', message: 'must be a whole number of days from 1 to 60' });
  }
  if (issues.length > 0) throw new InvalidConfigError('satisfaction plugin options', issues);
  return { languages, channels, recheck, answerWindowMs: answerWindowDays * DAY_MS };
}

/**
 * "Sudah beres?": after an answer is published (`respond`, also when a sign-off publishes it), the
 * resident is asked on the complaint's channel, through the outbox and in the same append as the
 * answer, whether it is fixed, for a 1–5 rating and a comment. Their reply (see
 * `parseSatisfactionAnswer` for what counts as one) is recorded as `satisfaction/answered`
 * `{ fixed, rating, comment? }`: "sudah" confirms the complaint, "belum" inside the confirmation
 * window reopens it to the unit, anything else only records the answer; silence leaves the
 * automatic resolution as it is. A reply that is not an answer goes on to the officers as a
 * follow-up, and the question is asked once more. With `recheck`, `desk.sweep()` asks again some
 * weeks after resolution.
 */
export function satisfaction(options: SatisfactionOptions = {}): PluginV2 {
  const settings = settingsOf(options);
  let clock: Clock | undefined;
  const schedule = settings.recheck ? createRecheckSchedule(settings.recheck.afterDays * DAY_MS) : undefined;

  const asked = (round: AskedPayload['round'], attempt: 1 | 2, tracking: string): PluginEventDraftV2 => ({
    name: 'asked',
    payload: { round, attempt },
    outbox: [{ body: questionText(round === 'recheck' ? 'recheck' : attempt === 2 ? 'again' : 'closure', settings.languages, tracking) }],
  });

  const shouldAsk = (complaint: Pick<ComplaintSummary, 'channel' | 'complainantId'>) =>
    complaint.complainantId !== null && settings.channels.includes(complaint.channel);

  return {
    specificationVersion: 'v2',
    name: SATISFACTION_PLUGIN,
    // Every command: the re-check schedule follows resolutions, reopenings and the sweep's own questions.
    capabilities: { mayReject: false, sendsMessages: true },

    setup(context) {
      clock = context.clock;
      context.registerEventType({ name: 'asked', schemaVersion: 1, check: checkAsked, shownToComplainant: true });
      context.registerEventType({
        name: 'answered',
        schemaVersion: 1,
        check: checkAnswered,
        personal: ['comment'],
        shownToComplainant: true,
      });
    },

    // The re-check schedule: built in the desk's one start-up pass over the history, kept current from every append.
    ...(schedule
      ? { readModel: { reset: () => schedule.clear(), apply: (events: readonly StoredEvent[]) => schedule.apply(events) } }
      : {}),

    addEvents({ events, complaint }: AddEventsContextV2) {
      if (!events.some((event) => event.type === 'complaint-responded') || !shouldAsk(complaint)) return undefined;
      return [asked('closure', 1, complaint.trackingNumber)];
    },

    async claimInbound(context: InboundContextV2): Promise<InboundClaimV2 | undefined> {
      const now = clock!.now();
      const found = await findOpenQuestion(context.desk, context.resident.id, now, settings.answerWindowMs);
      if (!found) return undefined;
      const { complaint, question } = found;
      const answer = parseSatisfactionAnswer(context.text);
      if (!answer) {
        // Not an answer: the officers get it as a follow-up, and the resident is asked once more.
        if (question.attempt === 1) {
          await context.desk.appendEvent({
            complaintId: complaint.id,
            ...asked(question.round, 2, complaint.trackingNumber),
            expectedVersion: complaint.version,
          });
        }
        return undefined;
      }
      await recordAnswer(context, complaint, question, answer, now);
      return { complaintId: complaint.id };
    },

    ...(settings.recheck ? { sweep: (context: PluginSweepContextV2) => recheckDue(context, settings.recheck!) } : {}),
  };

  async function recordAnswer(
    context: InboundContextV2,
    complaint: ComplaintSummary,
    question: OpenQuestion,
    answer: SatisfactionAnswer,
    now: Date,
  ) {
    const { desk, resident, dedupeKey } = context;
    const draft = (effect: AnswerEffect): PluginEventDraftV2 => ({
      name: 'answered',
      payload: { ...answer },
      actor: resident,
      outbox: [{ body: thanksText(effect, settings.languages, complaint.trackingNumber) }],
    });
    const inWindow = question.confirmBy !== null && now.getTime() <= Date.parse(question.confirmBy);
    if (question.round === 'closure' && answer.fixed === true) {
      await desk.run('confirm', resident, { complaintId: complaint.id }, { events: [draft('confirmed')], dedupeKey });
    } else if (question.round === 'closure' && answer.fixed === false && inWindow) {
      const reason = answer.comment ?? 'Warga menjawab belum beres.';
      await desk.run('reopen', resident, { complaintId: complaint.id, reason }, { events: [draft('reopened')], dedupeKey });
    } else {
      await desk.appendEvent({ complaintId: complaint.id, ...draft('recorded'), expectedVersion: complaint.version, dedupeKey });
    }
  }

  async function recheckDue({ now, desk }: PluginSweepContextV2, recheck: SatisfactionRecheckOptions): Promise<PluginSweepReportV2> {
    const dueBefore = now.getTime() - recheck.afterDays * DAY_MS;
    const lookFrom = now.getTime() - RECHECK_CATCH_UP_DAYS * DAY_MS;
    let acted = 0;
    const failed: { complaintId: string; reason: string }[] = [];
    for (const due of schedule!.takeDue(now.getTime())) {
      // Due longer ago than the catch-up window (the re-check was switched on later, or sweeps stopped): not asked any more.
      if (due.dueAt < lookFrom) continue;
      try {
        const complaint = await desk.get(desk.actor, due.complaintId);
        if (complaint.status !== 'resolved' || !shouldAsk(complaint)) continue;
        if (recheck.categories && !recheck.categories.includes(complaint.category ?? '')) continue;
        const events = await desk.history(desk.actor, complaint.id);
        const rounds = askedRounds(events);
        const resolved = resolvedAt(events);
        if (!rounds.closure || rounds.recheck || resolved === undefined || Date.parse(resolved) > dueBefore) continue;
        schedule!.apply([
          await desk.appendEvent({
            complaintId: complaint.id,
            ...asked('recheck', 1, complaint.trackingNumber),
            expectedVersion: complaint.version,
          }),
        ]);
        acted++;
      } catch (error) {
        schedule!.putBack(due);
        // Changed meanwhile: the next sweep looks again.
        if (VersionConflictError.isInstance(error)) continue;
        failed.push({ complaintId: due.complaintId, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return { acted, failed };
  }
}

/** The resident's complaint with a question still open, the most recently changed first. */
async function findOpenQuestion(
  desk: PluginDeskV2,
  residentId: string,
  now: Date,
  answerWindowMs: number,
): Promise<{ complaint: ComplaintSummary; question: OpenQuestion } | undefined> {
  const { items } = await desk.list(desk.actor, { complainantId: residentId, status: ['responded', 'resolved'], limit: PAGE });
  const candidates = items
    .filter((item) => item.status === 'responded' || now.getTime() - Date.parse(item.updatedAt) <= answerWindowMs)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, CANDIDATES);
  for (const complaint of candidates) {
    const question = openQuestion(await desk.history(desk.actor, complaint.id), complaint.status, now, answerWindowMs);
    if (question) return { complaint, question };
  }
  return undefined;
}
