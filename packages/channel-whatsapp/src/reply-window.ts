import type { OutboundMessageV1 } from '@aduan/spec';
import type { ResolvedOptions } from './options.js';

/**
 * True while free text may be sent: the resident wrote within the window. The caller's
 * `lastInboundAt` (the relay reads it from the stored complaint) decides when given, so every app
 * instance decides alike; the adapter's own tracking only fills in when the caller knows nothing.
 * Unknown means closed: WhatsApp accepts free text outside the window and then drops it (131047),
 * while a template always arrives.
 */
export async function isWindowOpen(options: ResolvedOptions, message: OutboundMessageV1): Promise<boolean> {
  const given = message.lastInboundAt === undefined ? undefined : Date.parse(message.lastInboundAt);
  const last = given !== undefined && !Number.isNaN(given) ? given : (await options.windowTracker.lastInboundAt(message.to))?.getTime();
  return last !== undefined && options.clock.now().getTime() - last < options.replyWindowMs;
}
