import type { StoredEvent } from '@aduan/spec';
import { canonicalJson } from './canonical-json.js';

/** The members an event hash covers, already in the order `canonicalJson` sorts them into. */
const HASHED_MEMBERS = ['actor', 'at', 'complaintId', 'id', 'payload', 'prevHash', 'schemaVersion', 'type', 'version'] as const;
const PREFIXES = HASHED_MEMBERS.map((key) => `${JSON.stringify(key)}:`);

/**
 * Byte for byte `canonicalJson({ id, complaintId, version, type, schemaVersion, at, actor, payload, prevHash })`,
 * without building that object or sorting its keys for every event written and verified.
 */
export function hashBody(event: Omit<StoredEvent, 'prevHash' | 'hash'>, prevHash: string): string {
  let out = '{';
  for (let i = 0; i < HASHED_MEMBERS.length; i++) {
    const key = HASHED_MEMBERS[i]!;
    const member = key === 'prevHash' ? prevHash : event[key];
    if (member === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${PREFIXES[i]}${canonicalJson(member)}`;
  }
  return `${out}}`;
}
