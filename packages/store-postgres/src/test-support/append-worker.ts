/**
 * Child process of the crash test: drives complaints through the desk as fast as it can, in
 * several concurrent lanes, until it is killed. Prints "ready" once the first command landed.
 * Usage: node --import tsx append-worker.ts <connection string> <schema>
 */
import { randomUUID } from 'node:crypto';
import { createDesk } from '@aduan/core';
import type { Actor } from '@aduan/spec';
import { createPostgresStore } from '../pg/index.js';

const [connectionString, schema] = process.argv.slice(2);
if (!connectionString || !schema) throw new Error('usage: append-worker <connection string> <schema>');

const LANES = 4;
const coordinator: Actor = { id: 'koordinator', role: 'coordinator' };
const officer: Actor = { id: 'penghubung', role: 'unit_officer', unitId: 'dinas-pu' };

const store = await createPostgresStore({ connectionString, schema, migrate: false, maxConnections: LANES });
const desk = createDesk({ store });

async function lane(): Promise<never> {
  for (;;) {
    const { complaint } = await desk.receive(coordinator, {
      channel: 'whatsapp',
      channelMessageId: randomUUID(),
      title: 'Lampu jalan mati',
      description: 'Lampu penerangan jalan di Jl. Merdeka mati sejak tiga hari.',
      contact: { name: 'Warga', whatsapp: '6281200000009' },
    });
    process.stdout.write('ready\n');
    const complaintId = complaint.id;
    await desk.requestInfo(coordinator, { complaintId, message: 'Mohon kirim foto lokasi.' });
    await desk.provideInfo(coordinator, { complaintId, message: 'Foto terlampir.' });
    await desk.verify(coordinator, { complaintId, category: 'infrastruktur' });
    await desk.dispose(coordinator, { complaintId, unitId: 'dinas-pu' });
    await desk.respond(officer, { complaintId, message: 'Lampu sudah diganti. Terima kasih.' });
  }
}

await Promise.all(Array.from({ length: LANES }, lane));
