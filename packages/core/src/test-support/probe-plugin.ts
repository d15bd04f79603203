/**
 * A small PluginV2 for the core's own tests: it declares a few event types and commands and
 * hands the test its view of the desk, so tests drive the V2 contract through its public API.
 */
import type {
  AddEventsContextV2,
  AfterEventsContextV2,
  BeforeCommandContextV2,
  BeforeCommandResult,
  FieldIssue,
  InboundContextV2,
  InboundClaimV2,
  PluginDeskV2,
  PluginEventDraftV2,
  PluginSweepContextV2,
  PluginSweepReportV2,
  PluginV2,
} from '@aduan/spec';

/** Accepts `{ text: string }` (1..200 characters) and nothing else. */
function textPayload(value: unknown): FieldIssue[] {
  const record = value as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  if (typeof record['text'] !== 'string' || record['text'].length === 0 || record['text'].length > 200)
    issues.push({ path: 'text', message: 'must be 1 to 200 characters' });
  for (const key of Object.keys(record)) if (key !== 'text' && key !== 'note') issues.push({ path: key, message: 'unknown field' });
  return issues;
}

export interface ProbeHooks {
  beforeCommand?: (context: BeforeCommandContextV2) => BeforeCommandResult;
  addEvents?: (
    context: AddEventsContextV2,
  ) => readonly PluginEventDraftV2[] | undefined | Promise<readonly PluginEventDraftV2[] | undefined>;
  afterEvents?: (context: AfterEventsContextV2) => void;
  claimInbound?: (context: InboundContextV2) => Promise<InboundClaimV2 | undefined>;
  sweep?: (context: PluginSweepContextV2) => Promise<PluginSweepReportV2>;
  close?: () => Promise<void>;
  setup?: () => Promise<void>;
}

export interface ProbePlugin extends PluginV2 {
  /** The plugin's view of the desk, once the desk has set it up. */
  desk(): PluginDeskV2;
}

/**
 * Event types: `noted` (`{ text }`, internal), `told` (`{ text }`, shown to the complainant),
 * `whispered` (`{ text, note }`, `note` personal), `secret` (wholly personal). Command: `note`
 * (`{ complaintId, text, expectedVersion? }`, coordinators and unit officers) appends `noted`.
 */
export function probePlugin(name = 'probe', hooks: ProbeHooks = {}, capabilities: Partial<PluginV2['capabilities']> = {}): ProbePlugin {
  let desk: PluginDeskV2 | undefined;
  return {
    specificationVersion: 'v2',
    name,
    capabilities: { mayReject: true, sendsMessages: true, ...capabilities },
    async setup(context) {
      await hooks.setup?.();
      desk = context.desk;
      context.registerEventType({ name: 'noted', schemaVersion: 1, check: textPayload });
      context.registerEventType({ name: 'told', schemaVersion: 1, check: textPayload, shownToComplainant: true });
      context.registerEventType({ name: 'whispered', schemaVersion: 2, check: textPayload, personal: ['note'], shownToComplainant: true });
      context.registerEventType({ name: 'secret', schemaVersion: 1, check: textPayload, personal: true });
      context.registerCommand({
        name: 'note',
        roles: ['coordinator', 'unit_officer'],
        check: (value) => {
          const { complaintId, expectedVersion, ...rest } = value as Record<string, unknown>;
          const issues = textPayload(rest);
          if (typeof complaintId !== 'string') issues.push({ path: 'complaintId', message: 'required' });
          if (expectedVersion !== undefined && typeof expectedVersion !== 'number')
            issues.push({ path: 'expectedVersion', message: 'number' });
          return issues;
        },
        run: async ({ actor, input, complaint, desk: own }) =>
          own.appendEvent({ complaintId: complaint!.id, name: 'noted', payload: { text: input['text'] }, actor }),
      });
    },
    ...(hooks.beforeCommand ? { beforeCommand: hooks.beforeCommand } : {}),
    ...(hooks.addEvents ? { addEvents: hooks.addEvents } : {}),
    ...(hooks.afterEvents ? { afterEvents: hooks.afterEvents } : {}),
    ...(hooks.claimInbound ? { claimInbound: hooks.claimInbound } : {}),
    ...(hooks.sweep ? { sweep: hooks.sweep } : {}),
    ...(hooks.close ? { close: hooks.close } : {}),
    desk() {
      if (!desk) throw new Error('the probe plugin has not been set up');
      return desk;
    },
  };
}
