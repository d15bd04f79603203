import type { ComplaintProjection, ProjectionFilter } from '@aduan/spec';

/** Whether `container` holds `text`, ignoring case, as plain text (no pattern characters). */
const containsIgnoringCase = (container: string, text: string) => container.toLowerCase().includes(text.toLowerCase());

/**
 * The filter semantics every store must match: the memory store's own reading, and the oracle
 * `@aduan/test-kit` checks other stores against. Instants compare as instants; `dueBefore`,
 * `dueFrom` and `overdueAt` never match a complaint without the deadline they ask about.
 */
export function matchesFilter(projection: ComplaintProjection, filter: ProjectionFilter): boolean {
  if (filter.status && !filter.status.includes(projection.status)) return false;
  if (filter.unitId !== undefined && projection.unitId !== filter.unitId) return false;
  if (filter.category !== undefined && projection.category !== filter.category) return false;
  if (filter.channel !== undefined && projection.channel !== filter.channel) return false;
  if (filter.kelurahan !== undefined && projection.kelurahan !== filter.kelurahan) return false;
  if (filter.complainantId !== undefined && projection.complainantId !== filter.complainantId) return false;
  if (filter.overdueAt !== undefined && !(projection.deadline && Date.parse(projection.deadline.dueAt) < Date.parse(filter.overdueAt))) {
    return false;
  }
  if (filter.dueBefore !== undefined && !(projection.dueAt !== null && Date.parse(projection.dueAt) < Date.parse(filter.dueBefore)))
    return false;
  if (filter.dueFrom !== undefined && !(projection.dueAt !== null && Date.parse(projection.dueAt) >= Date.parse(filter.dueFrom)))
    return false;
  if (filter.createdFrom !== undefined && Date.parse(projection.createdAt) < Date.parse(filter.createdFrom)) return false;
  if (filter.createdTo !== undefined && Date.parse(projection.createdAt) >= Date.parse(filter.createdTo)) return false;
  if (
    filter.text !== undefined &&
    !containsIgnoringCase(projection.trackingNumber, filter.text) &&
    !containsIgnoringCase(projection.title, filter.text)
  ) {
    return false;
  }
  return true;
}
