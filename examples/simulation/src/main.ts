import { simulate } from '@aduan/simulation';
import { formatReport } from './format-report.js';

const policy = process.argv[2] === 'lapor' ? 'lapor' : 'pekalongan';
const started = performance.now();
const report = await simulate({ policy });
console.log(formatReport(report, policy));
console.log(`\n(simulated in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
