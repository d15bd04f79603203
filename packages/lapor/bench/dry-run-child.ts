// One measured step of the LAPOR! dry-run benchmark, in a process of its own so its peak RSS is that
// step's. argv: <step> <store> [<export>]; the store is `pglite:<folder>` or a postgres:// URL. Prints one JSON line.
//   prepare          creates the database and the schema (PGlite's initdb is not the dry run's memory)
//   dry <export>     a dry run of the export against schema bench_lapor_dry, which it must leave as it was
//   import <export>  the import of the same export through the desk into that schema: the baseline
import { createDesk } from '@aduan/core';
import { createSqlStore, type SqlDriver } from '@aduan/store-postgres';
import { importLaporExport } from '../src/index.js';

const [step, target, exportPath] = process.argv.slice(2) as [string, string, string];
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
const SCHEMA = 'bench_lapor_dry';

async function openDriver(): Promise<{ driver: SqlDriver; close: () => Promise<void> }> {
  if (target.startsWith('pglite:')) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPGliteDriver } = await import('@aduan/store-postgres/pglite');
    const pglite = await PGlite.create(target.slice('pglite:'.length));
    return { driver: createPGliteDriver(pglite), close: () => pglite.close() };
  }
  const { default: pg } = await import('pg');
  const { createPgDriver } = await import('@aduan/store-postgres/pg');
  const pool = new pg.Pool({ connectionString: target, max: 4 });
  return { driver: createPgDriver(pool), close: () => pool.end() };
}

async function run(driver: SqlDriver, dryRun: boolean) {
  const store = await createSqlStore(driver, { schema: SCHEMA, migrate: false });
  const desk = createDesk({ store, keepStoreOpen: true });
  const before = (await store.doListStreams({ limit: 1 })).ids.length;
  const started = performance.now();
  const report = await importLaporExport(exportPath, { desk, store, dryRun });
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = maxRssMb();
  const after = (await store.doListStreams({ limit: 1 })).ids.length;
  await desk.close();
  const { inserted, updated, unchanged, skipped } = report;
  return {
    inserted,
    updated,
    unchanged,
    skipped,
    problems: report.problems.length,
    seconds,
    peakRssMb,
    streamsBefore: before,
    streamsAfter: after,
  };
}

const { driver, close } = await openDriver();
try {
  if (step === 'prepare') {
    await createSqlStore(driver, { schema: SCHEMA });
    console.log(JSON.stringify({ peakRssMb: maxRssMb() }));
  } else if (step === 'dry' || step === 'import') console.log(JSON.stringify(await run(driver, step === 'dry')));
  else throw new Error(`unknown step ${step}`);
} finally {
  await close();
}
