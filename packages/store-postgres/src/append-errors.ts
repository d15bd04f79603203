import {
  DuplicateExternalRefError,
  DuplicateMessageError,
  DuplicateTrackingNumberError,
  VersionConflictError,
  type AppendInput,
} from '@aduan/spec';
import { serverError, storeError, violates } from './database-errors.js';
import type { SqlExecutor } from './driver.js';

/** For appends with bad content: the version conflict a stale writer must hear first, if any. */
export async function staleStream(db: SqlExecutor, s: string, inputs: readonly AppendInput[]): Promise<VersionConflictError | undefined> {
  const streams = inputs.map((input) => ({ complaint_id: input.complaintId, expected_version: input.expectedVersion }));
  const { rows } = await db.query<{ complaint_id: string | null; expected_version: number; actual_version: number }>(
    `SELECT * FROM ${s}.stale_stream($1::jsonb)`,
    [JSON.stringify(streams)],
  );
  const stale = rows[0];
  return stale?.complaint_id ? new VersionConflictError(stale.complaint_id, stale.expected_version, stale.actual_version) : undefined;
}

function detailOf(error: unknown): Record<string, unknown> {
  try {
    return JSON.parse(serverError(error)?.detail ?? '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Which of the appends' tracking numbers another complaint holds (the unique index said one does). */
async function takenTrackingNumber(db: SqlExecutor, s: string, inputs: readonly AppendInput[]): Promise<string> {
  const wanted = inputs.map((input) => ({ id: input.complaintId, number: input.projection.trackingNumber }));
  const { rows } = await db.query<{ tracking_number: string }>(
    `SELECT p.tracking_number FROM ${s}.projections p
       JOIN json_to_recordset($1::json) AS w(id text, number text) ON p.tracking_number = w.number AND p.id <> w.id
      LIMIT 1`,
    [JSON.stringify(wanted)],
  );
  return rows[0]?.tracking_number ?? inputs[0]?.projection.trackingNumber ?? '';
}

/** Maps a failed `append_batch`, `append_one`, `append_event` or `add_external_refs` call (they raise alike) to the contract's typed errors. */
export async function appendError(db: SqlExecutor, s: string, inputs: readonly AppendInput[], error: unknown): Promise<Error> {
  const code = serverError(error)?.code;
  // A value PostgreSQL refuses (a NUL in a typed parameter) can fail the call before the version
  // check runs: a stale writer still hears version_conflict first, as from the memory store.
  if (code?.startsWith('22')) {
    const conflict = await staleStream(db, s, inputs);
    if (conflict) return conflict;
  }
  if (code === 'AV001') {
    const detail = detailOf(error);
    const first = inputs[0];
    return new VersionConflictError(
      String(detail['complaintId'] ?? first?.complaintId),
      Number(detail['expectedVersion'] ?? first?.expectedVersion),
      typeof detail['actualVersion'] === 'number' ? detail['actualVersion'] : undefined,
    );
  }
  if (code === 'AD001') {
    const detail = detailOf(error);
    return new DuplicateMessageError(String(detail['channel']), String(detail['messageId']), String(detail['complaintId']));
  }
  if (code === 'AX001') {
    const detail = detailOf(error);
    return new DuplicateExternalRefError(String(detail['system']), String(detail['externalId']), String(detail['complaintId']));
  }
  if (violates(error, 'projections_tracking_number_unique')) {
    return new DuplicateTrackingNumberError(await takenTrackingNumber(db, s, inputs));
  }
  return storeError(error, 'appending events');
}
