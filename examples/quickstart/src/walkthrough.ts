import { COMPLAINT_EVENT_TYPES, createDesk, createMemoryStore, type ComplaintView } from '@aduan/core';
import type { ChainVerdict } from '@aduan/core/history';
import type { Actor, StoredEvent } from '@aduan/spec';

const coordinator: Actor = { id: 'admin-dinkominfo', role: 'coordinator' };
const wrongUnit: Actor = { id: 'penghubung-dinkes', role: 'unit_officer', unitId: 'dinkes' };
const rightUnit: Actor = { id: 'penghubung-dpupr', role: 'unit_officer', unitId: 'dpupr' };

export interface WalkthroughResult {
  history: StoredEvent[];
  verdict: ChainVerdict;
  unitView: ComplaintView;
}

/**
 * One complaint from a resident's web form to resolution, with the side paths a real one often
 * takes: missing data, a unit returning it as not its authority, and a disputed first answer.
 */
export async function walkthrough(log: (line: string) => void): Promise<WalkthroughResult> {
  const desk = createDesk({ store: createMemoryStore() });
  for (const type of COMPLAINT_EVENT_TYPES) {
    desk.on(type, ({ event, complaint }) => log(`  ${`v${event.version}`.padEnd(4)} ${event.type.padEnd(28)} → ${complaint.status}`));
  }

  log('Warga melapor lewat formulir web:');
  const { complaint } = await desk.receive(coordinator, {
    channel: 'web',
    title: 'Jalan berlubang di Jl. Dr. Cipto',
    description: 'Lubang besar di depan SD, berbahaya untuk pengendara motor terutama saat hujan.',
    category: 'infrastruktur',
    contact: { name: 'Siti Aminah', phone: '+62 812 0000 0001' },
  });
  const id = complaint.id;
  log(`  nomor pelacakan: ${complaint.trackingNumber} (anonim dan rahasia secara bawaan)`);

  log('Koordinator meminta data yang kurang, warga melengkapinya:');
  await desk.requestInfo(coordinator, { complaintId: id, message: 'Mohon kirimkan titik lokasi atau patokan terdekat.' });
  await desk.provideInfo(coordinator, { complaintId: id, message: 'Depan SD Negeri Kraton 1, sebelah barat.' });

  log('Verifikasi dan disposisi; unit pertama mengembalikannya (bukan wewenang):');
  await desk.verify(coordinator, { complaintId: id, tier: 'normatif' });
  await desk.dispose(coordinator, { complaintId: id, unitId: 'dinkes' });
  await desk.returnNotOurs(wrongUnit, { complaintId: id, reason: 'Perbaikan jalan kewenangan DPUPR.', suggestedUnitId: 'dpupr' });
  await desk.dispose(coordinator, { complaintId: id, unitId: 'dpupr' });

  log('Unit menjawab; warga menyanggah; unit menjawab lagi; warga mengonfirmasi:');
  await desk.respond(rightUnit, { complaintId: id, message: 'Terima kasih atas laporannya. Lubang sudah kami tutup sementara.' });
  await desk.reopen(coordinator, { complaintId: id, reason: 'Tambalan sudah terkelupas lagi.' });
  await desk.respond(rightUnit, { complaintId: id, message: 'Mohon maaf atas ketidaknyamanannya. Jalan sudah diaspal ulang.' });
  await desk.confirm(coordinator, { complaintId: id, note: 'Warga puas.' });

  const history = await desk.history(coordinator, id);
  const verdict = await desk.verifyHistory(id);
  const unitView = await desk.get(rightUnit, id);
  await desk.close();
  return { history, verdict, unitView };
}
