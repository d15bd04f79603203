import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDesk, createMemoryStore, type Desk, type MemoryStore } from '@aduan/core';
import type { Clock } from '@aduan/spec';

/** A plain node:http server around a listener on 127.0.0.1 with an ephemeral port. */
export async function serve(listener: RequestListener): Promise<{ url: string; server: Server }> {
  const server = createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

export interface TestDesk {
  desk: Desk;
  store: MemoryStore;
}

/** The real desk over the memory store, as an app would build it. */
export function testDesk(clock?: Clock): TestDesk {
  const store = createMemoryStore();
  return { desk: createDesk({ store, ...(clock ? { clock } : {}) }), store };
}

export const coordinator = { id: 'koordinator-1', role: 'coordinator' } as const;
