import type { StoreProbe } from '@aduan/spec';
import type { SqlExecutor } from '../driver.js';
import {
  EVENT_COLUMNS,
  IDENTITY_COLUMNS,
  OUTBOX_COLUMNS,
  projectionColumns,
  QUARANTINE_COLUMNS,
  toEvent,
  toIdentity,
  toOutboxRecord,
  toProjection,
  toQuarantined,
  type EventRow,
  type IdentityRow,
  type OutboxRow,
  type ProjectionRow,
  type QuarantineRow,
} from '../rows.js';
import { DEFAULT_SCHEMA, quoteSchema } from '../schema-name.js';

/**
 * Reads what really landed in the tables with its own SQL, bypassing the store object, so a
 * store whose read methods lied could not pass the conformance suite.
 */
export function createSqlProbe(db: SqlExecutor, schema: string = DEFAULT_SCHEMA): StoreProbe {
  const s = quoteSchema(schema);
  return {
    async events(complaintId) {
      const { rows } = await db.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM ${s}.events WHERE complaint_id = $1 ORDER BY version`, [
        complaintId,
      ]);
      return rows.map(toEvent);
    },
    async projection(complaintId) {
      const { rows } = await db.query<ProjectionRow>(`SELECT ${projectionColumns(s)} FROM ${s}.projections p WHERE p.id = $1`, [
        complaintId,
      ]);
      return rows[0] && toProjection(rows[0]);
    },
    async identity(complainantId) {
      const { rows } = await db.query<IdentityRow>(`SELECT ${IDENTITY_COLUMNS} FROM ${s}.identities WHERE complainant_id = $1`, [
        complainantId,
      ]);
      return rows[0] && toIdentity(rows[0]);
    },
    async outbox(complaintId) {
      const { rows } = await db.query<OutboxRow>(
        `SELECT ${OUTBOX_COLUMNS} FROM ${s}.outbox o WHERE complaint_id = $1 ORDER BY o.created_at, o.id`,
        [complaintId],
      );
      return rows.map(toOutboxRecord);
    },
    async dedupeKeys(complaintId) {
      const { rows } = await db.query<{ channel: string; message_id: string }>(
        `SELECT channel, message_id FROM ${s}.dedupe_keys WHERE complaint_id = $1 ORDER BY channel, message_id`,
        [complaintId],
      );
      return rows.map((row) => ({ channel: row.channel, messageId: row.message_id }));
    },
    async externalRefs(complaintId) {
      const { rows } = await db.query<{ system: string; external_id: string }>(
        `SELECT system, external_id FROM ${s}.external_refs WHERE complaint_id = $1 ORDER BY seq`,
        [complaintId],
      );
      return rows.map((row) => ({ system: row.system, id: row.external_id }));
    },
    async contactKeys(complainantId) {
      const { rows } = await db.query<{ contact_key: string }>(
        `SELECT contact_key FROM ${s}.contact_keys WHERE complainant_id = $1 ORDER BY contact_key COLLATE "C"`,
        [complainantId],
      );
      return rows.map((row) => row.contact_key);
    },
    async quarantine() {
      const { rows } = await db.query<QuarantineRow>(
        `SELECT ${QUARANTINE_COLUMNS} FROM ${s}.quarantine q ORDER BY q.quarantined_at DESC, q.id DESC`,
      );
      return rows.map(toQuarantined);
    },
    async tamperEventPayload(complaintId, version, payload) {
      await db.query(`UPDATE ${s}.events SET payload = $3::json WHERE complaint_id = $1 AND version = $2`, [
        complaintId,
        version,
        JSON.stringify(payload),
      ]);
    },
  };
}
