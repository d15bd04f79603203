import {
  InvalidConfigError,
  InvalidInputError,
  type Actor,
  type ComplaintProjection,
  type OutboxMessage,
  type PluginEventDraftV2,
  type PluginV2,
  type StoredEvent,
} from '@aduan/spec';
import { actorSchema, nonEmptyText } from '../schemas/common.js';
import { sealEvent } from '../support/hash-chain.js';
import { parseInput } from '../support/parse.js';
import { PLUGIN_SEPARATOR } from '../support/plugin-event-type.js';
import type { DeskRuntime } from './runtime.js';

/** A plugin event checked against its declaration, waiting for its place in a stream. */
export interface PendingPluginEvent {
  /** The full type, `<plugin>/<event>`. */
  type: string;
  schemaVersion: number;
  actor: Actor;
  payload: Record<string, unknown>;
  outbox: readonly string[];
}

/** Largest payload a plugin event may carry, as JSON: events are read on every command and every history. */
const MAX_PAYLOAD_CHARACTERS = 64 * 1024;
const MAX_MESSAGES = 5;
const messageBody = nonEmptyText(10_000);

/** The plugin's own system actor. */
export const pluginActor = (plugin: PluginV2): Actor => ({ id: `plugin:${plugin.name}`, role: 'system' });

/**
 * The payload as it will be read back: a JSON round trip, so that what is hashed now is exactly
 * what a store returns later (a `Date` becomes its ISO text, `undefined` members go).
 */
function storedForm(payload: unknown, type: string): Record<string, unknown> {
  const json = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? JSON.stringify(payload) : undefined;
  if (json === undefined) throw new InvalidInputError(`${type} event`, [{ path: 'payload', message: 'must be a JSON object' }]);
  if (json.length > MAX_PAYLOAD_CHARACTERS) {
    throw new InvalidInputError(`${type} event`, [
      { path: 'payload', message: `must be at most ${MAX_PAYLOAD_CHARACTERS} characters as JSON` },
    ]);
  }
  return JSON.parse(json) as Record<string, unknown>;
}

/**
 * Checks a plugin's event draft against what the plugin declared at setup: a registered name, a
 * payload its check accepts, a valid actor, and outbox messages only from a plugin that declares
 * `sendsMessages`. Throws `invalid_input` naming what is wrong.
 */
export function pendingPluginEvent(runtime: DeskRuntime, plugin: PluginV2, draft: PluginEventDraftV2): PendingPluginEvent {
  const type = `${plugin.name}${PLUGIN_SEPARATOR}${draft?.name}`;
  const registered = runtime.registry.eventType(type);
  if (typeof draft?.name !== 'string' || registered?.plugin !== plugin) {
    throw new InvalidInputError('plugin event', [
      { path: 'name', message: `plugin "${plugin.name}" registered no event "${draft?.name}"` },
    ]);
  }
  const payload = storedForm(draft.payload, type);
  const issues = registered.type.check(payload);
  if (issues.length > 0) throw new InvalidInputError(`${type} event`, issues);
  const actor = draft.actor === undefined ? pluginActor(plugin) : parseInput(actorSchema, draft.actor, `${type} actor`, runtime.language);
  const messages = draft.outbox ?? [];
  if (messages.length > 0 && !plugin.capabilities.sendsMessages) {
    throw new InvalidConfigError('plugin', [
      {
        path: `${plugin.name}.capabilities.sendsMessages`,
        message: 'the plugin wrote an outbox message although it declares it sends none',
      },
    ]);
  }
  if (!Array.isArray(messages) || messages.length > MAX_MESSAGES) {
    throw new InvalidInputError(`${type} event`, [{ path: 'outbox', message: `must be a list of at most ${MAX_MESSAGES} messages` }]);
  }
  const outbox = messages.map((message, index) => parseInput(messageBody, message?.body, `${type} outbox.${index}.body`, runtime.language));
  return { type, schemaVersion: registered.type.schemaVersion, actor, payload, outbox };
}

/** Seals pending plugin events after `prevHash`, from stream version `fromVersion`, all at `at`. */
export function sealPluginEvents(
  runtime: DeskRuntime,
  complaintId: string,
  pending: readonly PendingPluginEvent[],
  at: string,
  fromVersion: number,
  prevHash: string,
): StoredEvent[] {
  const sealed: StoredEvent[] = [];
  for (const [index, event] of pending.entries()) {
    const stored = sealEvent(
      {
        id: runtime.newId(),
        complaintId,
        version: fromVersion + index,
        type: event.type,
        schemaVersion: event.schemaVersion,
        at,
        actor: event.actor,
        payload: event.payload,
      },
      sealed.at(-1)?.hash ?? prevHash,
    );
    sealed.push(stored);
  }
  return sealed;
}

/**
 * The outbox rows of a sealed plugin event: to the complaint's resident on its channel. The event
 * names the idempotency key (`<complaint>:<version>`, then `.2`, `.3` for further messages), so a
 * retry never sends one twice.
 */
export function pluginOutboxRows(
  runtime: DeskRuntime,
  complaint: Pick<ComplaintProjection, 'channel' | 'complainantId'>,
  event: StoredEvent,
  bodies: readonly string[],
): OutboxMessage[] {
  return bodies.map((body, index) => ({
    id: runtime.newId(),
    complaintId: event.complaintId,
    channel: complaint.channel,
    complainantId: complaint.complainantId,
    body,
    idempotencyKey: index === 0 ? `${event.complaintId}:${event.version}` : `${event.complaintId}:${event.version}.${index + 1}`,
    createdAt: event.at,
  }));
}
