import type { ComplaintProjection, ProjectionFilter } from '@aduan/spec';

/** The filter semantics every store must match (the test kit checks them against this reading). */
export function matchesFilter(projection: ComplaintProjection, filter: ProjectionFilter): boolean {
  if (filter.status && !filter.status.includes(projection.status)) return false;
  if (filter.unitId !== undefined && projection.unitId !== filter.unitId) return false;
  if (filter.category !== undefined && projection.category !== filter.category) return false;
  if (filter.channel !== undefined && projection.channel !== filter.channel) return false;
  if (filter.complainantId !== undefined && projection.complainantId !== filter.complainantId) return false;
  if (filter.overdueAt !== undefined && !(projection.deadline && Date.parse(projection.deadline.dueAt) < Date.parse(filter.overdueAt))) {
    return false;
  }
  if (filter.createdFrom !== undefined && Date.parse(projection.createdAt) < Date.parse(filter.createdFrom)) return false;
  if (filter.createdTo !== undefined && Date.parse(projection.createdAt) >= Date.parse(filter.createdTo)) return false;
  return true;
}
