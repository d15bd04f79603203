/**
 * Orders strings by UTF-16 code units, as `COLLATE "C"` does in SQL stores. `localeCompare` would
 * make the memory store's order depend on the runtime's locale and disagree with other adapters.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
