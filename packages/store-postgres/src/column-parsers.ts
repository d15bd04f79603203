/**
 * How the store reads result columns, set on every query so that type parsers an application
 * installed on its client (globally, for node-postgres) change nothing here. The store's queries
 * return only integers, booleans and text: timestamps and JSON are rendered as text in SQL.
 */
export const COLUMN_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  16: (text) => text === 't', // bool
  21: (text) => Number.parseInt(text, 10), // int2
  23: (text) => Number.parseInt(text, 10), // int4
};

/** Parses one column of a node-postgres result; other types stay text. */
export function parseColumn(oid: number, text: string): unknown {
  const parse = COLUMN_PARSERS[oid];
  return parse ? parse(text) : text;
}
