import { describe, expect, it } from 'vitest';
import { contenders, MINUTE, setUp, uniqueKey, type ChannelStateContext } from '../context.js';

export function replyWindowsSuite(ctx: ChannelStateContext): void {
  describe('reply windows', () => {
    it('knows nothing of an address that never wrote', async () => {
      const { state } = await setUp(ctx);
      expect(await state.doLastInbound({ channel: 'whatsapp', address: uniqueKey('addr') })).toBeUndefined();
    });

    it('keeps the latest instant an address wrote, whatever order the notes arrive in, on every handle', async () => {
      const { state, other, clock } = await setUp(ctx);
      const address = uniqueKey('addr');
      const first = clock.now().toISOString();
      const latest = clock.advanceBy(5 * MINUTE).toISOString();
      await state.doNoteInbound({ channel: 'whatsapp', address, at: latest });
      await other.doNoteInbound({ channel: 'whatsapp', address, at: first });
      for (const handle of [state, other]) expect(await handle.doLastInbound({ channel: 'whatsapp', address })).toBe(latest);
    });

    it('keeps channels and addresses apart', async () => {
      const { state, now } = await setUp(ctx);
      const [a, b] = [uniqueKey('addr'), uniqueKey('addr')];
      await state.doNoteInbound({ channel: 'whatsapp', address: a, at: now() });
      expect(await state.doLastInbound({ channel: 'sms', address: a })).toBeUndefined();
      expect(await state.doLastInbound({ channel: 'whatsapp', address: b })).toBeUndefined();
    });

    it('keeps the latest of many notes written at once', async () => {
      const { state, other, clock } = await setUp(ctx);
      const address = uniqueKey('addr');
      const start = clock.now().getTime();
      const instants = Array.from({ length: 10 }, (_, i) => new Date(start + ((i * 7) % 10) * MINUTE).toISOString());
      await contenders(instants.length, [state, other], (handle, i) =>
        handle.doNoteInbound({ channel: 'whatsapp', address, at: instants[i]! }),
      );
      expect(await state.doLastInbound({ channel: 'whatsapp', address })).toBe(new Date(start + 9 * MINUTE).toISOString());
    });
  });
}
