// One measured step of the LAPOR! import benchmark, in a process of its own so its peak RSS is that
// step's. argv: <step> <store> [...]; the store is `pglite:<folder>` or a postgres:// URL. Prints one JSON line.
//   prepare                  creates the database and both schemas (PGlite's initdb is not the import's memory)
//   import <export> <appends> imports the export through the desk into schema bench_lapor, writing every
//                            append the desk sent to the store into the folder <appends> (a file per batch)
//   bulk <appends>           the store's own bulk import of those same appends (doAppendMany per batch)
//                            into schema bench_lapor_bulk: the baseline, with no LAPOR! parsing at all
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDesk } from '@aduan/core';
import type { AppendInput, StoreV1 } from '@aduan/spec';
import { createSqlStore, type SqlDriver, type SqlStore } from '@aduan/store-postgres';
import { importLaporExport } from '../src/index.js';

const [step, target, ...rest] = process.argv.slice(2) as [string, string, ...string[]];
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

/** Connections of the server pool: the import has two batches under way (one looked up while one is written), the baseline one. */
const CONNECTIONS: Readonly<Record<string, number>> = { prepare: 1, import: 2, bulk: 1 };

async function openDriver(): Promise<{ driver: SqlDriver; close: () => Promise<void> }> {
  if (target.startsWith('pglite:')) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPGliteDriver } = await import('@aduan/store-postgres/pglite');
    const pglite = await PGlite.create(target.slice('pglite:'.length));
    return { driver: createPGliteDriver(pglite), close: () => pglite.close() };
  }
  const { default: pg } = await import('pg');
  const { createPgDriver } = await import('@aduan/store-postgres/pg');
  const pool = new pg.Pool({ connectionString: target, max: CONNECTIONS[step] ?? 1 });
  return { driver: createPgDriver(pool), close: () => pool.end() };
}

/** The store with every append it takes also written to a file of `folder`; the time spent writing them is counted apart. */
function recording(store: SqlStore, folder: string, spent: { ms: number }): StoreV1 {
  let batches = 0;
  const record = (inputs: readonly AppendInput[]) => {
    const at = performance.now();
    batches += 1;
    writeFileSync(join(folder, `${String(batches).padStart(6, '0')}.json`), JSON.stringify(inputs));
    spent.ms += performance.now() - at;
  };
  return {
    ...store,
    async doAppend(input) {
      await store.doAppend(input);
      record([input]);
    },
    async doAppendMany(inputs) {
      await store.doAppendMany(inputs);
      record(inputs);
    },
  };
}

async function importStep(driver: SqlDriver, exportPath: string, appendsPath: string) {
  const store = await createSqlStore(driver, { schema: 'bench_lapor', migrate: false });
  const openRssMb = maxRssMb();
  mkdirSync(appendsPath, { recursive: true });
  const spent = { ms: 0 };
  const desk = createDesk({ store: recording(store, appendsPath, spent), keepStoreOpen: true });
  const started = performance.now();
  const report = await importLaporExport(exportPath, { desk, store });
  const seconds = (performance.now() - started - spent.ms) / 1000;
  const peakRssMb = maxRssMb();
  await desk.close();
  return { rows: report.inserted, problems: report.problems.length, seconds, recordSeconds: spent.ms / 1000, openRssMb, peakRssMb };
}

async function bulkStep(driver: SqlDriver, appendsPath: string) {
  const store = await createSqlStore(driver, { schema: 'bench_lapor_bulk', migrate: false });
  const openRssMb = maxRssMb();
  let seconds = 0;
  let rows = 0;
  // One batch in memory at a time, read in the order the import wrote them.
  for (const file of readdirSync(appendsPath).sort()) {
    const batch = JSON.parse(readFileSync(join(appendsPath, file), 'utf8')) as AppendInput[];
    const at = performance.now();
    await store.doAppendMany(batch);
    seconds += (performance.now() - at) / 1000;
    rows += batch.length;
  }
  return { rows, seconds, openRssMb, peakRssMb: maxRssMb() };
}

const { driver, close } = await openDriver();
try {
  if (step === 'prepare') {
    await createSqlStore(driver, { schema: 'bench_lapor' });
    await createSqlStore(driver, { schema: 'bench_lapor_bulk' });
    console.log(JSON.stringify({ peakRssMb: maxRssMb() }));
  } else if (step === 'import') console.log(JSON.stringify(await importStep(driver, rest[0]!, rest[1]!)));
  else if (step === 'bulk') console.log(JSON.stringify(await bulkStep(driver, rest[0]!)));
  else throw new Error(`unknown step ${step}`);
} finally {
  await close();
}
