import { readFileSync } from 'node:fs';
import type { LaporStatusTarget } from '@aduan/spec';
import { UsageError } from './usage-error.js';

const TARGETS: readonly LaporStatusTarget[] = ['received', 'needs_info', 'verified', 'disposed', 'responded', 'resolved', 'rejected'];

/** A JSON object of strings from a file named by an option; anything else is a usage error naming the option. */
export function stringTable(path: string, option: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${option} ${path} tidak dapat dibaca sebagai JSON (cannot be read as JSON): ${(error as Error).message}`, {
      cause: error,
    });
  }
  const entries = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.entries(parsed) : undefined;
  if (!entries || entries.some(([, value]) => typeof value !== 'string')) {
    throw new UsageError(`${option} ${path} harus berisi objek JSON { "teks": "nilai" } (must hold a JSON object of strings)`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/** The LAPOR! status mapping of `--status-map`, checked against the states it may lead to. */
export function statusMapping(path: string | undefined): Record<string, LaporStatusTarget> | undefined {
  if (path === undefined) return undefined;
  const table = stringTable(path, '--status-map');
  const wrong = Object.entries(table).find(([, target]) => !TARGETS.includes(target as LaporStatusTarget));
  if (wrong) {
    throw new UsageError(`--status-map: status "${wrong[0]}" menuju "${wrong[1]}", padahal harus salah satu dari ${TARGETS.join(', ')}`);
  }
  return table as Record<string, LaporStatusTarget>;
}
