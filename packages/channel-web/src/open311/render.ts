import { textResponse } from '../http/responses.js';
import { escapeXml, xmlElement } from './xml.js';

export type Open311Format = 'json' | 'xml';
type Open311Value = string | number | boolean | null;
/** Every GeoReport v2 response aduan produces is a list of flat records. */
export type Open311Record = Readonly<Record<string, Open311Value>>;

const CONTENT_TYPES: Record<Open311Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

function toXml(root: string, item: string, records: readonly Open311Record[]): string {
  const items = records.map((record) => {
    const fields = Object.entries(record).map(([name, value]) => xmlElement(name, value === null ? null : escapeXml(String(value))));
    return `<${item}>${fields.join('')}</${item}>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${xmlElement(root, items.join('\n'))}\n`;
}

/**
 * Writes records the GeoReport v2 way: a JSON array (the Spark convention of the spec), or a
 * schemaless XML document `<root><item>…</item></root>` with the same field names.
 */
export function renderRecords(
  format: Open311Format,
  names: { root: string; item: string },
  records: readonly Open311Record[],
  status = 200,
  headers: Record<string, string> = {},
): Response {
  const body = format === 'json' ? JSON.stringify(records) : toXml(names.root, names.item, records);
  return textResponse(status, body, CONTENT_TYPES[format], headers);
}
