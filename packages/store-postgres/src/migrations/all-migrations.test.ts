import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './all-migrations.js';

/**
 * The SHA-256 of each released migration's statements for the schema "aduan". A database that ran
 * a migration never runs it again, so a changed text would leave old and new databases different
 * under one version number. Add a migration instead; add its hash here when it is released.
 * Migration 1 is the squash of everything before the first release (0.1.0) and ships with it.
 */
const RELEASED: Record<number, string> = {
  1: 'd4fb2e5a50139235e5dca5c341f2983e3277ad7a71497cb0af215a24d1c21ded',
  2: '7f31756ddb87c0846a404c9436d44747ee4d3d0a8417213ab5d1bf384ac949fd',
  3: '3dc35ac14308c6d20a6d69e4b2f2f945dfc5f16946bb2737f7bd32e6e14447cf',
  4: '9f88c38a6611a407e6fc3bf9720e68ed83d505de8444fc3af64270913561e0d9',
};

describe('migrations', () => {
  it('are numbered 1, 2, 3, ... in order', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('never change once released', () => {
    for (const migration of MIGRATIONS) {
      const text = migration.statements('"aduan"').join('\n;\n');
      expect({ version: migration.version, sha256: createHash('sha256').update(text).digest('hex') }).toEqual({
        version: migration.version,
        sha256: RELEASED[migration.version],
      });
    }
  });
});
