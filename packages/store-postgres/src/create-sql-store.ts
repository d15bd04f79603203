import {
  DuplicateTrackingNumberError,
  InvalidInputError,
  NotFoundError,
  type AppendInput,
  type ComplaintProjection,
  type ExternalRef,
  type FieldIssue,
  type StoreV1,
} from '@aduan/spec';
import { buildBatch } from './append-batch.js';
import { appendError, staleStream } from './append-errors.js';
import { appendIssues } from './append-issues.js';
import { appendEventParams, appendEventSql, appendOneParams, appendOneSql } from './append-one.js';
import { claimDue, claimOutbox, settleOutbox } from './claims.js';
import { createCloseGate } from './close-gate.js';
import { guarded, storeError, violates } from './database-errors.js';
import type { SqlDriver } from './driver.js';
import { eraseIdentity } from './erase-identity.js';
import { findByExternalRefs } from './find-by-external-refs.js';
import { checkSchema, migrate, type MigrationReport } from './migrate.js';
import { countProjections, listStreams, queryProjections } from './projection-reads.js';
import { discardQuarantined, listQuarantine, quarantineInbound } from './quarantine.js';
import { replaceProjectionSql } from './replace-projection.js';
import {
  EVENT_COLUMNS,
  IDENTITY_COLUMNS,
  projectionColumns,
  toEvent,
  toIdentity,
  toProjection,
  type EventRow,
  type IdentityRow,
  type ProjectionRow,
} from './rows.js';
import { DEFAULT_SCHEMA, quoteSchema } from './schema-name.js';
import { registerConnection } from './store-connection.js';

export interface SqlStoreOptions {
  /** Schema holding the store's tables; default `aduan`. One database can hold several stores. */
  schema?: string;
  /**
   * Apply pending migrations on creation (default true; safe with many instances starting at
   * once). With false, creation only checks the schema is current and fails fast if not.
   */
  migrate?: boolean;
}

/** StoreV1 on PostgreSQL, plus what only a SQL store offers. */
export interface SqlStore extends StoreV1 {
  readonly schema: string;
  /**
   * Appends to many streams at once, all or nothing: the bulk path for imports. Each input is
   * checked as `doAppend` checks it; two inputs may not share a stream, tracking number or dedupe key.
   * Not part of StoreV1.
   */
  doAppendMany(inputs: readonly AppendInput[]): Promise<void>;
  /** The complaints holding each reference, in one query (StoreV1's optional bulk lookup). */
  doFindByExternalRefs(refs: readonly ExternalRef[]): Promise<(ComplaintProjection | undefined)[]>;
  /** Applies pending migrations; creation does it already unless `migrate: false`. */
  migrate(): Promise<MigrationReport>;
  /**
   * Waits for the calls under way, then releases what the store opened itself (its pool, its
   * PGlite instance and data-folder lock); a pool or instance you handed in stays open. Idempotent;
   * any other call afterwards fails with `ClosedError`.
   */
  close(): Promise<void>;
  /** The same as `close()`. */
  doClose(): Promise<void>;
  /** The same as `close()`, for `await using store = ...`. */
  [Symbol.asyncDispose](): Promise<void>;
}

/** The statements of the hot paths have a fixed text, so the server may keep them prepared. */
const PREPARED = { prepare: true } as const;
/** An append returns nothing worth reading. */
const APPEND = { prepare: true, rowsUnused: true } as const;

/** Builds what an append sends; a value JSON cannot carry (a BigInt, a cycle) is the caller's to fix. */
function encoded<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidInputError('append input', [{ path: '', message: `cannot be written as JSON: ${reason}` }]);
  }
}

/**
 * Builds the store on any SqlDriver (`@aduan/store-postgres/pg` and `/pglite` make the drivers for
 * node-postgres and PGlite). `close()` closes the driver.
 */
