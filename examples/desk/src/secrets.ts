import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The keys one desk installation must keep stable: session signing and the residents' contact pseudonyms. */
export interface DeskSecrets {
  sessionSecret: string;
  pseudonymKey: string;
}

/**
 * The keys from the environment, or (for an embedded PGlite installation) from `aduan-secrets.json`
 * in the data folder, created on first start with random values and readable by the owner only.
 */
export function loadSecrets(dataDir: string, given: Partial<DeskSecrets>): DeskSecrets {
  if (given.sessionSecret && given.pseudonymKey) return { sessionSecret: given.sessionSecret, pseudonymKey: given.pseudonymKey };
  const file = join(dataDir, 'aduan-secrets.json');
  let stored: Partial<DeskSecrets> = {};
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<DeskSecrets>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secrets = {
    sessionSecret: given.sessionSecret ?? stored.sessionSecret ?? randomBytes(32).toString('hex'),
    pseudonymKey: given.pseudonymKey ?? stored.pseudonymKey ?? randomBytes(32).toString('hex'),
  };
  if (secrets.sessionSecret !== stored.sessionSecret || secrets.pseudonymKey !== stored.pseudonymKey) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
