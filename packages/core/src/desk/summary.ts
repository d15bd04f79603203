import type {
  AttachmentRef,
  ComplainantView,
  ComplaintProjection,
  ComplaintSummary,
  ComplaintView,
  ConversationEntry,
  IdentityVisibility,
  Location,
  StoredEvent,
} from '@aduan/spec';
import { REDACTED } from './redaction.js';

/**
 * A projection as a reader sees it: no machine internals, complainant id masked unless fully
 * visible. Built member by member: a rest spread over a frozen projection of this size is V8's
 * slow generic path, and every command answers with a summary.
 */
export function summaryOf(p: ComplaintProjection, visibility: IdentityVisibility): ComplaintSummary {
  return {
    id: p.id,
    trackingNumber: p.trackingNumber,
    version: p.version,
    status: p.status,
    channel: p.channel,
    classification: p.classification,
    category: p.category,
    title: p.title,
    unitId: p.unitId,
    escalationLevel: p.escalationLevel,
    complainantId: visibility === 'full' ? p.complainantId : REDACTED,
    anonim: p.anonim,
    rahasia: p.rahasia,
    mergedInto: p.mergedInto,
    kelurahan: p.kelurahan,
    geo: p.geo,
    externalRefs: p.externalRefs,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    deadline: p.deadline,
    dueAt: p.dueAt,
  };
}

const CONVERSATION_KINDS: Record<string, ConversationEntry['kind']> = {
  'complaint-info-requested': 'info-requested',
  'complaint-info-provided': 'info-provided',
  'complaint-follow-up-received': 'follow-up',
  'complaint-responded': 'responded',
};

/** What the view adds from the deadline policy at the moment of reading. */
export interface ViewDeadlines {
  clocks: ComplaintView['clocks'];
  expectedResolutionAt: string | null;
}

/**
 * The full view from the summary and the events: the conversation in order, and the place of the
 * complaint (the intake's location, else the first one the complainant sent later).
 */
export function viewOf(
  summary: ComplaintSummary,
  events: readonly StoredEvent[],
  complainant: ComplainantView,
  deadlines: ViewDeadlines,
): ComplaintView {
  const received = events[0]?.payload ?? {};
  const conversation: ConversationEntry[] = [];
  let location = (received['location'] as Location | undefined) ?? null;
  for (const event of events) {
    const kind = CONVERSATION_KINDS[event.type];
    if (!kind) continue;
    conversation.push({
      at: event.at,
      kind,
      message: String(event.payload['message']),
      attachments: (event.payload['attachments'] as AttachmentRef[] | undefined) ?? [],
    });
    location ??= (event.payload['location'] as Location | undefined) ?? null;
  }
  return {
    ...summary,
    description: String(received['description'] ?? ''),
    location,
    occurredAt: (received['occurredAt'] as string | undefined) ?? null,
    attachments: (received['attachments'] as AttachmentRef[] | undefined) ?? [],
    conversation,
    complainant,
    clocks: deadlines.clocks,
    expectedResolutionAt: deadlines.expectedResolutionAt,
  };
}
