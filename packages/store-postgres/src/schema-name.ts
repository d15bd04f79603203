import { InvalidConfigError } from '@aduan/spec';

export const DEFAULT_SCHEMA = 'aduan';

/**
 * The schema name goes into SQL text (identifiers cannot be parameters), so only plain lower-case
 * names are accepted; they need no quoting rules beyond the double quotes added here.
 */
export function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new InvalidConfigError('store-postgres options', [
      { path: 'schema', message: `must be a lower-case SQL name (a-z, 0-9, _; at most 63 characters); got ${JSON.stringify(schema)}` },
    ]);
  }
  return `"${schema}"`;
}
