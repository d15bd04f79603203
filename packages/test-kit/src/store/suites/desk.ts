import { createDesk } from '@aduan/core';
import type { Actor } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../virtual-clock.js';
import { uniqueId, type SuiteContext } from '../suite-context.js';

const coordinator: Actor = { id: 'koordinator-1', role: 'coordinator' };
const officer: Actor = { id: 'penghubung-pu', role: 'unit_officer', unitId: 'dinas-pu' };

const intake = (messageId = uniqueId('msg')) => ({
  channel: 'whatsapp',
  channelMessageId: messageId,
  title: 'Saluran air tersumbat',
  description: 'Saluran di Jl. Hayam Wuruk tersumbat sampah, air meluap ke jalan saat hujan.',
  category: 'infrastruktur',
  contact: { name: 'Sri Wahyuni', whatsapp: '6281200000004' },
});

export function deskSuite(ctx: SuiteContext): void {
  describe('desk on this store', () => {
    it('walks a complaint through the whole lifecycle; history verifies and rebuild matches', async () => {
      const { store, probe } = await ctx.fresh();
      const clock = createVirtualClock();
      const desk = createDesk({ store, clock });
      const { complaint } = await desk.receive(coordinator, intake());
      const id = complaint.id;
      clock.advanceBy(60_000);
      await desk.verify(coordinator, { complaintId: id });
      await desk.dispose(coordinator, { complaintId: id, unitId: 'dinas-pu' });
      clock.advanceBy(3_600_000);
      await desk.respond(officer, { complaintId: id, message: 'Saluran sudah dibersihkan oleh tim kami. Terima kasih.' });
      await desk.confirm(coordinator, { complaintId: id });
      const before = await probe.projection(id);
      expect(before?.status).toBe('resolved');
      expect((await probe.events(id)).map((e) => e.type)).toEqual([
        'complaint-received',
        'complaint-verified',
        'complaint-disposed',
        'complaint-responded',
        'complaint-confirmed',
      ]);
      expect(await desk.verifyHistory(id)).toMatchObject({ ok: true, events: 5 });
      const report = await desk.rebuild();
      expect(report.failed).toEqual([]);
      expect(await probe.projection(id)).toEqual(before);
      expect(await probe.outbox(id)).toHaveLength(1);
    });

    it('creates one complaint for one channel message received twice at once', async () => {
      const { store, probe } = await ctx.fresh();
      const desk = createDesk({ store });
      const message = intake();
      const [a, b] = await Promise.all([desk.receive(coordinator, message), desk.receive(coordinator, message)]);
      expect(a.complaint.id).toBe(b.complaint.id);
      expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
      expect(await probe.events(a.complaint.id)).toHaveLength(1);
    });

    it('detects a payload edited directly in storage', async () => {
      const { store, probe } = await ctx.fresh();
      const desk = createDesk({ store });
      const { complaint } = await desk.receive(coordinator, intake());
      await desk.verify(coordinator, { complaintId: complaint.id });
      const [, verified] = await probe.events(complaint.id);
      await probe.tamperEventPayload(complaint.id, 2, { ...verified!.payload, classification: 'aspirasi' });
      expect(await desk.verifyHistory(complaint.id)).toMatchObject({ ok: false, brokenAtVersion: 2 });
    });

    it('erases the identity and still verifies the history', async () => {
      const { store, probe } = await ctx.fresh();
      const desk = createDesk({ store });
      const { complaint } = await desk.receive(coordinator, intake());
      expect(await desk.eraseIdentity(coordinator, complaint.complainantId)).toBe(true);
      expect(await probe.identity(complaint.complainantId)).toBeUndefined();
      expect((await desk.get(coordinator, complaint.id)).complainant).toMatchObject({ visibility: 'full', identity: null });
      expect(await desk.verifyHistory(complaint.id)).toMatchObject({ ok: true });
    });
  });
}
