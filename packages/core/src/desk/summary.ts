import type { AttachmentRef, ComplaintProjection, Location, StoredEvent } from '@aduan/spec';
import { REDACTED, type ComplainantView, type IdentityVisibility } from './redaction.js';

/** A complaint's row as a reader sees it: no machine internals, complainant id masked unless visible. */
export type ComplaintSummary = Omit<ComplaintProjection, 'machine' | 'lastEventHash'>;

export function summaryOf(projection: ComplaintProjection, visibility: IdentityVisibility): ComplaintSummary {
  const { machine: _machine, lastEventHash: _hash, ...summary } = projection;
  return visibility === 'full' ? summary : { ...summary, complainantId: REDACTED };
}

/** One exchange in the complaint's conversation, in order. */
export interface ConversationEntry {
  at: string;
  kind: 'info-requested' | 'info-provided' | 'follow-up' | 'responded';
  message: string;
  attachments: AttachmentRef[];
}

/** The full complaint for a reader allowed to see it. */
export interface ComplaintView extends ComplaintSummary {
  description: string;
  location: Location | null;
  occurredAt: string | null;
  attachments: AttachmentRef[];
  conversation: ConversationEntry[];
  complainant: ComplainantView;
}

const CONVERSATION_KINDS: Record<string, ConversationEntry['kind']> = {
  'complaint-info-requested': 'info-requested',
  'complaint-info-provided': 'info-provided',
  'complaint-follow-up-received': 'follow-up',
  'complaint-responded': 'responded',
};

export function viewOf(summary: ComplaintSummary, events: readonly StoredEvent[], complainant: ComplainantView): ComplaintView {
  const received = events[0]?.payload ?? {};
  const conversation: ConversationEntry[] = [];
  for (const event of events) {
    const kind = CONVERSATION_KINDS[event.type];
    if (!kind) continue;
    conversation.push({
      at: event.at,
      kind,
      message: String(event.payload['message']),
      attachments: (event.payload['attachments'] as AttachmentRef[] | undefined) ?? [],
    });
  }
  return {
    ...summary,
    description: String(received['description'] ?? ''),
    location: (received['location'] as Location | undefined) ?? null,
    occurredAt: (received['occurredAt'] as string | undefined) ?? null,
    attachments: (received['attachments'] as AttachmentRef[] | undefined) ?? [],
    conversation,
    complainant,
  };
}
