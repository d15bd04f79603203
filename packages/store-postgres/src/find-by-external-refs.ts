import { InvalidInputError, MAX_EXTERNAL_REF_LOOKUP, type ComplaintProjection, type ExternalRef } from '@aduan/spec';
import type { SqlDriver } from './driver.js';
import { projectionColumns, toProjection, type ProjectionRow } from './rows.js';

/** Refuses a lookup that is not a list of at most MAX_EXTERNAL_REF_LOOKUP `{ system, id }` strings. */
function checkLookup(refs: readonly ExternalRef[]): void {
  if (!Array.isArray(refs) || refs.length > MAX_EXTERNAL_REF_LOOKUP) {
    throw new InvalidInputError('external reference lookup', [
      { path: 'refs', message: `must be a list of at most ${MAX_EXTERNAL_REF_LOOKUP} references` },
    ]);
  }
  const bad = refs.findIndex((ref) => typeof ref?.system !== 'string' || typeof ref.id !== 'string');
  if (bad >= 0)
    throw new InvalidInputError('external reference lookup', [{ path: `refs.${bad}`, message: 'must be { system, id } strings' }]);
}

/**
 * The complaints holding each reference, in the order asked, with one query: the references travel
 * as one JSON list (with their positions), joined to the primary key of `external_refs`.
 */
export async function findByExternalRefs(
  driver: SqlDriver,
  s: string,
  refs: readonly ExternalRef[],
): Promise<(ComplaintProjection | undefined)[]> {
  checkLookup(refs);
  const found: (ComplaintProjection | undefined)[] = new Array(refs.length).fill(undefined);
  if (refs.length === 0) return found;
  const asked = JSON.stringify(refs.map((ref, n) => ({ n, system: ref.system, external_id: ref.id })));
  const { rows } = await driver.query<ProjectionRow & { lookup_index: number }>(
    `SELECT q.n AS lookup_index, ${projectionColumns(s)}
       FROM json_to_recordset($1::json) AS q(n int, system text, external_id text)
       JOIN ${s}.external_refs x ON x.system = q.system AND x.external_id = q.external_id
       JOIN ${s}.projections p ON p.id = x.complaint_id`,
    [asked],
    { prepare: true },
  );
  for (const row of rows) found[row.lookup_index] = toProjection(row);
  return found;
}
