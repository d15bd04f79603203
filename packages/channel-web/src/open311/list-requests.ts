import type { ComplaintSummary, ListQuery } from '@aduan/core';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '@aduan/spec';
import { mapLimited } from '../support/map-limited.js';
import { findComplaint } from './find-complaint.js';
import type { Open311Context } from './open311-options.js';
import type { Open311Record } from './render.js';
import { CLOSED_STATUSES, requestRecord } from './request-record.js';
import { MAX_REQUESTS, type RequestsQuery } from './requests-query.js';

/** Parallel detail reads per call: enough to hide latency, few enough to spare the database. */
const READ_CONCURRENCY = 8;
const PAGE_SIZE = 500;

function deskStatuses(statuses: readonly ('open' | 'closed')[] | undefined): ComplaintStatus[] | undefined {
  if (!statuses || statuses.length === 2) return undefined;
  return statuses[0] === 'closed' ? [...CLOSED_STATUSES] : COMPLAINT_STATUSES.filter((status) => !CLOSED_STATUSES.includes(status));
}

/**
 * The public list: complaints in the window whose category is an Open311 service, never a rahasia
 * one (its whole report, its topic included, is kept from the public), newest first.
 */
async function search(context: Open311Context, query: Extract<RequestsQuery, { kind: 'search' }>): Promise<ComplaintSummary[]> {
  const categories = query.serviceCodes
    ? query.serviceCodes.flatMap((code) => {
        const service = context.byCode.get(code);
        return service ? [service.category] : [];
      })
    : [...context.byCategory.keys()];
  if (categories.length === 0) return [];
  const status = deskStatuses(query.statuses);
  const found: ComplaintSummary[] = [];
  let cursor: string | null = null;
  do {
    const listQuery: ListQuery = {
      createdFrom: query.from,
      createdTo: query.to,
      limit: PAGE_SIZE,
      ...(status ? { status } : {}),
      ...(categories.length === 1 ? { category: categories[0] } : {}),
      ...(cursor ? { cursor } : {}),
    };
    const page = await context.desk.list(context.actor, listQuery);
    found.push(...page.items.filter((item) => !item.rahasia && item.category !== null && categories.includes(item.category)));
    cursor = page.nextCursor;
  } while (cursor && found.length < MAX_REQUESTS);
  return found.slice(0, MAX_REQUESTS);
}

async function byIds(context: Open311Context, ids: readonly string[]): Promise<ComplaintSummary[]> {
  const found = await mapLimited(ids, READ_CONCURRENCY, (id) => findComplaint(context, id));
  return found.filter((summary): summary is ComplaintSummary => summary !== undefined);
}

/** Turns summaries into records, reading the full complaint only where the public may see it. */
export async function toRecords(context: Open311Context, summaries: readonly ComplaintSummary[]): Promise<Open311Record[]> {
  return mapLimited(summaries, READ_CONCURRENCY, async (summary) =>
    requestRecord(context, summary, summary.rahasia ? undefined : await context.desk.get(context.actor, summary.id)),
  );
}

/** GET requests: by ids (unknown ones are left out) or by the search arguments. */
export async function listRequests(context: Open311Context, query: RequestsQuery): Promise<Open311Record[]> {
  const summaries = query.kind === 'ids' ? await byIds(context, query.ids) : await search(context, query);
  return toRecords(context, summaries);
}
