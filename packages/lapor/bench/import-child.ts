// One measured import, in a process of its own so its peak RSS is the import's: imports the export
// at argv[2] into the store argv[3] names (`pglite:<folder>` or a postgres:// URL), then times the
// store's own bulk import (`doAppendMany`, batches of 500) of the very appends the import wrote,
// into a second schema of the same database. Prints one JSON line.
import { createDesk } from '@aduan/core';
import type { AppendInput, StoreV1 } from '@aduan/spec';
import { createSqlStore, type SqlDriver } from '@aduan/store-postgres';
import { importLaporExport } from '../src/index.js';

const [path, target] = process.argv.slice(2) as [string, string];

async function openDriver(): Promise<{ driver: SqlDriver; close: () => Promise<void> }> {
  if (target.startsWith('pglite:')) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPGliteDriver } = await import('@aduan/store-postgres/pglite');
    const pglite = await PGlite.create(target.slice('pglite:'.length));
    return { driver: createPGliteDriver(pglite), close: () => pglite.close() };
  }
  const { default: pg } = await import('pg');
  const { createPgDriver } = await import('@aduan/store-postgres/pg');
  const pool = new pg.Pool({ connectionString: target, max: 1 });
  return { driver: createPgDriver(pool), close: () => pool.end() };
}

/** The appends that recreate every complaint of `store` as written (events, projection, identity, keys). */
async function* appendsOf(store: StoreV1): AsyncGenerator<AppendInput[]> {
  let cursor: string | undefined;
  do {
    const page = await store.doListStreams({ cursor, limit: 500 });
    yield await Promise.all(
      page.ids.map(async (complaintId) => {
        const projection = (await store.doLoadProjection(complaintId))!;
        const identity = await store.doLoadIdentity(projection.complainantId);
        const trackingId = projection.externalRefs[0]!.id;
        return {
          complaintId,
          expectedVersion: 0,
          events: await store.doReadStream(complaintId),
          projection,
          identity,
          dedupeKey: { channel: 'lapor', messageId: trackingId },
          externalRefs: projection.externalRefs,
        } satisfies AppendInput;
      }),
    );
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

const { driver, close } = await openDriver();
try {
  const store = await createSqlStore(driver, { schema: 'bench_lapor' });
  const desk = createDesk({ store, keepStoreOpen: true });
  const started = performance.now();
  const report = await importLaporExport(path, { desk, store });
  const importSeconds = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  await desk.close();

  const bulk = await createSqlStore(driver, { schema: 'bench_lapor_bulk' });
  let bulkSeconds = 0;
  for await (const batch of appendsOf(store)) {
    const at = performance.now();
    await bulk.doAppendMany(batch);
    bulkSeconds += (performance.now() - at) / 1000;
  }
  const rows = report.inserted;
  console.log(JSON.stringify({ rows, problems: report.problems.length, importSeconds, bulkSeconds, peakRssMb }));
} finally {
  await close();
}
