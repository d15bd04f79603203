import { AduanError, ClosedError, NotFoundError, type Actor, type FieldIssue, type PluginDeskV2, type PluginV2 } from '@aduan/spec';
import { createDuplicateIndex, type DuplicateIndex, type DuplicateIndexOptions } from './duplicate-index.js';

export type DuplicatesOptions = DuplicateIndexOptions;

/** What `answer` did for each member of a work order. */
export interface WorkOrderAnswer {
  workOrderId: string;
  responded: readonly string[];
  /** Members not answered, with the reason (already answered, closed, or the desk's refusal). */
  skipped: readonly { complaintId: string; reason: string }[];
}

const MAX_GROUP = 50;
const ID = /^[\w:.-]{1,120}$/;

const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);
const issue = (path: string, message: string): FieldIssue => ({ path, message });

function checkSuggest(value: unknown): FieldIssue[] {
  const input = value as Record<string, unknown> | null;
  return isId(input?.['complaintId']) ? [] : [issue('complaintId', 'must be a complaint id')];
}

function checkGroup(value: unknown): FieldIssue[] {
  const input = value as Record<string, unknown> | null;
  const issues: FieldIssue[] = [];
  const ids = input?.['complaintIds'];
  if (!Array.isArray(ids) || ids.length < 2 || ids.length > MAX_GROUP || !ids.every(isId) || new Set(ids).size !== ids.length) {
    issues.push(issue('complaintIds', `must list 2 to ${MAX_GROUP} different complaint ids`));
  }
  const title = input?.['title'];
  if (typeof title !== 'string' || title.trim() === '' || title.length > 200)
    issues.push(issue('title', 'must be a title of 1 to 200 characters'));
  if (input?.['workOrderId'] !== undefined && !isId(input['workOrderId'])) issues.push(issue('workOrderId', 'must be a work order id'));
  return issues;
}

function checkAnswer(value: unknown): FieldIssue[] {
  const input = value as Record<string, unknown> | null;
  const issues: FieldIssue[] = [];
  if (!isId(input?.['workOrderId'])) issues.push(issue('workOrderId', 'must be a work order id'));
  const message = input?.['message'];
  if (typeof message !== 'string' || message.trim() === '' || message.length > 10_000)
    issues.push(issue('message', 'must be a reply of 1 to 10,000 characters'));
  return issues;
}

function checkGroupedPayload(value: unknown): FieldIssue[] {
  const payload = value as Record<string, unknown> | null;
  const issues: FieldIssue[] = [];
  if (!isId(payload?.['workOrderId'])) issues.push(issue('workOrderId', 'must be a work order id'));
  if (typeof payload?.['title'] !== 'string' || payload['title'].trim() === '')
    issues.push(issue('title', 'must be the work order’s title'));
  return issues;
}

/**
 * Duplicate suggestions and work orders as a desk plugin (`PluginV2`). It keeps a duplicate index
 * (its read model: built in the desk's one pass over the history at start-up, kept current from every stored event) and adds three
 * commands, run through `desk.runPluginCommand(actor, 'duplicates', name, input)`:
 * - `suggest { complaintId }`: up to five open complaints of the same category nearby, with reasons;
 * - `group { complaintIds, title, workOrderId? }`: puts complaints under one work order (a
 *   `duplicates/grouped` event in each one's history); repeating it with the same `workOrderId` is a no-op;
 * - `answer { workOrderId, message }`: answers every open member once through the desk's `respond`,
 *   so each answer is authorised, reviewed by other plugins and delivered like any other; members
 *   already answered are skipped, so a retry after a crash finishes the job.
 * Merging a duplicate into another stays the desk's own `merge` command.
 */
export function duplicates(options: DuplicatesOptions = {}): PluginV2 & { readonly index: DuplicateIndex } {
  const index = createDuplicateIndex(options);
  let desk: PluginDeskV2 | undefined;
  let now = () => new Date();

  const group = async (actor: Actor, input: Record<string, unknown>) => {
    const ids = input['complaintIds'] as string[];
    const title = (input['title'] as string).trim();
    const workOrderId = (input['workOrderId'] as string | undefined) ?? `wo-${crypto.randomUUID()}`;
    if (!desk) throw new ClosedError('the duplicates plugin (not set up by a desk)');
    // Every member must be readable by the actor before any is grouped: nothing is half-written by a refusal.
    for (const id of ids) await desk.get(actor, id);
    for (const id of ids) {
      if (index.get(id)?.workOrderId === workOrderId) continue;
      const event = await desk.appendEvent({ complaintId: id, name: 'grouped', payload: { workOrderId, title }, actor });
      index.apply([event]);
    }
    return { workOrderId, members: ids };
  };

  const answer = async (actor: Actor, input: Record<string, unknown>): Promise<WorkOrderAnswer> => {
    const workOrderId = input['workOrderId'] as string;
    const members = index.members(workOrderId);
    if (members.length === 0) throw new NotFoundError('work order', workOrderId);
    if (!desk) throw new ClosedError('the duplicates plugin (not set up by a desk)');
    const responded: string[] = [];
    const skipped: { complaintId: string; reason: string }[] = [];
    for (const member of members) {
      if (!member.open) skipped.push({ complaintId: member.id, reason: 'closed' });
      else if (member.responded) skipped.push({ complaintId: member.id, reason: 'already answered' });
      else {
        try {
          await desk.run('respond', actor, { complaintId: member.id, message: input['message'] });
          responded.push(member.id);
        } catch (error) {
          if (!AduanError.isInstance(error)) throw error;
          skipped.push({ complaintId: member.id, reason: error.code });
        }
      }
    }
    return { workOrderId, responded, skipped };
  };

  return {
    specificationVersion: 'v2',
    name: 'duplicates',
    capabilities: { mayReject: false, sendsMessages: false },
    index,
    setup(context) {
      desk = context.desk;
      now = () => context.clock.now();
      context.registerEventType({ name: 'grouped', schemaVersion: 1, check: checkGroupedPayload });
      context.registerCommand({
        name: 'suggest',
        roles: ['coordinator', 'unit_officer', 'supervisor', 'auditor'],
        check: checkSuggest,
        run: async ({ actor, input }) => index.suggest(actor, input['complaintId'] as string, now()),
      });
      context.registerCommand({
        name: 'group',
        roles: ['coordinator', 'unit_officer'],
        check: checkGroup,
        run: ({ actor, input }) => group(actor, input),
      });
      context.registerCommand({
        name: 'answer',
        roles: ['coordinator', 'unit_officer'],
        check: checkAnswer,
        run: ({ actor, input }) => answer(actor, input),
      });
    },
    // Built in the desk's one start-up pass over the history, then kept current from every append.
    readModel: { reset: () => index.clear(), apply: (events) => index.apply(events) },
  };
}
