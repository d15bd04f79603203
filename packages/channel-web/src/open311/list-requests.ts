import { COMPLAINT_STATUSES, type ComplaintStatus, type ComplaintSummary, type ComplaintView, type ListQuery } from '@aduan/spec';
import { mapLimited } from '../support/map-limited.js';
import { findServiceRequest, isServiceRequest } from './find-service-request.js';
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

/** The public list: service requests in the window (never a rahasia one), newest first. */
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
    found.push(...page.items.filter((item) => isServiceRequest(context, item) && categories.includes(item.category!)));
    cursor = page.nextCursor;
  } while (cursor && found.length < MAX_REQUESTS);
  return found.slice(0, MAX_REQUESTS);
}

/** GET requests: by ids (unknown, rahasia and non-service ids are left out alike) or by the search arguments. */
export async function listRequests(context: Open311Context, query: RequestsQuery): Promise<Open311Record[]> {
  const views =
    query.kind === 'ids'
      ? await mapLimited(query.ids, READ_CONCURRENCY, (id) => findServiceRequest(context, id))
      : await mapLimited(await search(context, query), READ_CONCURRENCY, (summary) => context.desk.get(context.actor, summary.id));
  return views
    .filter((view): view is ComplaintView => view !== undefined && isServiceRequest(context, view))
    .map((view) => requestRecord(context, view));
}
