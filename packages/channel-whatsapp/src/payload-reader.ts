import { InvalidInputError } from '@aduan/spec';

/** A JSON object as parsed; fields are read with the helpers below. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The error for a call that cannot be read as a whole (the only case a webhook is refused for its content). */
export function invalidPayload(path: string, message: string): InvalidInputError {
  return new InvalidInputError('WhatsApp webhook payload', [{ path, message }]);
}

/** An array field; an absent key reads as empty (Meta omits empty lists), anything else as undefined. */
export function listAt(parent: JsonObject, key: string): unknown[] | undefined {
  const value = parent[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : undefined;
}

/** An optional, non-empty string field of optional content; anything else reads as absent. */
export function optionalText(parent: unknown, key: string): string | undefined {
  if (!isObject(parent)) return undefined;
  const value = parent[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Meta's timestamps are Unix seconds as a string; answers the ISO instant, or undefined when it is not one. */
export function instantAt(parent: JsonObject, key: string): string | undefined {
  const value = parent[key];
  const seconds = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : typeof value === 'number' ? value : Number.NaN;
  return Number.isSafeInteger(seconds) && seconds >= 0 ? new Date(seconds * 1000).toISOString() : undefined;
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
