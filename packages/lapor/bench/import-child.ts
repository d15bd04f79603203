// One measured step of the LAPOR! import benchmark, in a process of its own so its peak RSS is that
// step's. argv: <step> <store> [...]; the store is `pglite:<folder>` or a postgres:// URL. Prints one JSON line.
//   prepare                  creates the database and both schemas (PGlite's initdb is not the import's memory)
//   import <export> <appends> imports the export through the desk into schema bench_lapor, writing every
//                            append the desk sent to the store into <appends> (NDJSON, one batch a line)
//   bulk <appends>           the store's own bulk import of those same appends (doAppendMany per batch)
//                            into schema bench_lapor_bulk: the baseline, with no LAPOR! parsing at all
import { createReadStream, closeSync, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createDesk } from '@aduan/core';
import type { AppendInput, StoreV1 } from '@aduan/spec';
import { createSqlStore, type SqlDriver, type SqlStore } from '@aduan/store-postgres';
import { importLaporExport } from '../src/index.js';

const [step, target, ...rest] = process.argv.slice(2) as [string, string, ...string[]];
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

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

/** The store with every append it takes also written to `fd`; the time spent writing them is counted apart. */
function recording(store: SqlStore, fd: number, spent: { ms: number }): StoreV1 {
  const record = (inputs: readonly AppendInput[]) => {
    const at = performance.now();
    writeSync(fd, `${JSON.stringify(inputs)}\n`);
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
  const fd = openSync(appendsPath, 'w');
  const spent = { ms: 0 };
  const desk = createDesk({ store: recording(store, fd, spent), keepStoreOpen: true });
  const started = performance.now();
  const report = await importLaporExport(exportPath, { desk, store });
  const seconds = (performance.now() - started - spent.ms) / 1000;
  const peakRssMb = maxRssMb();
  closeSync(fd);
  await desk.close();
  return { rows: report.inserted, problems: report.problems.length, seconds, recordSeconds: spent.ms / 1000, openRssMb, peakRssMb };
}

async function bulkStep(driver: SqlDriver, appendsPath: string) {
  const store = await createSqlStore(driver, { schema: 'bench_lapor_bulk', migrate: false });
  const openRssMb = maxRssMb();
  let seconds = 0;
  let rows = 0;
  for await (const line of createInterface({ input: createReadStream(appendsPath), crlfDelay: Infinity })) {
    const batch = JSON.parse(line) as AppendInput[];
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
