import { DuplicateUsernameError, InvalidInputError, type FieldIssue } from '@aduan/spec';
import type { Accounts } from './create-accounts.js';
import { checkOfficerInput, normalizeUsername, type NewOfficerInput } from './officer-input.js';

/** What `seedAccounts` did: usernames created, and usernames that already existed (left as they were). */
export interface SeedReport {
  created: string[];
  existing: string[];
}

/** Most accounts one seed file may hold: a city has a few hundred officers. */
const MAX_SEED_ENTRIES = 5_000;

/**
 * Reads a seed file's content: a JSON array of `{ username, displayName, role, unitId?, password }`.
 * Every entry is checked as `accounts.add` checks it; `InvalidInputError` names every bad entry
 * and field (`3.password: …`), and nothing is created from a file with any.
 */
export function parseAccountSeed(json: string): NewOfficerInput[] {
  let entries: unknown;
  try {
    entries = JSON.parse(json);
  } catch {
    throw new InvalidInputError('account seed', [{ path: '', message: 'bukan JSON yang sah (not valid JSON)' }]);
  }
  if (!Array.isArray(entries) || entries.length > MAX_SEED_ENTRIES) {
    throw new InvalidInputError('account seed', [
      {
        path: '',
        message: `harus berupa larik JSON berisi paling banyak ${MAX_SEED_ENTRIES} akun (a JSON array of up to ${MAX_SEED_ENTRIES} accounts)`,
      },
    ]);
  }
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  entries.forEach((entry: unknown, index) => {
    try {
      const officer = checkOfficerInput(entry as NewOfficerInput);
      if (seen.has(officer.username))
        issues.push({ path: `${index}.username`, message: `"${officer.username}" muncul dua kali (appears twice)` });
      seen.add(officer.username);
    } catch (error) {
      if (!InvalidInputError.isInstance(error)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, path: `${index}.${issue.path}` })));
    }
  });
  if (issues.length > 0) throw new InvalidInputError('account seed', issues);
  return entries as NewOfficerInput[];
}

/**
 * Creates the seed's accounts that do not exist yet; existing usernames are left untouched (a seed
 * never resets a password someone has changed since). Safe to run at every start, and by several
 * processes at once: a username created meanwhile by another counts as existing.
 */
export async function seedAccounts(accounts: Accounts, entries: readonly NewOfficerInput[]): Promise<SeedReport> {
  const report: SeedReport = { created: [], existing: [] };
  for (const entry of entries) {
    const username = normalizeUsername(entry.username);
    if (await accounts.findByUsername(username)) {
      report.existing.push(username);
      continue;
    }
    try {
      await accounts.add(entry);
      report.created.push(username);
    } catch (error) {
      if (!DuplicateUsernameError.isInstance(error)) throw error;
      report.existing.push(username);
    }
  }
  return report;
}
