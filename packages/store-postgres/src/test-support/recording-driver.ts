import type { SqlDriver } from '../driver.js';

/** A driver that remembers every statement it ran, so a test can EXPLAIN exactly what the store sends. */
export function recordingDriver(inner: SqlDriver): SqlDriver & { statements: { sql: string; params: readonly unknown[] }[] } {
  const statements: { sql: string; params: readonly unknown[] }[] = [];
  return {
    ...inner,
    statements,
    query(sql, params = [], options) {
      statements.push({ sql, params });
      return inner.query(sql, params, options);
    },
  };
}
