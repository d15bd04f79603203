// Every published package whose shipped sources changed since the last release must be named by a
// changeset. `changeset status` fails only when there are no changesets at all, so this checks each
// package. The last release is the newest `release-*` tag (CHANGESET_BASE overrides it); before the
// first release it is the first commit, so every package must carry a changeset until then.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function releaseBase() {
  if (process.env.CHANGESET_BASE) return process.env.CHANGESET_BASE;
  try {
    return git('describe', '--tags', '--match', 'release-*', '--abbrev=0');
  } catch {
    return git('rev-list', '--max-parents=0', 'HEAD').split('\n').at(-1);
  }
}

/** Files that reach users: sources (not tests, fixtures or test helpers) and the manifest. */
function shipped(path) {
  if (path.split('/').length === 3 && path.endsWith('/package.json')) return true;
  return path.includes('/src/') && !/\.test(-d)?\.ts$|\/__fixtures__\/|\/test-support\//.test(path);
}

const base = releaseBase();
const changed = git('diff', '--name-only', base, 'HEAD', '--', 'packages').split('\n').filter(Boolean).filter(shipped);
const untracked = git('ls-files', '--others', '--exclude-standard', '--', 'packages').split('\n').filter(Boolean).filter(shipped);

const named = new Set();
const changesetDir = join(root, '.changeset');
for (const file of readdirSync(changesetDir).filter((name) => name.endsWith('.md') && name !== 'README.md')) {
  const front = readFileSync(join(changesetDir, file), 'utf8').split(/^---$/m)[1] ?? '';
  for (const match of front.matchAll(/^\s*["']?(@aduan\/[a-z0-9-]+)["']?\s*:/gm)) named.add(match[1]);
}

const missing = new Set();
for (const path of [...changed, ...untracked]) {
  const dir = path.split('/')[1];
  // A package removed since the release publishes nothing more, so there is nothing to announce for it.
  if (!existsSync(join(root, 'packages', dir, 'package.json'))) continue;
  const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  if (!manifest.private && !named.has(manifest.name)) missing.add(manifest.name);
}

if (missing.size > 0) {
  console.error(`These packages changed since ${base.slice(0, 12)} but no changeset names them: ${[...missing].join(', ')}`);
  console.error('Add one with `pnpm changeset` (or a .changeset/<name>.md file) saying what changed for users.');
  process.exit(1);
}
console.log(`changesets: every changed package since ${base.slice(0, 12)} has one`);
