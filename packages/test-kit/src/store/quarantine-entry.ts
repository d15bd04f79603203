import type { QuarantinedInbound } from '@aduan/spec';
import { at, uniqueId } from './suite-context.js';

/** A refused inbound message as a channel would quarantine it: the resident's full words and address key. */
export function quarantineEntry(overrides: Partial<QuarantinedInbound> = {}): QuarantinedInbound {
  const messageId = uniqueId('wamid');
  return {
    id: uniqueId('qi'),
    channel: 'whatsapp',
    messageId,
    contactKey: uniqueId('ck'),
    receivedAt: at(0),
    quarantinedAt: at(1),
    reason: 'description: must be at most 10000 characters',
    message: { from: 'pseudonym', text: 'Jalan rusak di depan SD — "tolong" segera 🙏', parts: [1, 2], nested: { ok: true, none: null } },
    ...overrides,
  };
}
