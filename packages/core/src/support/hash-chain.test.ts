import { GENESIS_HASH } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sealEvent, verifyChain, type UnsealedEvent } from '../history/index.js';

const draft = (version: number, payload: Record<string, unknown> = {}): UnsealedEvent => ({
  id: `e-${version}`,
  complaintId: 'c-1',
  version,
  type: version === 1 ? 'complaint-received' : 'complaint-verified',
  schemaVersion: 1,
  at: `2025-03-0${version}T02:00:00.000Z`,
  actor: { id: 'admin', role: 'coordinator' },
  payload,
});

function chain(length: number) {
  const events = [];
  let prev = GENESIS_HASH;
  for (let version = 1; version <= length; version++) {
    const sealed = sealEvent(draft(version, { n: version }), prev);
    events.push(sealed);
    prev = sealed.hash;
  }
  return events;
}

describe('canonicalJson', () => {
  it('sorts keys and drops undefined members, so key order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined], c: undefined } })).toBe('{"a":{"d":[1,null]},"b":1}');
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow('non-finite number');
  });
});

describe('sealEvent and verifyChain', () => {
  it('links each event to the previous one, starting from the genesis hash', () => {
    const events = chain(3);

    expect(events[0]?.prevHash).toBe(GENESIS_HASH);
    expect(events[2]?.prevHash).toBe(events[1]?.hash);
    expect(verifyChain('c-1', events)).toEqual({ ok: true, events: 3, headHash: events[2]?.hash });
  });

  it('gives the same hash whatever order the payload keys were built in', () => {
    expect(sealEvent(draft(2, { a: 1, b: 2 }), GENESIS_HASH).hash).toBe(sealEvent(draft(2, { b: 2, a: 1 }), GENESIS_HASH).hash);
  });

  it('verifies an empty stream as the genesis hash', () => {
    expect(verifyChain('c-1', [])).toEqual({ ok: true, events: 0, headHash: GENESIS_HASH });
  });

  it('names the first broken version and why', () => {
    const events = chain(3);

    expect(
      verifyChain('c-1', [events[0]!, { ...events[1]!, actor: { id: 'someone-else', role: 'coordinator' } }, events[2]!]),
    ).toMatchObject({
      ok: false,
      brokenAtVersion: 2,
      reason: 'content does not match its hash (edited after it was written)',
    });
    expect(verifyChain('c-2', events)).toMatchObject({ ok: false, brokenAtVersion: 1, reason: 'event belongs to stream c-1' });
    expect(verifyChain('c-1', [events[0]!, events[0]!])).toMatchObject({
      ok: false,
      brokenAtVersion: 2,
      reason: 'version 1 where 2 was expected',
    });
  });
});
