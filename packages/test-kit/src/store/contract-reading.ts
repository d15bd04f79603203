import type { ComplaintProjection, CountDimension, ProjectionFilter, ProjectionQuery } from '@aduan/spec';

/*
 * The kit's own reading of the StoreV1 doc comments on filters, orders and counts: every store's
 * answers are compared with it, so it is written from the contract alone.
 */

/** Plain UTF-16 code-unit order, as `ORDER BY ... COLLATE "C"` sorts: locale rules must not decide ties. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const before = (instant: string | null | undefined, limit: string) => instant != null && Date.parse(instant) < Date.parse(limit);

/** Whether a projection passes a filter, as the contract's doc comments define each field. */
function passesFilter(p: ComplaintProjection, filter: ProjectionFilter): boolean {
  if (filter.status && !filter.status.includes(p.status)) return false;
  if (filter.unitId !== undefined && p.unitId !== filter.unitId) return false;
  if (filter.category !== undefined && p.category !== filter.category) return false;
  if (filter.channel !== undefined && p.channel !== filter.channel) return false;
  if (filter.kelurahan !== undefined && p.kelurahan !== filter.kelurahan) return false;
  if (filter.complainantId !== undefined && p.complainantId !== filter.complainantId) return false;
  if (filter.overdueAt !== undefined && !before(p.deadline?.dueAt, filter.overdueAt)) return false;
  if (filter.dueBefore !== undefined && !before(p.dueAt, filter.dueBefore)) return false;
  if (filter.dueFrom !== undefined && (p.dueAt == null || before(p.dueAt, filter.dueFrom))) return false;
  if (filter.createdFrom !== undefined && before(p.createdAt, filter.createdFrom)) return false;
  if (filter.createdTo !== undefined && !before(p.createdAt, filter.createdTo)) return false;
  if (filter.text !== undefined) {
    const wanted = filter.text.toLowerCase();
    if (!p.trackingNumber.toLowerCase().includes(wanted) && !p.title.toLowerCase().includes(wanted)) return false;
  }
  return true;
}

/**
 * The ids a query must return, in order: `createdAt` newest first (ties by id, descending);
 * `deadline` soonest first, only complaints with one (ties by id); `dueAt` soonest first,
 * complaints without one last (ties by id).
 */
export function expectedOrder(all: readonly ComplaintProjection[], query: Omit<ProjectionQuery, 'limit'>): string[] {
  const matching = all.filter((p) => passesFilter(p, query));
  if (query.orderBy === 'deadline') {
    return matching
      .filter((p) => p.deadline !== null)
      .sort((a, b) => byCodeUnits(a.deadline!.dueAt, b.deadline!.dueAt) || byCodeUnits(a.id, b.id))
      .map((p) => p.id);
  }
  if (query.orderBy === 'dueAt') {
    const key = (p: ComplaintProjection) => p.dueAt ?? '\uffff';
    return matching.sort((a, b) => byCodeUnits(key(a), key(b)) || byCodeUnits(a.id, b.id)).map((p) => p.id);
  }
  return matching.sort((a, b) => byCodeUnits(b.createdAt, a.createdAt) || byCodeUnits(b.id, a.id)).map((p) => p.id);
}

/** Counts per value of a dimension; a null value counts under ''. */
export function expectedCounts(
  all: readonly ComplaintProjection[],
  filter: ProjectionFilter,
  dimension: CountDimension,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of all.filter((candidate) => passesFilter(candidate, filter))) {
    const group = p[dimension] ?? '';
    counts[group] = (counts[group] ?? 0) + 1;
  }
  return counts;
}
