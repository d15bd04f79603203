import { InvalidInputError } from '@aduan/spec';

/** A JSON object as parsed; fields are read with the helpers below, which name the bad path. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function invalidPayload(path: string, message: string): InvalidInputError {
  return new InvalidInputError('WhatsApp webhook payload', [{ path, message }]);
}

export function objectAt(parent: JsonObject, key: string, path: string): JsonObject {
  const value = parent[key];
  if (!isObject(value)) throw invalidPayload(`${path}.${key}`, 'must be an object');
  return value;
}

/** A required array; `optional` lets an absent key read as empty (Meta omits empty lists). */
export function arrayAt(parent: JsonObject, key: string, path: string, optional = false): unknown[] {
  const value = parent[key];
  if (value === undefined && optional) return [];
  if (!Array.isArray(value)) throw invalidPayload(path ? `${path}.${key}` : key, 'must be an array');
  return value;
}

export function stringAt(parent: JsonObject, key: string, path: string): string {
  const value = parent[key];
  if (typeof value !== 'string' || value === '') throw invalidPayload(`${path}.${key}`, 'must be a non-empty string');
  return value;
}

/** Meta's timestamps are Unix seconds as a string. */
export function timestampAt(parent: JsonObject, key: string, path: string): string {
  const value = parent[key];
  const seconds = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : typeof value === 'number' ? value : NaN;
  if (!Number.isSafeInteger(seconds) || seconds < 0) throw invalidPayload(`${path}.${key}`, 'must be Unix seconds');
  return new Date(seconds * 1000).toISOString();
}

/** An optional, non-empty string field of optional content; anything else reads as absent. */
export function optionalText(parent: unknown, key: string): string | undefined {
  if (!isObject(parent)) return undefined;
  const value = parent[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Decodes the raw bytes as strict UTF-8 JSON. */
export function decodeJson(body: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw invalidPayload('', 'the body is not valid UTF-8');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidPayload('', 'the body is not valid JSON');
  }
}
