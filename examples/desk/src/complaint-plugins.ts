import type { Desk } from '@aduan/core';
import type { DuplicateSuggestion } from '@aduan/plugin-duplicates';
import { type PendingDraft, pendingDraft } from '@aduan/plugin-sign-off';
import type { RenderedTemplate } from '@aduan/plugin-templates';
import { NotFoundError, type Actor, type ComplaintView, type ReplyTemplateV1, type StoredEvent } from '@aduan/spec';
import { allowedActions, type SignOffState } from './allowed-actions.js';
import type { PluginName } from './plugin-names.js';

/** Which plugins the desk runs, as the pages need to know them (the same settings `createDeskPlugins` read). */
export interface DeskPluginSettings {
  names: readonly PluginName[];
  /** Units whose answers need approval (sign-off). */
  signOffUnits: readonly string[];
}

/** A template offered on the answer form, filled in for this complaint and this reader. */
export interface OfferedTemplate {
  template: Pick<ReplyTemplateV1, 'id' | 'name'>;
  rendered: RenderedTemplate;
}

/** The work order a complaint belongs to, from its `duplicates/grouped` events. */
export interface WorkOrderMembership {
  workOrderId: string;
  title: string;
}

/** What the switched-on plugins add to one complaint's page, read through the desk as the officer. */
export interface ComplaintPlugins {
  signOff: SignOffState;
  /** The draft waiting for approval, shown to the unit's own officers only. */
  pendingDraft: PendingDraft | undefined;
  /** Templates for the answer form (empty when templates are off or nothing may be answered now). */
  templates: OfferedTemplate[];
  /** The template the officer chose to start from, filled in. */
  chosenTemplate: RenderedTemplate | undefined;
  /** Duplicate suggestions; undefined when the plugin is off. */
  suggestions: DuplicateSuggestion[] | undefined;
  workOrder: WorkOrderMembership | undefined;
}

/** At most this many templates are rendered on one page: an answer form is no catalogue. */
const MAX_TEMPLATES = 10;

/** The last work order the history put the complaint under (grouping again with another id moves it). */
export function workOrderOf(history: readonly StoredEvent[]): WorkOrderMembership | undefined {
  let found: WorkOrderMembership | undefined;
  for (const event of history) {
    if (event.type !== 'duplicates/grouped') continue;
    const { workOrderId, title } = event.payload as Record<string, unknown>;
    if (typeof workOrderId === 'string' && typeof title === 'string') found = { workOrderId, title };
  }
  return found;
}

/**
 * Reads what the plugins show on a complaint's page: the sign-off state (and the pending draft,
 * for the unit's own officers), the templates that fit its category and stage rendered for this
 * reader (`templates/offer` and `templates/render`), the duplicate suggestions (`duplicates/suggest`,
 * unit-scoped by the plugin) and the work order it belongs to. Everything goes through the desk.
 */
export async function readComplaintPlugins(
  desk: Desk,
  actor: Actor,
  complaint: ComplaintView,
  history: readonly StoredEvent[],
  settings: DeskPluginSettings,
  chosenTemplateId: string | undefined,
  now: Date,
): Promise<ComplaintPlugins> {
  const on = (name: PluginName) => settings.names.includes(name);
  const required = on('sign-off') && complaint.unitId !== null && settings.signOffUnits.includes(complaint.unitId);
  const draft = required ? pendingDraft(history) : undefined;
  const ownUnit = actor.unitId !== undefined && actor.unitId === complaint.unitId;
  const signOff: SignOffState = draft ? { required, pendingDraftBy: draft.by.id } : { required };

  let templates: OfferedTemplate[] = [];
  let chosenTemplate: RenderedTemplate | undefined;
  // Templates only where this officer is offered an answer (or a draft) now.
  const mayAnswer = allowedActions(actor, complaint, now, signOff).some((action) => action === 'respond' || action === 'submitDraft');
  if (on('templates') && mayAnswer) {
    const render = (templateId: string) =>
      desk.runPluginCommand(actor, 'templates', 'render', { complaintId: complaint.id, templateId }) as Promise<RenderedTemplate>;
    const offered = ((await desk.runPluginCommand(actor, 'templates', 'offer', { complaintId: complaint.id })) as ReplyTemplateV1[])
      .filter((template) => !template.automatic)
      .slice(0, MAX_TEMPLATES);
    templates = await Promise.all(
      offered.map(async (template) => ({ template: { id: template.id, name: template.name }, rendered: await render(template.id) })),
    );
    if (chosenTemplateId !== undefined) chosenTemplate = templates.find((t) => t.template.id === chosenTemplateId)?.rendered;
  }

  // The index holds open complaints only: a closed one has nothing to suggest.
  const suggestions = on('duplicates')
    ? await (desk.runPluginCommand(actor, 'duplicates', 'suggest', { complaintId: complaint.id }) as Promise<DuplicateSuggestion[]>).catch(
        (error: unknown) => {
          if (NotFoundError.isInstance(error)) return [];
          throw error;
        },
      )
    : undefined;
  return {
    signOff,
    pendingDraft: ownUnit ? draft : undefined,
    templates,
    chosenTemplate,
    suggestions,
    workOrder: on('duplicates') ? workOrderOf(history) : undefined,
  };
}
