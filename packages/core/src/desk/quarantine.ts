import { createHash } from 'node:crypto';
import type { Actor, QuarantinedInbound } from '@aduan/spec';
import { z } from 'zod';
import { actorSchema, idString, text } from '../schemas/common.js';
import { canonicalJson } from '../support/canonical-json.js';
import { contactKeyOf } from '../support/contact-key.js';
import { parseInput } from '../support/parse.js';
import { authorizeQuarantine } from './authorization.js';
import type { DeskRuntime } from './runtime.js';

const pageSchema = z
  .object({
    cursor: text().min(1).max(1_000).optional(),
    /** 1..500, default 50. */
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();

/** Quarantined inbound messages, newest first: coordinators only. */
export async function listQuarantine(
  runtime: DeskRuntime,
  rawActor: Actor,
  rawQuery: z.input<typeof pageSchema> = {},
): Promise<{ items: QuarantinedInbound[]; nextCursor: string | null }> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  authorizeQuarantine(actor, 'listQuarantine');
  return runtime.store.doListQuarantine(parseInput(pageSchema, rawQuery, 'quarantine page', runtime.language));
}

/** Removes a quarantined message once an officer has dealt with it; true when it existed. Coordinators only. */
export async function discardQuarantined(runtime: DeskRuntime, rawActor: Actor, id: string): Promise<boolean> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  authorizeQuarantine(actor, 'discardQuarantined');
  return runtime.store.doDiscardQuarantined(parseInput(idString, id, 'quarantine id', runtime.language));
}

/**
 * A JSON copy of what a channel handed over, fit for any store: NUL characters (which PostgreSQL
 * text cannot hold, and which are a common reason for the refusal) become U+FFFD, and whatever
 * JSON cannot carry is dropped.
 */
function storableCopy(value: unknown): Record<string, unknown> {
  const json = JSON.stringify(value ?? null, (_key, member: unknown) =>
    typeof member === 'string' ? member.replaceAll('\u0000', '\uFFFD') : member,
  );
  const copy: unknown = json === undefined ? null : JSON.parse(json);
  return copy !== null && typeof copy === 'object' && !Array.isArray(copy) ? (copy as Record<string, unknown>) : { value: copy };
}

const stringOr = (value: unknown, fallback: string): string => (typeof value === 'string' && value.trim() !== '' ? value : fallback);

/** An instant in `toISOString` form, or `fallback` when `value` is none. */
function instantOr(value: unknown, fallback: string): string {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? fallback : new Date(ms).toISOString();
}

/**
 * The quarantine entry of a message the desk refused. Built from whatever the channel handed
 * over, however malformed: a message without a usable id is keyed by the hash of its content, so
 * a redelivery still lands on the same entry.
 */
export function quarantineEntry(runtime: DeskRuntime & { pseudonymKey: string }, raw: unknown, reason: string): QuarantinedInbound {
  const message = storableCopy(raw);
  const now = runtime.clock.now().toISOString();
  const channel = stringOr(message['channel'], 'unknown').slice(0, 40);
  const given = message['messageId'];
  const messageId =
    typeof given === 'string' && given.trim() !== '' && given.length <= 200
      ? given
      : `sha256:${createHash('sha256').update(canonicalJson(message)).digest('hex')}`;
  return {
    id: runtime.newId(),
    channel,
    messageId,
    contactKey: contactKeyOf(runtime.pseudonymKey, channel, stringOr(message['senderAddress'], '')),
    receivedAt: instantOr(message['receivedAt'], now),
    quarantinedAt: now,
    reason,
    message,
  };
}
