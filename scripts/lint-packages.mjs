// Checks every publishable package the way its users' tools will see it: publint for the package
// layout, @arethetypeswrong/cli for types under every module resolution (and that there are types
// at all: attw passes an untyped package), and the manifest fields every package must carry.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsconfigPaths = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')).compilerOptions.paths;
const failures = [];

function report(ok, what, name, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what.padEnd(9)} ${name}${ok || !detail ? '' : `\n${detail}`}`);
  if (!ok) failures.push(`${what} ${name}`);
}

/** The manifest fields users and registries read, the same for every package. */
function manifestProblems(manifest, dir) {
  const problems = [];
  if (manifest.license !== 'MIT') problems.push('license must be "MIT"');
  if (manifest.engines?.node !== rootManifest.engines.node)
    problems.push(`engines.node must be "${rootManifest.engines.node}" like the root`);
  if (manifest.repository?.directory !== `packages/${dir}` || manifest.repository?.url !== rootManifest.repository.url) {
    problems.push(`repository must be { type: "git", url: "${rootManifest.repository.url}", directory: "packages/${dir}" }`);
  }
  const project = rootManifest.homepage.replace(/#.*$/, '');
  if (typeof manifest.homepage !== 'string' || !manifest.homepage.startsWith(project)) problems.push(`homepage must point into ${project}`);
  if (!manifest.description) problems.push('description is missing');
  if (!existsSync(join(root, 'packages', dir, 'README.md'))) problems.push('README.md is missing (it is the npm page)');
  if (!manifest.files?.includes('README.md')) problems.push('files must include README.md');
  for (const key of Object.keys(manifest.exports ?? {})) {
    if (key === '.' || key === './package.json') continue;
    const specifier = `${manifest.name}/${key.slice(2)}`;
    if (!tsconfigPaths[specifier]) problems.push(`subpath ${key} needs "${specifier}" under paths in tsconfig.json`);
  }
  return problems;
}

for (const dir of readdirSync(join(root, 'packages'))) {
  const path = join(root, 'packages', dir);
  const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  const problems = manifestProblems(manifest, dir);
  report(problems.length === 0, 'manifest', manifest.name, problems.map((problem) => `  - ${problem}`).join('\n'));
  try {
    execFileSync(bin('publint'), ['--strict'], { cwd: path, stdio: 'pipe', encoding: 'utf8' });
    report(true, 'publint', manifest.name);
  } catch (error) {
    report(false, 'publint', manifest.name, `${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  let analysis;
  try {
    const out = execFileSync(bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'json'], {
      cwd: path,
      stdio: 'pipe',
      encoding: 'utf8',
    });
    analysis = JSON.parse(out).analysis;
  } catch (error) {
    // attw exits non-zero on problems but still prints its JSON.
    analysis = error.stdout ? JSON.parse(error.stdout).analysis : undefined;
  }
  const untyped = !analysis || analysis.types === false;
  // The node16 profile: node10 resolution (no `exports` support) cannot reach subpaths, by design.
  const problems2 =
    analysis && !untyped
      ? Object.values(analysis.problems ?? {})
          .flat()
          .filter((problem) => problem.resolutionKind !== 'node10')
      : [];
  report(
    !untyped && problems2.length === 0,
    'attw',
    manifest.name,
    untyped ? '  the package has no types' : JSON.stringify(problems2, null, 2),
  );
}

if (failures.length > 0) {
  console.error(`\n${failures.length} package check(s) failed: ${failures.join(', ')}`);
  process.exit(1);
}
