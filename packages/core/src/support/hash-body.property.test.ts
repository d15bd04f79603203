import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { hashBody } from './hash-body.js';

/** A member as stored data may hold it: usually a string, sometimes anything JSON, sometimes missing. */
const member = fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue(), fc.constant(undefined));

const envelope = fc.record({
  id: member,
  complaintId: member,
  version: fc.oneof(fc.nat(), member),
  type: member,
  schemaVersion: fc.oneof(fc.nat(), member),
  at: member,
  actor: fc.oneof(fc.record({ id: fc.string(), role: fc.string(), unitId: fc.option(fc.string(), { nil: undefined }) }), member),
  payload: fc.oneof(fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(fc.jsonValue(), fc.constant(undefined))), member),
  prevHash: fc.string({ unit: 'binary' }),
  // Stored events carry more than the hashed members; those must not leak into the hash.
  hash: fc.string(),
});

describe('hashBody', () => {
  it('is byte for byte the canonical JSON of the hashed members', () => {
    fc.assert(
      fc.property(envelope, (event) => {
        const { id, complaintId, version, type, schemaVersion, at, actor, payload, prevHash } = event;
        const expected = canonicalJson({ id, complaintId, version, type, schemaVersion, at, actor, payload, prevHash });
        expect(hashBody(event as never, prevHash)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });
});
