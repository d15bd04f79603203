// Checks every publishable package the way its users' tools will see it: publint for the package
// layout, and @arethetypeswrong/cli for types under every module resolution.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const failures = [];

for (const dir of readdirSync(join(root, 'packages'))) {
  const path = join(root, 'packages', dir);
  const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--profile', 'node16', '--format', 'ascii']],
  ]) {
    try {
      execFileSync(bin(tool), args, { cwd: path, stdio: 'pipe', encoding: 'utf8' });
      console.log(`ok   ${tool.padEnd(8)} ${manifest.name}`);
    } catch (error) {
      failures.push(`${tool} ${manifest.name}`);
      console.log(`FAIL ${tool.padEnd(8)} ${manifest.name}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
}

if (failures.length > 0) {
  console.error(`\n${failures.length} package check(s) failed: ${failures.join(', ')}`);
  process.exit(1);
}
