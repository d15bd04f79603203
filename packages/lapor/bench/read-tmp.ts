import { readTable } from '../src/read-table.js';
const s = performance.now(); let n = 0;
for await (const r of readTable(process.argv[2]!, { firstHeader: 'Tracking ID' })) n++;
console.log(n, (performance.now() - s) / 1000, process.resourceUsage().maxRSS / 1024);
