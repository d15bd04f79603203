const { PGlite } = await import('@electric-sql/pglite');
const rss = () => Math.round(process.memoryUsage().rss / 2**20);
console.log('before', rss());
const p = await PGlite.create(process.argv[2]!);
console.log('open', rss(), 'maxrss', Math.round(process.resourceUsage().maxRSS/1024));
await p.query('select count(*) from bench_lapor.events').then(r => console.log(r.rows));
console.log('q', rss(), 'maxrss', Math.round(process.resourceUsage().maxRSS/1024));
await p.close();
