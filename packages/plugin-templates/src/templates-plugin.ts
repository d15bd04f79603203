import {
  InvalidConfigError,
  InvalidInputError,
  NotFoundError,
  type AddEventsContextV2,
  type Clock,
  type ComplaintView,
  type FieldIssue,
  type PluginDeskV2,
  type PluginV2,
  type ReplyTemplateV1,
  type StoredEvent,
  type TemplateStoreV1,
} from '@aduan/spec';
import { checkTemplate } from './check-template.js';
import { type TemplateNaming, templateValues } from './template-values.js';
import { fillTemplate } from './template-syntax.js';

/** The plugin's name on the desk: commands `templates/save`, `offer`, `render`, `respond`, `record-use`. */
export const TEMPLATES_PLUGIN = 'templates';
/** Event types: a template used in an answer, and the automatic acknowledgement on receipt. */
export const TEMPLATE_USED = 'templates/used';
export const TEMPLATE_ACKNOWLEDGED = 'templates/acknowledged';

/** Default `maxTextLength` of the channels with little room; longer texts use the short form there. */
export const DEFAULT_CHANNEL_LIMITS: Readonly<Record<string, number>> = { sms: 160, whatsapp: 4_096 };

export interface TemplatesOptions extends TemplateNaming {
  store: TemplateStoreV1;
  /** Each channel's `maxTextLength`: a text longer than that uses the template's short form. Default {@link DEFAULT_CHANNEL_LIMITS}. */
  channelLimits?: Readonly<Record<string, number>>;
}

/** A template filled in for one complaint and one reader. */
export interface RenderedTemplate {
  templateId: string;
  templateVersion: number;
  text: string;
  /** Whether the short form was used (the full text is longer than the channel allows). */
  short: boolean;
}

const OFFICIALS = ['coordinator', 'unit_officer', 'supervisor'] as const;
/** The desk's own limit on an answer's length. */
const MAX_MESSAGE = 10_000;

const isUse = (event: StoredEvent) => event.type === TEMPLATE_USED || event.type === TEMPLATE_ACKNOWLEDGED;
const MAX_OFFERED = 500;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function fieldsIssues(value: unknown, fields: Record<string, 'text' | 'version' | 'optional-text'>): FieldIssue[] {
  const input = record(value);
  const issues: FieldIssue[] = Object.keys(input)
    .filter((key) => !(key in fields))
    .map((key) => ({ path: key, message: 'unknown field' }));
  for (const [path, kind] of Object.entries(fields)) {
    const field = input[path];
    if (kind === 'version' && !(Number.isInteger(field) && (field as number) >= 0))
      issues.push({ path, message: 'must be a whole number from 0' });
    if (kind === 'text' && (typeof field !== 'string' || field.length === 0 || field.length > 200))
      issues.push({ path, message: 'required' });
    if (kind === 'optional-text' && field !== undefined && (typeof field !== 'string' || field.length === 0 || field.length > 200)) {
      issues.push({ path, message: 'must be text of 1 to 200 characters when given' });
    }
  }
  return issues;
}

function checkOptions(options: TemplatesOptions): void {
  const issues: FieldIssue[] = [];
  if (options?.store?.specificationVersion !== 'v1') issues.push({ path: 'store', message: 'must be a TemplateStoreV1' });
  const authority = options?.authority;
  if (typeof authority !== 'function' && (typeof authority !== 'string' || authority.trim().length === 0)) {
    issues.push({ path: 'authority', message: 'must name the authority, e.g. "Pemerintah Kota Pekalongan"' });
  }
  for (const [channel, limit] of Object.entries(options?.channelLimits ?? {})) {
    if (!Number.isInteger(limit) || limit < 1) issues.push({ path: `channelLimits.${channel}`, message: 'must be a whole number from 1' });
  }
  if (issues.length > 0) throw new InvalidConfigError('templates plugin options', issues);
}

/** The resident's name as a reader's view of the complaint shows it. */
function visibleName(view: ComplaintView): string | undefined {
  const { complainant } = view;
  if (complainant.visibility === 'full') return complainant.identity?.name ?? undefined;
  if (complainant.visibility === 'name') return complainant.name ?? undefined;
  return undefined;
}

