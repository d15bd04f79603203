import { findPostgresBinaries } from '../testing/postgres-binaries.js';

/**
 * The PostgreSQL server binaries for the server runs. Missing binaries skip those runs with a
 * message, unless ADUAN_REQUIRE_PG_SERVER=1 (CI) makes them a failure.
 */
export const serverBinaries: string | undefined = findPostgresBinaries();

if (!serverBinaries) {
  if (process.env['ADUAN_REQUIRE_PG_SERVER'] === '1') {
    throw new Error('PostgreSQL server binaries not found, and ADUAN_REQUIRE_PG_SERVER=1 requires the server run');
  }
  console.warn('PostgreSQL server binaries not found: server run skipped');
}
