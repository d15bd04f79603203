import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './all-migrations.js';

/**
 * The SHA-256 of each released migration's statements for the schema "aduan". A database that ran
 * a migration never runs it again, so a changed text would leave old and new databases different
 * under one version number. Add a migration instead; add its hash here when it is released.
 */
const RELEASED: Record<number, string> = {
  1: 'd0e2fe71aa215312543de7b538acc31518f78e642db4b1a086d98f25768a2e2b',
  2: 'f84921f893ea2ffd11485e26bd2556b41a0137e49c6e4a4738d90b0f85602933',
  3: '29929c7a6a7cb4746b46cc35e5d2be6d4f7a192b46fce1dd237a1be046ed9f94',
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