/**
 * Reply templates: per lifecycle stage and category, with `{variables}` (see `TEMPLATE_VARIABLES`)
 * checked when saved, a short form for channels with little room, inactive (seasonal) templates
 * kept but not offered, usage counted per use. A template marked `automatic` for stage `received`
 * is sent on receipt, in the receipt's append, stating the expected timeline.
 */
export function templates(options: TemplatesOptions): PluginV2 {
  checkOptions(options);
  const { store } = options;
  const limits = options.channelLimits ?? DEFAULT_CHANNEL_LIMITS;
  let clock: Clock | undefined;
  let desk: PluginDeskV2 | undefined;

  /** The template's text for a channel: the full one when it fits, else the short form when there is one. */
  function fill(template: ReplyTemplateV1, channel: string, values: Parameters<typeof fillTemplate>[1]): RenderedTemplate {
    const text = fillTemplate(template.body, values);
    const limit = limits[channel];
    const short = limit !== undefined && text.length > limit && template.shortBody !== null;
    return {
      templateId: template.id,
      templateVersion: template.version,
      text: short ? fillTemplate(template.shortBody!, values) : text,
      short,
    };
  }

  async function activeTemplate(id: string): Promise<ReplyTemplateV1> {
    const template = await store.doGet(id);
    if (!template) throw new NotFoundError('Template', id);
    if (!template.active)
      throw new InvalidInputError('templates/render input', [{ path: 'templateId', message: `template "${id}" is inactive` }]);
    return template;
  }

  /** The acknowledgement for a new complaint: its category's automatic template, else the one for every category. */
  async function acknowledgementFor(category: string | null): Promise<ReplyTemplateV1 | undefined> {
    const { items } = await store.doList({
      stage: 'received',
      automatic: true,
      active: true,
      appliesToCategory: category,
      limit: MAX_OFFERED,
    });
    return items.find((item) => item.category !== null) ?? items[0];
  }

  /** Counts one stored use; the store keys uses by event id, so counting an event again changes nothing. */
  async function countUse(event: StoredEvent): Promise<void> {
    try {
      await store.doRecordUse({ id: String(event.payload['templateId']), useId: event.id, at: event.at });
    } catch (error) {
      // A template deleted from the library since has nothing left to count.
      if (!NotFoundError.isInstance(error)) throw error;
    }
  }

  /**
   * The counts follow from the history: the use events are stored with the answer or the receipt, and
   * counting happens after the append, so a crash in between leaves a use uncounted. The desk's
   * start-up pass over the history counts each template's use events here (`replaying`); once it is
   * over, every template whose stored count is behind has its uses counted again (the store counts
   * each event once). After start-up every use is counted as it is stored.
   */
  const replayedUses = new Map<string, number>();
  let replaying = false;

  async function recountBehind(): Promise<void> {
    const behind = new Set<string>();
    for (const [id, count] of replayedUses) {
      const stored = await store.doGet(id);
      if (stored && stored.usageCount < count) behind.add(id);
    }
    replayedUses.clear();
    // Only after a crash: a second pass over the history counts the uses of the templates behind.
    if (behind.size === 0) return;
    await desk!.replay(async (events) => {
      for (const event of events) if (isUse(event) && behind.has(String(event.payload['templateId']))) await countUse(event);
    });
  }

  return {
    specificationVersion: 'v2',
    name: TEMPLATES_PLUGIN,
    // Every command: uses are counted from the events of any append (an answer, a receipt, a recorded use).
    capabilities: { mayReject: false, sendsMessages: true },

    setup(context) {
      clock = context.clock;
      desk = context.desk;
      const usedPayload = (value: unknown) => fieldsIssues(value, { templateId: 'text', templateVersion: 'version' });
      context.registerEventType({ name: 'used', schemaVersion: 1, check: usedPayload });
      context.registerEventType({ name: 'acknowledged', schemaVersion: 1, check: usedPayload, shownToComplainant: true });
      context.registerCommand({
        name: 'save',
        roles: ['coordinator'],
        check: (value) => {
          const { template, ...rest } = record(value);
          return [...fieldsIssues(rest, { expectedVersion: 'version' }), ...checkTemplate(template)];
        },
        run: ({ actor, input }) =>
          store.doSave({
            template: input['template'] as ReplyTemplateV1,
            expectedVersion: input['expectedVersion'] as number,
            at: clock!.now().toISOString(),
            by: actor.id,
          }),
      });
      context.registerCommand({
        name: 'offer',
        roles: OFFICIALS,
        check: (value) => fieldsIssues(value, { complaintId: 'text' }),
        run: async ({ complaint }) =>
          (await store.doList({ stage: complaint!.status, appliesToCategory: complaint!.category, active: true, limit: MAX_OFFERED }))
            .items,
      });
      context.registerCommand({
        name: 'render',
        roles: OFFICIALS,
        check: (value) => fieldsIssues(value, { complaintId: 'text', templateId: 'text', channel: 'optional-text' }),
        run: async ({ actor, input, desk }): Promise<RenderedTemplate> => {
          const template = await activeTemplate(input['templateId'] as string);
          // Through the actor's own view: the resident's name only when this reader may see it.
          const view = await desk.get(actor, input['complaintId'] as string);
          const values = templateValues(options, {
            complaint: view,
            residentName: visibleName(view),
            expectedResolutionAt: view.expectedResolutionAt,
            now: clock!.now(),
          });
          return fill(template, (input['channel'] as string | undefined) ?? view.channel, values);
        },
      });
      context.registerCommand({
        name: 'respond',
        roles: OFFICIALS,
        check: (value) => {
          const { message, expectedVersion, ...rest } = record(value);
          const issues = fieldsIssues(rest, { complaintId: 'text', templateId: 'text' });
          if (typeof message !== 'string' || message.trim() === '' || message.length > MAX_MESSAGE)
            issues.push({ path: 'message', message: `must be the answer, 1 to ${MAX_MESSAGE.toLocaleString('en')} characters` });
          if (expectedVersion !== undefined && !(Number.isInteger(expectedVersion) && (expectedVersion as number) >= 1))
            issues.push({ path: 'expectedVersion', message: 'must be a whole number from 1 when given' });
          return issues;
        },
        run: async ({ actor, input, complaint, desk }) => {
          const template = await activeTemplate(input['templateId'] as string);
          const { message, expectedVersion } = input;
          // The use is stored in the answer's own append: an answer is never in the history without it, nor it without the answer.
          return desk.run(
            'respond',
            actor,
            { complaintId: complaint!.id, message, ...(expectedVersion === undefined ? {} : { expectedVersion }) },
            { events: [{ name: 'used', payload: { templateId: template.id, templateVersion: template.version }, actor }] },
          );
        },
      });
      context.registerCommand({
        name: 'record-use',
        roles: OFFICIALS,
        check: (value) => fieldsIssues(value, { complaintId: 'text', templateId: 'text' }),
        run: async ({ actor, input, complaint, desk }) => {
          const template = await activeTemplate(input['templateId'] as string);
          return desk.appendEvent({
            complaintId: complaint!.id,
            name: 'used',
            payload: { templateId: template.id, templateVersion: template.version },
            actor,
          });
        },
      });
    },

    readModel: {
      reset() {
        replayedUses.clear();
        replaying = true;
      },
      async apply(events) {
        for (const event of events) {
          if (!isUse(event)) continue;
          if (!replaying) await countUse(event);
          else {
            const id = String(event.payload['templateId']);
            replayedUses.set(id, (replayedUses.get(id) ?? 0) + 1);
          }
        }
      },
      async replayed() {
        replaying = false;
        await recountBehind();
      },
    },

    async addEvents({ command, complaint, identity, timeline }: AddEventsContextV2) {
      if (command !== 'receive' || complaint.complainantId === null) return undefined;
      const template = await acknowledgementFor(complaint.category);
      if (!template) return undefined;
      // The resident reads their own acknowledgement, so their own name is theirs to see (anonymity hides it from others).
      const name = (await identity())?.name ?? undefined;
      const values = templateValues(options, {
        complaint,
        residentName: name,
        expectedResolutionAt: timeline().expectedResolutionAt,
        now: clock!.now(),
      });
      const rendered = fill(template, complaint.channel, values);
      return [
        {
          name: 'acknowledged',
          payload: { templateId: template.id, templateVersion: template.version },
          outbox: [{ body: rendered.text }],
        },
      ];
    },
  };
}
