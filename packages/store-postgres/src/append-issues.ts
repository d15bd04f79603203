import type { AppendInput, ComplaintProjection, FieldIssue } from '@aduan/spec';
import { storedInstantIssue } from './instants.js';

/**
 * What the memory store gets right by construction and a table must be told: events follow on,
 * the projection is the stream's, and every instant reads back as written. `path` prefixes each
 * issue (`''` for a single append, `3.` for the fourth of a batch).
 */
export function appendIssues(input: AppendInput, path: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (typeof input.complaintId !== 'string' || input.complaintId === '')
    issues.push({ path: `${path}complaintId`, message: 'must be a non-empty string' });
  if (!Number.isSafeInteger(input.expectedVersion) || input.expectedVersion < 0) {
    issues.push({ path: `${path}expectedVersion`, message: 'must be an integer ≥ 0' });
  }
  if (input.projection.id !== input.complaintId)
    issues.push({ path: `${path}projection.id`, message: `must be the complaint id ${input.complaintId}` });
  input.events.forEach((event, index) => {
    if (event.complaintId !== input.complaintId)
      issues.push({ path: `${path}events.${index}.complaintId`, message: `must be ${input.complaintId}` });
    const version = input.expectedVersion + index + 1;
    if (event.version !== version)
      issues.push({ path: `${path}events.${index}.version`, message: `must be ${version}, following expectedVersion` });
  });
  const instant = (value: string, at: string) => {
    const issue = storedInstantIssue(value, `${path}${at}`);
    if (issue) issues.push(issue);
  };
  for (const [index, event] of input.events.entries()) instant(event.at, `events.${index}.at`);
  issues.push(...projectionIssues(input.projection, `${path}projection.`));
  for (const [index, message] of (input.outbox ?? []).entries()) instant(message.createdAt, `outbox.${index}.createdAt`);
  if (input.contactKey !== undefined && (typeof input.contactKey !== 'string' || input.contactKey === '')) {
    issues.push({ path: `${path}contactKey`, message: 'must be a non-empty string when given' });
  }
  return issues;
}

/**
 * What in a projection would not read back as written: instants not in `Date#toISOString` form,
 * coordinates that are not finite numbers. `path` prefixes each issue.
 */
export function projectionIssues(projection: ComplaintProjection, path: string): FieldIssue[] {
  const instants: [string | null | undefined, string][] = [
    [projection.createdAt, 'createdAt'],
    [projection.updatedAt, 'updatedAt'],
    [projection.deadline?.dueAt, 'deadline.dueAt'],
    [projection.dueAt, 'dueAt'],
  ];
  const issues = instants.flatMap(([value, at]) =>
    value === undefined || value === null ? [] : (storedInstantIssue(value, `${path}${at}`) ?? []),
  );
  const { geo } = projection;
  if (geo !== null && geo !== undefined) {
    for (const axis of ['lat', 'long'] as const) {
      if (!Number.isFinite(geo[axis])) issues.push({ path: `${path}geo.${axis}`, message: 'must be a finite number' });
    }
  }
  return issues;
}
