import type { OutboxMessage, StoredEvent } from '@aduan/spec';
import type { ComplaintContext } from '@aduan/spec';

/**
 * Messages the complainant must receive because of an event: the information request and the
 * unit's answer. They leave through the outbox, written with the event, so none is lost or sent
 * without its event. The event id is the idempotency key: one event, at most one delivery.
 */
export function outboxMessagesFor(event: StoredEvent, context: Readonly<ComplaintContext>, newId: () => string): OutboxMessage[] {
  const body =
    event.type === 'complaint-info-requested' || event.type === 'complaint-responded' ? String(event.payload['message']) : undefined;
  if (body === undefined) return [];
  return [
    {
      id: newId(),
      complaintId: event.complaintId,
      channel: context.channel,
      complainantId: context.complainantId,
      body,
      idempotencyKey: `${event.complaintId}:${event.version}`,
      createdAt: event.at,
    },
  ];
}
