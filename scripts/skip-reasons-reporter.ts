import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Lists every skipped test at the end of a run, grouped by the reason it gave (`ctx.skip(reason)`),
 * so a skip never goes unexplained: a channel that cannot do a check says why, a missing browser or
 * PostgreSQL server says what to install.
 */
export default class SkipReasonsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const byReason = new Map<string, Set<string>>();
    let count = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state !== 'skipped') continue;
        count++;
        // A whole suite skipped by a condition (no browser, no PostgreSQL server) carries no note: its
        // name and the warning printed when the file loaded say why.
        const reason = result.note ?? `suite "${test.fullName.split(' > ')[0]}" skipped as a whole (see the warning above)`;
        const files = byReason.get(reason) ?? new Set<string>();
        files.add(relative(process.cwd(), module.moduleId));
        byReason.set(reason, files);
      }
    }
    if (count === 0) return;
    const lines = [...byReason].map(([reason, files]) => `  - ${reason}\n      in ${[...files].join(', ')}`);
    process.stdout.write(`\n${count} skipped tests, by reason:\n${lines.join('\n')}\n`);
  }
}
