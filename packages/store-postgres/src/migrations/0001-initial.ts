import { appendFunctions } from './append-functions.js';
import { channelStateTables } from './channel-state-tables.js';
import { storeTables } from './store-tables.js';

/**
 * Version 1 of the schema: the store's tables, the channel state's tables and the append
 * functions. A released migration is never edited: changes go into a new file. `s` is the quoted
 * schema name.
 */
export function initialSchema(s: string): string[] {
  return [...storeTables(s), ...channelStateTables(s), ...appendFunctions(s)];
}
