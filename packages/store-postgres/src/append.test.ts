import { createDesk } from '@aduan/core';
import { sealEvent, verifyChain } from '@aduan/core/history';
import type { AppendInput } from '@aduan/spec';
import { expectAduanError, StreamBuilder } from '@aduan/test-kit';
import { describe, expect, it } from 'vitest';
import { useBackends } from './test-support/backends.js';

const backends = useBackends({ pglite: true, server: true });

const T0 = '2026-03-02T02:00:00.000Z';
let streams = 0;
const builder = (overrides: { title?: string } = {}) => {
  const complaintId = `c-${++streams}`;
  return new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: T0, ...overrides });
};
const verified = (b: StreamBuilder, at = T0) => b.followedBy({ type: 'complaint-verified', at, payload: { classification: 'pengaduan' } });

for (const backend of [backends.pglite, backends.server]) {
  describe.skipIf(!backend.available)(`appends on ${backend.name}`, () => {
    it('keeps event JSON faithful: unicode, NUL characters, numbers and nesting read back equal and still verify', async () => {
      const { store, probe, cleanup } = await backend.fresh();
      try {
        const input = builder().received();
        const event = input.events[0]!;
        const payload = {
          ...event.payload,
          description: 'Jalan berlubang 🚧 di Jl. Diponegoro — "segera" \\ tolong\u0000!',
          location: { lat: -6.8886, long: 109.6753, address: 'Kel. Podosugih' },
          numbers: [0, -0.5, 1e-7, 123456789.123, Number.MAX_SAFE_INTEGER, 1e21],
          nested: { empty: {}, list: [[], [null, true, 'x']] },
        };
        // The hash covers the exact content, so the richer payload is sealed afresh.
        const sealed = sealEvent({ ...event, payload }, event.prevHash);
        await store.doAppend({ ...input, events: [sealed], projection: { ...input.projection, lastEventHash: sealed.hash } });
        const read = await store.doReadStream(event.complaintId);
        expect(read).toEqual([sealed]);
        expect(JSON.stringify(read[0]!.payload)).toBe(JSON.stringify(sealed.payload));
        expect(verifyChain(event.complaintId, await probe.events(event.complaintId))).toMatchObject({ ok: true });
      } finally {
        await cleanup();
      }
    });

    it('refuses timestamps it could not read back as written, after the version check, writing nothing', async () => {
      const { store, probe, cleanup } = await backend.fresh();
      try {
        const b = builder();
        const first = b.received();
        const skewed: AppendInput = { ...first, events: [{ ...first.events[0]!, at: '2026-03-02T09:00:00+07:00' }] };
        const error = await expectAduanError(store.doAppend(skewed), 'invalid_input');
        expect(error.message).toContain('events.0.at');
        expect(await probe.events(b.complaintId)).toEqual([]);
        expect(await probe.projection(b.complaintId)).toBeUndefined();
        await store.doAppend(first);
        // A stale writer hears version_conflict first, whatever else is wrong with its input.
        await expectAduanError(store.doAppend({ ...skewed, expectedVersion: 0 }), 'version_conflict');
      } finally {
        await cleanup();
      }
    });

    it('refuses a payload JSON cannot carry as invalid_input, writing nothing', async () => {
      const { store, probe, cleanup } = await backend.fresh();
      try {
        const b = builder();
        const first = b.received();
        const unwritable = { ...first, events: [{ ...first.events[0]!, payload: { ...first.events[0]!.payload, count: 1n } }] };
        const error = await expectAduanError(store.doAppend(unwritable), 'invalid_input');
        expect(error.message).toContain('JSON');
        await expectAduanError(store.doAppendMany([unwritable]), 'invalid_input');
        expect(await probe.events(b.complaintId)).toEqual([]);
      } finally {
        await cleanup();
      }
    });

    it('answers a stale writer with version_conflict even when PostgreSQL would refuse its event', async () => {
      const { store, probe, cleanup } = await backend.fresh();
      try {
        const b = builder();
        await store.doAppend(b.received());
        const next = verified(b);
        await store.doAppend(next);
        // A NUL in a typed parameter fails the call before the function's version check runs.
        const staleWithNul = { ...next, events: [{ ...next.events[0]!, id: 'e\u0000' }] };
        await expectAduanError(store.doAppend(staleWithNul), 'version_conflict');
        expect(await probe.events(b.complaintId)).toHaveLength(2);
      } finally {
        await cleanup();
      }
    });

    it('refuses events that do not follow the expected version, and text PostgreSQL cannot hold, as invalid_input', async () => {
      const { store, probe, cleanup } = await backend.fresh();
      try {
        const b = builder();
        await store.doAppend(b.received());
        const next = verified(b);
        await expectAduanError(store.doAppend({ ...next, events: [{ ...next.events[0]!, version: 5 }] }), 'invalid_input');
        const nul = builder({ title: 'Lampu\u0000mati' });
        const refused = await expectAduanError(store.doAppend(nul.received()), 'invalid_input');
        // Our words, not PostgreSQL's: an invalid_input message reaches HTTP clients.
        expect(refused.message).toContain('NUL');
        expect(refused.message).not.toMatch(/byte sequence|0x00|unsupported Unicode|\$\d|SELECT/i);
        expect(await probe.events(nul.complaintId)).toEqual([]);
        await store.doAppend(next);
        expect((await probe.events(b.complaintId)).map((e) => e.version)).toEqual([1, 2]);
      } finally {
        await cleanup();
      }
    });

    it('fails with StoreFailureError saying what failed, never PostgreSQL’s text, with the driver error as cause', async () => {
      const { store, sql, schema, cleanup } = await backend.fresh();
      try {
        await sql.query(`DROP TABLE "${schema}".quarantine`);
        const error = await expectAduanError(store.doListQuarantine({ limit: 5 }), 'store_failure');
        expect(error.message).toBe('PostgreSQL store failed while listing quarantined messages (42P01)');
        expect(String((error.cause as Error).message)).toContain('quarantine');
      } finally {
        await cleanup();
      }
    });

    it('writes a batch with doAppendMany, all or nothing', async () => {
      const { store, probe, cleanup } = await backend.fresh();
      try {
        const [a, b, c] = [builder(), builder(), builder()];
        await store.doAppendMany([
          a.received({ identity: { name: 'Ani' }, dedupeKey: { channel: 'sms', messageId: 'm-a' } }),
          b.received({ identity: { name: 'Budi' } }),
        ]);
        expect((await probe.projection(a.complaintId))?.version).toBe(1);
        expect(await probe.identity(b.complainantId)).toEqual({ complainantId: b.complainantId, name: 'Budi' });
        expect(await probe.dedupeKeys(a.complaintId)).toEqual([{ channel: 'sms', messageId: 'm-a' }]);

        // One stale stream fails the whole batch: c's first event is not written either.
        const cFirst = c.received();
        const stale = { ...verified(a), expectedVersion: 0 };
        await expectAduanError(store.doAppendMany([cFirst, stale]), 'version_conflict');
        expect(await probe.events(c.complaintId)).toEqual([]);
        // So does a message received before, naming the complaint that holds it.
        const d = builder();
        const duplicate = await expectAduanError(
          store.doAppendMany([cFirst, d.received({ dedupeKey: { channel: 'sms', messageId: 'm-a' } })]),
          'duplicate_message',
        );
        expect(duplicate.details['existingComplaintId']).toBe(a.complaintId);
        expect(await probe.events(c.complaintId)).toEqual([]);
        // And a tracking number another complaint holds, named exactly.
        const e = new StreamBuilder({ complaintId: 'c-taken', trackingNumber: `T-${b.complaintId}`, at: T0 });
        const taken = await expectAduanError(store.doAppendMany([cFirst, e.received()]), 'duplicate_tracking_number');
        expect(taken.details['trackingNumber']).toBe(`T-${b.complaintId}`);
        // Two appends of one batch competing for one stream are refused before anything is sent.
        await expectAduanError(store.doAppendMany([cFirst, cFirst]), 'invalid_input');
        expect(await probe.events(c.complaintId)).toEqual([]);
      } finally {
        await cleanup();
      }
    });

    it('lets verifyHistory catch events edited, re-dated or deleted behind its back', async () => {
      const { store, sql, schema, cleanup } = await backend.fresh();
      try {
        const desk = createDesk({ store });
        const coordinator = { id: 'koordinator', role: 'coordinator' as const };
        const ids: string[] = [];
        for (let i = 0; i < 3; i++) {
          const { complaint } = await desk.receive(coordinator, { channel: 'web', title: `Aduan ${i}`, description: 'Sampah menumpuk.' });
          await desk.verify(coordinator, { complaintId: complaint.id });
          ids.push(complaint.id);
        }
        const s = `"${schema}"`;
        await sql.query(`UPDATE ${s}.events SET payload = '{"classification":"aspirasi"}' WHERE complaint_id = $1 AND version = 2`, [
          ids[0],
        ]);
        await sql.query(`UPDATE ${s}.events SET at = at - interval '1 day' WHERE complaint_id = $1 AND version = 1`, [ids[1]]);
        await sql.query(`DELETE FROM ${s}.events WHERE complaint_id = $1 AND version = 2`, [ids[2]]);
        expect(await desk.verifyHistory(ids[0]!)).toMatchObject({ ok: false, brokenAtVersion: 2 });
        expect(await desk.verifyHistory(ids[1]!)).toMatchObject({ ok: false, brokenAtVersion: 1 });
        expect(await desk.verifyHistory(ids[2]!)).toMatchObject({ ok: false });
      } finally {
        await cleanup();
      }
    });

    it('ends a deadline claim when the complaint is appended to or its projection replaced', async () => {
      const { store, sql, schema, cleanup } = await backend.fresh();
      try {
        const b = builder();
        for (const append of [b.received(), verified(b)]) await store.doAppend(append);
        const claimOf = async () =>
          (await sql.query<{ claimant: string | null }>(`SELECT claimant FROM "${schema}".projections WHERE id = $1`, [b.complaintId]))
            .rows[0]?.claimant;
        await sql.query(`UPDATE "${schema}".projections SET claim_until = now() + interval '1 hour', claimant = 'x' WHERE id = $1`, [
          b.complaintId,
        ]);
        const last = b.followedBy({ type: 'complaint-disposed', at: T0, payload: { unitId: 'dinas-pu' } });
        await store.doAppend(last);
        expect(await claimOf()).toBeNull();
        await sql.query(`UPDATE "${schema}".projections SET claim_until = now() + interval '1 hour', claimant = 'x' WHERE id = $1`, [
          b.complaintId,
        ]);
        await store.doReplaceProjection(last.projection);
        expect(await claimOf()).toBeNull();
      } finally {
        await cleanup();
      }
    });
  });
}
