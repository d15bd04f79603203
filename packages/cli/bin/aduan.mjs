#!/usr/bin/env node
// The `aduan` command: everything it does lives in the package's build, run with this process's
// arguments; the exit code says how it went (0 all done, 1 some items had problems, 2 wrong usage).
import { run } from '../dist/index.js';

process.exitCode = await run(process.argv.slice(2));
