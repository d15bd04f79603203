import { createDesk } from '@aduan/core';
import type { StoreV1 } from '@aduan/spec';
import { createSqlStore } from '@aduan/store-postgres';
import { importLaporExport } from '../src/index.js';
const [path, target] = process.argv.slice(2) as [string, string];
const { PGlite } = await import('@electric-sql/pglite');
const { createPGliteDriver } = await import('@aduan/store-postgres/pglite');
let driver, close;
if (target.startsWith('pglite:')) { const pglite = await PGlite.create(target.slice(7)); driver = createPGliteDriver(pglite); close = () => pglite.close(); }
else { const { default: pg } = await import('pg'); const { createPgDriver } = await import('@aduan/store-postgres/pg'); const pool = new pg.Pool({ connectionString: target, max: 1 }); driver = createPgDriver(pool); close = () => pool.end(); }
const store = await createSqlStore(driver, { schema: 'bench_lapor' });
const times: Record<string, [number, number]> = {};
const wrapped = new Proxy(store, { get(t, k) { const v = (t as any)[k]; if (typeof v !== 'function' || typeof k !== 'string' || !k.startsWith('do')) return v;
  return async (...a: unknown[]) => { const s = performance.now(); try { return await v.apply(t, a); } finally { const e = times[k] ??= [0, 0]; e[0] += performance.now() - s; e[1]++; } }; } }) as StoreV1;
const desk = createDesk({ store: wrapped, keepStoreOpen: true });
const origImport = desk.importBatch; let deskMs = 0;
(desk as any).importBatch = async (...a: any[]) => { const s = performance.now(); try { return await origImport.apply(desk, a as any); } finally { deskMs += performance.now() - s; } };
const rss = () => Math.round(process.memoryUsage().rss / 2**20); console.log("rss after open", rss()); const iv = setInterval(() => console.log("rss", rss(), "heap", Math.round(process.memoryUsage().heapUsed/2**20)), 5000);
const started = performance.now();
const report = await importLaporExport(path, { desk, store: wrapped });
const total = performance.now() - started; clearInterval(iv);
console.log(JSON.stringify({ inserted: report.inserted, unchanged: report.unchanged, problems: report.problems.length, totalS: total / 1000, deskS: deskMs / 1000, rssMb: process.resourceUsage().maxRSS / 1024, heapMb: process.memoryUsage().heapUsed / 2**20 }));
for (const [k, [ms, n]] of Object.entries(times)) console.log(k, (ms / 1000).toFixed(2), 's', n, 'calls');
await desk.close(); await close();
