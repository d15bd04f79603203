import type { OutboundMessageV1, SendResultV1 } from '@aduan/spec';
import { postMessage } from './graph-client.js';
import type { ResolvedOptions } from './options.js';
import { isWindowOpen } from './reply-window.js';

/** WhatsApp's limit for one text message body; the outbox relay splits longer replies. */
export const MAX_TEXT_LENGTH = 4096;

function textMessage(message: OutboundMessageV1): Record<string, unknown> {
  return { to: message.to, type: 'text', text: { body: message.text, preview_url: false } };
}

function templateMessage(options: ResolvedOptions, message: OutboundMessageV1): Record<string, unknown> {
  const { name, language, parameters } = options.template;
  const values = parameters({ text: message.text, complaintId: message.complaintId });
  const components = values.length === 0 ? undefined : [{ type: 'body', parameters: values.map((text) => ({ type: 'text', text })) }];
  return { to: message.to, type: 'template', template: { name, language: { code: language }, ...(components ? { components } : {}) } };
}

/**
 * Sends one reply: free text inside the customer-service window, the approved template outside
 * it. A key already sent answers with its message id and sends nothing, so retries are safe. A
 * crash between Graph's answer and `idempotencyStore.set` can still send twice: Graph has no
 * idempotency key of its own, so that gap cannot be closed from here.
 */
export async function sendMessage(options: ResolvedOptions, message: OutboundMessageV1): Promise<SendResultV1> {
  const done = await options.idempotencyStore.get(message.idempotencyKey);
  if (done !== undefined) return { ok: true, providerMessageId: done };
  if (message.text.length > MAX_TEXT_LENGTH) {
    // Never truncate a public answer: the relay splits by capabilities.maxTextLength before calling.
    return { ok: false, retryable: false, error: `reply of ${message.text.length} characters exceeds WhatsApp's ${MAX_TEXT_LENGTH}` };
  }
  const request = (await isWindowOpen(options, message)) ? textMessage(message) : templateMessage(options, message);
  const outcome = await postMessage(options, request);
  if (!outcome.ok) return { ok: false, retryable: outcome.retryable, error: outcome.error };
  await options.idempotencyStore.set(message.idempotencyKey, outcome.messageId);
  return { ok: true, providerMessageId: outcome.messageId };
}
