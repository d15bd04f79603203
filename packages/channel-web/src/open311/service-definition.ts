import { textResponse } from '../http/responses.js';
import type { Open311Format } from './render.js';
import { escapeXml } from './xml.js';

/**
 * `GET services/{code}.{format}`: the service's definition. aduan asks no extra attributes, so
 * the list is empty; clients that always fetch a definition before filing still get a valid one.
 */
export function renderServiceDefinition(format: Open311Format, serviceCode: string): Response {
  if (format === 'json')
    return textResponse(200, JSON.stringify({ service_code: serviceCode, attributes: [] }), 'application/json; charset=utf-8');
  const xml = `<?xml version="1.0" encoding="utf-8"?>\n<service_definition><service_code>${escapeXml(serviceCode)}</service_code><attributes/></service_definition>\n`;
  return textResponse(200, xml, 'text/xml; charset=utf-8');
}