export async function createSqlStore(driver: SqlDriver, options: SqlStoreOptions = {}): Promise<SqlStore> {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const s = quoteSchema(schema);
  await guarded('preparing the schema', async () => {
    if (options.migrate === false) await checkSchema(driver, schema);
    else await migrate(driver, schema);
  });
  const gate = createCloseGate('PostgreSQL store');
  /** One store call: refused after close, and only aduan errors come out. */
  const call = <T>(doing: string, operation: () => Promise<T>) => gate.run(() => guarded(doing, operation));

  /**
   * Writes the appends with one call of `sql`, unless `issues` refuse them (after any version
   * conflict). `params` builds the arguments from inputs that passed the checks.
   */
  async function append(
    inputs: readonly AppendInput[],
    issues: FieldIssue[],
    sql: string,
    params: () => readonly unknown[],
  ): Promise<void> {
    const refs = inputs.flatMap((input) =>
      (input.externalRefs ?? []).map((ref) => ({ system: ref.system, external_id: ref.id, complaint_id: input.complaintId })),
    );
    if (issues.length > 0) {
      const versionsReadable = inputs.every(
        (input) => Number.isSafeInteger(input.expectedVersion) && typeof input.complaintId === 'string',
      );
      const conflict = versionsReadable ? await guarded('checking versions', () => staleStream(driver, s, inputs)) : undefined;
      throw conflict ?? new InvalidInputError('append input', issues);
    }
    const values = encoded(params);
    try {
      if (refs.length === 0) await driver.query(sql, values, APPEND);
      else {
        // The references go in the transaction of their events: a taken one undoes the whole append.
        await driver.transaction(async (tx) => {
          await tx.query(sql, values, APPEND);
          await tx.query(addExternalRefs, [JSON.stringify(refs)], APPEND);
        });
      }
    } catch (error) {
      throw await guarded('explaining a failed append', () => appendError(driver, s, inputs, error));
    }
  }

  // The hot path, one append, has functions of its own: cheaper than a batch of one, the cheapest
  // for the single event most commands write.
  const appendOne = appendOneSql(s);
  const appendEvent = appendEventSql(s);
  const appendBatch = `SELECT ${s}.append_batch($1::jsonb)`;
  const addExternalRefs = `SELECT ${s}.add_external_refs($1::json)`;

  const loadProjection = async (column: 'id' | 'tracking_number', value: string) => {
    const { rows } = await driver.query<ProjectionRow>(
      `SELECT ${projectionColumns(s)} FROM ${s}.projections p WHERE p.${column} = $1`,
      [value],
      PREPARED,
    );
    return rows[0] && toProjection(rows[0]);
  };

  const close = () => gate.close(() => guarded('closing', () => driver.close()));

  const store: SqlStore = {
    specificationVersion: 'v1',
    provider: driver.name,
    capabilities: { deadlineClaims: true, outbox: true, identityErasure: true, multiProcess: driver.shared },
    schema,

    doAppend: (input) =>
      gate.run(() => {
        const issues = appendIssues(input, '');
        return input.events.length === 1
          ? append([input], issues, appendEvent, () => appendEventParams(input))
          : append([input], issues, appendOne, () => appendOneParams(input));
      }),
    doAppendMany: (inputs) =>
      gate.run(async () => {
        if (inputs.length === 0) return;
        const batch = encoded(() => buildBatch(inputs));
        await append(inputs, batch.issues, appendBatch, () => [batch.json]);
      }),

    doReadStream: (complaintId) =>
      call('reading a stream', async () => {
        const { rows } = await driver.query<EventRow>(
          `SELECT ${EVENT_COLUMNS} FROM ${s}.events WHERE complaint_id = $1 ORDER BY version`,
          [complaintId],
          PREPARED,
        );
        return rows.map(toEvent);
      }),

    doLoadProjection: (complaintId) => call('loading a projection', () => loadProjection('id', complaintId)),
    doFindByTrackingNumber: (trackingNumber) => call('finding a tracking number', () => loadProjection('tracking_number', trackingNumber)),

    doFindByDedupeKey: (key) =>
      call('finding a dedupe key', async () => {
        const { rows } = await driver.query<{ complaint_id: string }>(
          `SELECT complaint_id FROM ${s}.dedupe_keys WHERE channel = $1 AND message_id = $2`,
          [key.channel, key.messageId],
          PREPARED,
        );
        return rows[0]?.complaint_id;
      }),

    doFindByExternalRef: (ref) =>
      call('finding an external reference', async () => {
        const { rows } = await driver.query<ProjectionRow>(
          `SELECT ${projectionColumns(s)} FROM ${s}.external_refs x JOIN ${s}.projections p ON p.id = x.complaint_id
            WHERE x.system = $1 AND x.external_id = $2`,
          [ref.system, ref.id],
          PREPARED,
        );
        return rows[0] && toProjection(rows[0]);
      }),

    doFindByExternalRefs: (refs) => call('finding external references', () => findByExternalRefs(driver, s, refs)),

    doQuery: (query) => call('querying projections', () => queryProjections(driver, s, query)),
    doCount: (filter, groupBy) => call('counting projections', () => countProjections(driver, s, filter, groupBy)),
    doListStreams: (input) => call('listing streams', () => listStreams(driver, s, input)),

    doReplaceProjection: (projection) =>
      gate.run(async () => {
        let found: boolean;
        try {
          const [sql, params] = replaceProjectionSql(s, projection);
          found = (await driver.query(sql, params)).rows.length > 0;
        } catch (error) {
          throw violates(error, 'projections_tracking_number_unique')
            ? new DuplicateTrackingNumberError(projection.trackingNumber)
            : storeError(error, 'replacing a projection');
        }
        if (!found) throw new NotFoundError('Complaint stream', projection.id);
      }),

    doLoadIdentity: (complainantId) =>
      call('loading an identity', async () => {
        const { rows } = await driver.query<IdentityRow>(
          `SELECT ${IDENTITY_COLUMNS} FROM ${s}.identities WHERE complainant_id = $1`,
          [complainantId],
          PREPARED,
        );
        return rows[0] && toIdentity(rows[0]);
      }),

    doFindComplainantByContactKey: (contactKey) =>
      call('finding a contact key', async () => {
        const { rows } = await driver.query<{ complainant_id: string }>(
          `SELECT complainant_id FROM ${s}.contact_keys WHERE contact_key = $1`,
          [contactKey],
          PREPARED,
        );
        return rows[0]?.complainant_id;
      }),

    doEraseIdentity: (complainantId) => call('erasing an identity', () => eraseIdentity(driver, s, complainantId)),

    doQuarantineInbound: (entry) => call('quarantining a message', () => quarantineInbound(driver, s, entry)),
    doListQuarantine: (input) => call('listing quarantined messages', () => listQuarantine(driver, s, input)),
    doDiscardQuarantined: (id) => call('discarding a quarantined message', () => discardQuarantined(driver, s, id)),

    doClaimDue: (input) => call('claiming due deadlines', () => claimDue(driver, s, input)),
    doClaimOutbox: (input) => call('claiming outbox messages', () => claimOutbox(driver, s, input)),
    doSettleOutbox: (id, settlement) => call('settling an outbox message', () => settleOutbox(driver, s, id, settlement)),

    migrate: () => call('migrating', () => migrate(driver, schema)),
    close,
    doClose: close,
    [Symbol.asyncDispose]: close,
  };
  registerConnection(store, { driver, s, gate });
  return store;
}
