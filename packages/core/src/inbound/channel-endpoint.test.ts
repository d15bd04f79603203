import { describe, expect, it } from 'vitest';
import { createKioskChannel } from '../__fixtures__/kiosk-channel.js';
import { createChannelEndpoint, createDesk, createMemoryStore } from '../index.js';

const KEY = 'test-pseudonym-key-0123456789';

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

function setup(maxBodyBytes?: number) {
  const store = createMemoryStore();
  const desk = createDesk({ store, pseudonymKey: KEY });
  const kiosk = createKioskChannel('kiosk-secret');
  return { store, kiosk, handle: createChannelEndpoint({ desk, channel: kiosk.channel, maxBodyBytes }) };
}

describe('createChannelEndpoint', () => {
  it('stores every message of a signed webhook and answers 200', async () => {
    const { store, kiosk, handle } = setup();
    const response = await handle(
      kiosk.request({
        messages: [
          { id: 'k1', from: '081200000001', text: 'Satu' },
          { id: 'k2', from: '081200000002', text: 'Dua' },
        ],
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, messages: 2, quarantined: 0, receipts: 0 });
    expect(store.contents().projections).toHaveLength(2);
  });

  it('answers 401 to a bad signature and stores nothing', async () => {
    const { store, kiosk, handle } = setup();
    const response = await handle(kiosk.request({ messages: [{ id: 'k1', from: '081200000001', text: 'Satu' }] }, 'ab'.repeat(32)));
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toMatchObject({ code: 'unauthorized' });
    expect(store.contents().events).toEqual([]);
  });

  it('answers 400 with the reason to a malformed body', async () => {
    const { kiosk, handle } = setup();
    const broken = '{"messages": [';
    const signed = new Request('http://localhost/webhooks/kiosk', {
      method: 'POST',
      headers: { 'x-kiosk-signature': kiosk.sign(broken) },
      body: broken,
    });
    const response = await handle(signed);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/not JSON/);
  });

  it('answers 413 to a body over the limit without reading it whole', async () => {
    const { store, handle } = setup(64);
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 32;
        controller.enqueue(new Uint8Array(32));
        if (pulled > 10_000) controller.close();
      },
    });
    const request = new Request('http://localhost/webhooks/kiosk', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    const response = await handle(request);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(256);
    expect(store.contents().events).toEqual([]);
  });

  it('fails fast when the desk cannot route channel messages', () => {
    const kiosk = createKioskChannel('kiosk-secret');
    expect(() => createChannelEndpoint({ desk: createDesk({ store: createMemoryStore() }), channel: kiosk.channel })).toThrow(
      /pseudonymKey/,
    );
    expect(() =>
      createChannelEndpoint({
        desk: createDesk({ store: createMemoryStore(), pseudonymKey: KEY }),
        channel: { ...kiosk.channel, doSend: undefined } as never,
      }),
    ).toThrow(/doSend/);
  });
});
