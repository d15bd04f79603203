import type { Actor, ComplaintSummary, IntakeDeskV1 } from '@aduan/spec';
import { formatDateWib, monthBounds, monthLabel } from '../wib.js';
import { ANSWERED, externalRefOf, NOT_ANSWERED, RECAP_REMARKS, recapUser } from './recap-labels.js';
import type { RecapMonth, RecapRow } from './recap-types.js';

/** The part of the desk the recap reads through: every row is scoped and redacted as the desk's own views. */
export type RecapDesk = Pick<IntakeDeskV1, 'list' | 'get'>;

export interface RecapContext {
  desk: RecapDesk;
  actor: Actor;
  unitNames: Readonly<Record<string, string>>;
  laporSystem: string;
  onlyLinked: boolean;
}

const PAGE = 500;

/** The complaints the actor may see that were received in the month, oldest first. */
async function complaintsOf(context: RecapContext, month: string): Promise<ComplaintSummary[]> {
  const { from, to } = monthBounds(month);
  const found: ComplaintSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await context.desk.list(context.actor, {
      createdFrom: new Date(from).toISOString(),
      createdTo: new Date(to).toISOString(),
      limit: PAGE,
      cursor,
    });
    found.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  // The desk lists newest first (ties by id descending): the recap numbers them oldest first.
  return found.reverse();
}

/** One month of the recap, each row read through `desk.get` as the actor. */
export async function recapMonth(context: RecapContext, month: string): Promise<RecapMonth> {
  const rows: RecapRow[] = [];
  for (const summary of await complaintsOf(context, month)) {
    const view = await context.desk.get(context.actor, summary.id);
    const laporId = externalRefOf(view, context.laporSystem);
    if (context.onlyLinked && laporId === null) continue;
    const receivedAt = Date.parse(view.createdAt);
    rows.push({
      no: rows.length + 1,
      receivedAt: view.createdAt,
      date: formatDateWib(receivedAt),
      trackingId: laporId ?? view.trackingNumber,
      laporLinked: laporId !== null,
      user: recapUser(view),
      title: view.title,
      stakeholder: view.unitId === null ? 'Belum didisposisikan' : (context.unitNames[view.unitId] ?? view.unitId),
      response: view.conversation.some((entry) => entry.kind === 'responded') ? ANSWERED : NOT_ANSWERED,
      remark: RECAP_REMARKS[view.status] ?? 'Sedang diproses',
    });
  }
  return { month, label: monthLabel(month), rows };
}
