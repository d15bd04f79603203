import { walkthrough } from './walkthrough.js';

const log = (line: string) => console.log(line);
const { history, verdict, unitView } = await walkthrough(log);

log('\nRiwayat lengkap (history):');
for (const event of history) {
  log(
    `  ${`${event.version}.`.padEnd(3)} ${event.at}  ${event.type.padEnd(28)} by ${event.actor.role}:${event.actor.id}  #${event.hash.slice(0, 12)}`,
  );
}
log(`\nHash chain: ${verdict.ok ? `verified (${verdict.events} events)` : `BROKEN at v${verdict.brokenAtVersion}: ${verdict.reason}`}`);
log(`Status akhir: ${unitView.status}`);
log(`What the unit officer sees of the complainant: ${JSON.stringify(unitView.complainant)}`);
