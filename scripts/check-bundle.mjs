// Bundles a small app that imports the root entry of every published package (and the core's
// subpaths) with esbuild, the way apps that embed aduan are built. Optional peers (drivers, the
// date-holidays fallback) must stay behind their own entry points: reaching one from a root entry
// fails the bundle, as it failed for users without those packages installed. The bundle then runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const OPTIONAL_PEERS = /^(pg|pg-pool|@electric-sql\/pglite|date-holidays|hono|@hono\/node-server|express|fastify)(\/.*)?$/;
/** Entry points that exist to hold an optional peer; everything else must bundle without one. */
const PEER_ENTRIES = new Set(['@aduan/store-postgres/pg', '@aduan/store-postgres/pglite', '@aduan/core/date-holidays']);

const specifiers = readdirSync(join(root, 'packages')).flatMap((dir) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  // Command lines (a `bin`) carry their database drivers as dependencies and are not embedded in apps.
  if (manifest.private || manifest.bin) return [];
  return Object.keys(manifest.exports ?? {})
    .filter((key) => key !== './package.json' && key !== './testing' && !key.startsWith('./mount'))
    .map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`))
    .filter((specifier) => !PEER_ENTRIES.has(specifier) && !/adapter-utils\/(node|express|fastify|hono)$/.test(specifier));
});

// The app lives outside the workspace and sees the packages as an installed app would: by name, through
// their package.json exports (built dist files), with their own dependencies resolved from where they are.
const workDir = join(root, 'node_modules', '.bundle-check');
rmSync(workDir, { recursive: true, force: true });
mkdirSync(join(workDir, 'node_modules', '@aduan'), { recursive: true });
for (const dir of readdirSync(join(root, 'packages')))
  symlinkSync(join(root, 'packages', dir), join(workDir, 'node_modules', '@aduan', dir));
const entry = join(workDir, 'app.mjs');
writeFileSync(
  entry,
  `${specifiers.map((specifier, index) => `import * as m${index} from '${specifier}';`).join('\n')}\n` +
    `const loaded = [${specifiers.map((_, index) => `m${index}`).join(', ')}].map((m) => Object.keys(m).length);\n` +
    `console.log('bundle ran:', loaded.length, 'entry points,', loaded.reduce((a, b) => a + b, 0), 'exports');\n`,
);

const refuseOptionalPeers = {
  name: 'refuse-optional-peers',
  setup(builder) {
    builder.onResolve({ filter: OPTIONAL_PEERS }, (args) => ({
      errors: [{ text: `optional peer "${args.path}" is reachable from a root entry point (imported by ${args.importer})` }],
    }));
  },
};

const outfile = join(workDir, 'app.bundle.mjs');
try {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // CommonJS dependencies (exceljs) require node's built-ins; an ESM bundle for node needs a
    // `require`, as every app that bundles them this way gives it.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    plugins: [refuseOptionalPeers],
    absWorkingDir: workDir,
  });
} catch (error) {
  console.error(`bundle check failed:\n${(error.errors ?? []).map((e) => `  ${e.text}`).join('\n') || error}`);
  process.exit(1);
}
console.log(execFileSync(process.execPath, [outfile], { encoding: 'utf8' }).trim());
