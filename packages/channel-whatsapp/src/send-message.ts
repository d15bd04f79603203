import type { OutboundMessageV1, SendResultV1 } from '@aduan/spec';
import { postMessage } from './graph-client.js';
import type { ResolvedOptions } from './options.js';

/** WhatsApp's limit for one text message body; the outbox relay splits longer replies. */
export const MAX_TEXT_LENGTH = 4096;

function textMessage(message: OutboundMessageV1): Record<string, unknown> & { to: string } {
  return { to: message.to, type: 'text', text: { body: message.text, preview_url: false } };
}

function templateMessage(options: ResolvedOptions, message: OutboundMessageV1): Record<string, unknown> & { to: string } {
  const { name, language, parameters } = options.template;
  const values = parameters({ text: message.text, complaintId: message.complaintId });
  const components = values.length === 0 ? undefined : [{ type: 'body', parameters: values.map((text) => ({ type: 'text', text })) }];
  return { to: message.to, type: 'template', template: { name, language: { code: language }, ...(components ? { components } : {}) } };
}

/**
 * Sends one reply through the send ledger: free text inside the customer-service window, the
 * approved template outside it. The ledger makes a key reach Graph at most once; a call whose
 * outcome is unknown is answered `in_doubt` and not sent again automatically.
 */
export async function sendMessage(options: ResolvedOptions, message: OutboundMessageV1): Promise<SendResultV1> {
  if (message.text.length > MAX_TEXT_LENGTH) {
    // Never truncate a public answer: the relay splits by capabilities.maxTextLength before calling.
    return {
      ok: false,
      retryable: false,
      code: 'too_long',
      error: `reply of ${message.text.length} characters exceeds WhatsApp's ${MAX_TEXT_LENGTH}`,
    };
  }
  return options.ledger.send(message.idempotencyKey, async () => {
    // Decided inside the claim, so a retry after the window closed sends the template.
    let open: boolean;
    try {
      open = await options.window.isOpen(message.to, message.lastInboundAt);
    } catch (error) {
      return { outcome: 'refused', retryable: true, error: `the channel state failed before sending, nothing was sent: ${String(error)}` };
    }
    return postMessage(options, open ? textMessage(message) : templateMessage(options, message));
  });
}
