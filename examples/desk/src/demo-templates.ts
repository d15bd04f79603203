import type { ReplyTemplateV1 } from '@aduan/spec';

/** A template as `templates/save` takes it. */
type TemplateInput = Pick<ReplyTemplateV1, 'id' | 'name' | 'stage' | 'category' | 'automatic' | 'active' | 'body' | 'shortBody'>;

/**
 * The demo city's reply templates: the acknowledgement sent on receipt (stating the expected
 * timeline), and answers for a unit's officers to start from — for every category, and two for
 * roads and drains. Each answer greets, thanks, names a concrete action with its day and closes
 * with the unit's name, so reply review finds nothing to change.
 */
export const DEMO_TEMPLATES: readonly TemplateInput[] = [
  {
    id: 'tanda-terima',
    name: 'Tanda terima aduan',
    stage: 'received',
    category: null,
    automatic: true,
    active: true,
    body:
      'Terima kasih, {nama}. Aduan Anda "{judul}" sudah kami terima pada {tanggal_diterima} dengan nomor {nomor}. ' +
      'Kami menargetkan selesai paling lambat {perkiraan_selesai}. Lacak di laman aduan dengan nomor tersebut. — {instansi}',
    shortBody: 'Aduan {nomor} diterima {tanggal_diterima}; target selesai {perkiraan_selesai}. {instansi}',
  },
  {
    id: 'jawaban-ditangani',
    name: 'Sudah ditangani di lapangan',
    stage: 'disposed',
    category: null,
    automatic: false,
    active: true,
    body:
      'Selamat siang {nama}, terima kasih atas laporannya. Petugas {unit} telah memeriksa lokasi dan menangani masalah ' +
      'pada {tanggal_hari_ini}. Bila masih ada kendala, balas pesan ini dengan nomor aduan {nomor}. Salam, {unit}.',
    shortBody: 'Terima kasih {nama}. {unit} telah menangani aduan {nomor} pada {tanggal_hari_ini}. Salam, {unit}.',
  },
  {
    id: 'jawaban-dijadwalkan',
    name: 'Dijadwalkan, dengan batas waktu',
    stage: 'disposed',
    category: null,
    automatic: false,
    active: true,
    body:
      'Selamat siang {nama}, terima kasih atas laporannya. Aduan {nomor} sudah kami tinjau dan penanganannya dijadwalkan ' +
      'paling lambat {batas_waktu} oleh petugas {unit}. Kami kabari kembali setelah selesai. Salam, {unit}.',
    shortBody: 'Terima kasih {nama}. Aduan {nomor} dijadwalkan selesai paling lambat {batas_waktu}. Salam, {unit}.',
  },
  {
    id: 'jalan-ditambal',
    name: 'Jalan rusak: sudah ditambal',
    stage: 'disposed',
    category: 'infrastruktur',
    automatic: false,
    active: true,
    body:
      'Selamat siang {nama}, terima kasih atas laporannya. Tim {unit} telah menambal dan meratakan jalan yang dilaporkan ' +
      'pada {tanggal_hari_ini}. Mohon berhati-hati selama aspal mengeras. Salam, {unit}.',
    shortBody: 'Terima kasih {nama}. Jalan pada aduan {nomor} ditambal {tanggal_hari_ini}. Salam, {unit}.',
  },
  {
    id: 'saluran-dibersihkan',
    name: 'Drainase: saluran dibersihkan',
    stage: 'disposed',
    category: 'drainase',
    automatic: false,
    active: true,
    body:
      'Selamat siang {nama}, terima kasih atas laporannya. Tim {unit} telah mengangkat sedimen dan membersihkan saluran ' +
      'yang tersumbat pada {tanggal_hari_ini}. Salam, {unit}.',
    shortBody: 'Terima kasih {nama}. Saluran pada aduan {nomor} dibersihkan {tanggal_hari_ini}. Salam, {unit}.',
  },
  {
    id: 'jawaban-eskalasi',
    name: 'Ditangani pimpinan',
    stage: 'escalated',
    category: null,
    automatic: false,
    active: true,
    body:
      'Selamat siang {nama}, terima kasih atas kesabarannya. Aduan {nomor} kini ditangani langsung oleh pimpinan {instansi}, ' +
      'dengan target selesai paling lambat {batas_waktu}. Salam, {instansi}.',
    shortBody: 'Terima kasih {nama}. Aduan {nomor} ditangani pimpinan; target {batas_waktu}. Salam, {instansi}.',
  },
];
