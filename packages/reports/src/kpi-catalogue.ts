import type { LabelV1 } from '@aduan/spec';

/**
 * How a KPI's value is shaped: a plain `count`; a `share` (numerator ÷ denominator, 0..1); `days`
 * (working days, with count, mean and median); a `mean` of a score; the `last` instant something
 * happened, with the working days since.
 */
export type KpiKind = 'count' | 'share' | 'days' | 'mean' | 'last';

/** One KPI as the report documents it: what it is called, how it is computed and who asks for it. */
export interface KpiDefinition {
  id: string;
  kind: KpiKind;
  label: LabelV1;
  /** The formula in words, Bahasa Indonesia first. */
  formula: LabelV1;
  /** The bodies and documents that ask for it. */
  askedBy: string;
}

const share = <const I extends string>(id: I, label: LabelV1, formula: LabelV1, askedBy: string) =>
  ({ id, kind: 'share', label, formula, askedBy }) as const;
const count = <const I extends string>(id: I, label: LabelV1, formula: LabelV1, askedBy: string) =>
  ({ id, kind: 'count', label, formula, askedBy }) as const;

/**
 * Every KPI of the report, in the order tables show them. Periods select complaints by the moment
 * they were received (in WIB); every figure is measured from their events up to the report's
 * `asOf` instant, durations in working days (hari kerja, HK) of the city's calendar: the days after
 * the day something started, up to and including the day it ended, that are working days.
 */
export const KPI_DEFINITIONS = [
  count(
    'received',
    { id: 'Jumlah aduan masuk', en: 'Complaints received' },
    { id: 'jumlah aduan yang diterima dalam periode', en: 'complaints received in the period' },
    'KemenPAN-RB, Kemendagri, Ombudsman RI; laporan bulanan SP4N-LAPOR!',
  ),
  share(
    'verifiedOnTime',
    { id: 'Terverifikasi ≤ 3 HK', en: 'Verified within 3 working days' },
    {
      id: 'aduan yang verifikasi pertamanya ≤ 3 HK setelah diterima ÷ aduan terverifikasi',
      en: 'complaints first verified ≤ 3 working days after receipt ÷ complaints verified',
    },
    'KemenPAN-RB (aturan 3 HK SP4N-LAPOR!, PermenPANRB 62/2018)',
  ),
  share(
    'onHold',
    { id: 'Ditunda (data tidak lengkap)', en: 'Put on hold for missing data' },
    { id: 'aduan yang pernah diminta melengkapi data ÷ aduan masuk', en: 'complaints asked for missing data ÷ complaints received' },
    'Dinkominfo (laporan bulanan: aduan tanpa 5W1H); Lapor Ajib (arsip 10 hari)',
  ),
  {
    id: 'daysToData',
    kind: 'days',
    label: { id: 'HK sampai data lengkap', en: 'Working days until the data came' },
    formula: {
      id: 'HK dari permintaan data pertama sampai data pertama diterima (median dan rata-rata)',
      en: 'working days from the first request for data to the first data received (median and mean)',
    },
    askedBy: 'Dinkominfo (pemantauan Lapor Ajib)',
  },
  share(
    'disposed',
    { id: 'Didisposisikan', en: 'Disposed' },
    { id: 'aduan yang didisposisikan ke unit ÷ aduan masuk', en: 'complaints disposed to a unit ÷ complaints received' },
    'KemenPAN-RB (monev SP4N-LAPOR!)',
  ),
  share(
    'followedUpOfDisposed',
    { id: 'Ditindaklanjuti (dari yang didisposisikan)', en: 'Followed up (of disposed)' },
    {
      id: 'aduan terdisposisi dengan ≥ 1 tindak lanjut yang diterbitkan ÷ aduan terdisposisi',
      en: 'disposed complaints with at least one published answer ÷ disposed complaints',
    },
    'KemenPAN-RB (% tindak lanjut)',
  ),
  share(
    'followedUpOfReceived',
    { id: 'Ditindaklanjuti (dari aduan masuk)', en: 'Followed up (of received)' },
    { id: 'aduan dengan ≥ 1 tindak lanjut yang diterbitkan ÷ aduan masuk', en: 'complaints with at least one published answer ÷ received' },
    'KemenPAN-RB (% tindak lanjut)',
  ),
  share(
    'resolvedOfDisposed',
    { id: 'Selesai (dari yang didisposisikan)', en: 'Resolved (of disposed)' },
    { id: 'aduan terdisposisi yang selesai ÷ aduan terdisposisi', en: 'disposed complaints resolved ÷ disposed complaints' },
    'KemenPAN-RB, Kemendagri (% penyelesaian)',
  ),
  share(
    'resolvedOfReceived',
    { id: 'Selesai (dari aduan masuk)', en: 'Resolved (of received)' },
    { id: 'aduan yang selesai ÷ aduan masuk', en: 'complaints resolved ÷ complaints received' },
    'KemenPAN-RB, Kemendagri (% penyelesaian)',
  ),
  {
    id: 'daysToFirstAnswer',
    kind: 'days',
    label: { id: 'HK ke tindak lanjut pertama', en: 'Working days to the first answer' },
    formula: {
      id: 'HK dari disposisi terakhir sebelum tindak lanjut pertama sampai tindak lanjut pertama (rata-rata dan median; target ≤ 5)',
      en: 'working days from the last disposition before the first answer to that answer (mean and median; target ≤ 5)',
    },
    askedBy: 'KemenPAN-RB (rata-rata waktu tindak lanjut, target 5 HK)',
  } as const,
  share(
    'answeredOnTime',
    { id: 'Tindak lanjut ≤ 5 HK', en: 'Answered within 5 working days' },
    {
      id: 'aduan yang tindak lanjut pertamanya ≤ 5 HK setelah disposisi ÷ aduan terdisposisi yang ditindaklanjuti',
      en: 'complaints first answered ≤ 5 working days after disposition ÷ disposed complaints answered',
    },
    'KemenPAN-RB (aturan 5 HK SP4N-LAPOR!)',
  ),
  share(
    'resolvedWithinBudget',
    { id: 'Selesai dalam batas waktu', en: 'Resolved within the budget' },
    {
      id: 'aduan selesai yang selesai dalam batas waktu kebijakan sejak diterima (Lapor Ajib 14 HK; Perpres 76/2013 60 hari) ÷ aduan selesai',
      en: 'resolved complaints resolved within the policy budget from receipt (Lapor Ajib 14 working days; Perpres 76/2013 60 days) ÷ resolved',
    },
    'Pemkot Pekalongan (Lapor Ajib), Perpres 76/2013, Ombudsman RI',
  ),
  count(
    'open',
    { id: 'Masih terbuka', en: 'Still open' },
    {
      id: 'aduan yang belum selesai, ditolak, digabung atau dialihkan pada saat laporan',
      en: 'complaints not resolved, rejected, merged or handed over at the report instant',
    },
    'Dinkominfo (pemantauan harian)',
  ),
  count(
    'openAge0to3',
    { id: 'Terbuka 0–3 HK', en: 'Open 0–3 working days' },
    { id: 'aduan terbuka berumur 0–3 HK sejak diterima', en: 'open complaints 0–3 working days old' },
    'Dinkominfo (umur tunggakan)',
  ),
  count(
    'openAge4to5',
    { id: 'Terbuka 4–5 HK', en: 'Open 4–5 working days' },
    { id: 'aduan terbuka berumur 4–5 HK', en: 'open complaints 4–5 working days old' },
    'Dinkominfo (umur tunggakan)',
  ),
  count(
    'openAge6to10',
    { id: 'Terbuka 6–10 HK', en: 'Open 6–10 working days' },
    { id: 'aduan terbuka berumur 6–10 HK', en: 'open complaints 6–10 working days old' },
    'Dinkominfo (umur tunggakan)',
  ),
  count(
    'openAge11to14',
    { id: 'Terbuka 11–14 HK', en: 'Open 11–14 working days' },
    { id: 'aduan terbuka berumur 11–14 HK', en: 'open complaints 11–14 working days old' },
    'Dinkominfo (umur tunggakan)',
  ),
  count(
    'openAgeOver14',
    { id: 'Terbuka > 14 HK', en: 'Open over 14 working days' },
    { id: 'aduan terbuka berumur lebih dari 14 HK', en: 'open complaints over 14 working days old' },
    'Pemkot Pekalongan (batas 14 HK Lapor Ajib)',
  ),
  count(
    'overdue',
    { id: 'Lewat batas waktu', en: 'Overdue' },
    {
      id: 'aduan terbuka dengan tahap yang lewat batas waktu dan belum berakhir (menurut peristiwa "deadline-missed")',
      en: 'open complaints with a lapsed stage that has not ended (from the deadline-missed events)',
    },
    'Dinkominfo, pimpinan unit (eskalasi)',
  ),
  count(
    'overdueVerification',
    { id: 'Lewat batas: verifikasi', en: 'Overdue: verification' },
    {
      id: 'aduan terbuka yang tahap verifikasi dan disposisinya lewat batas',
      en: 'open complaints overdue in verification and disposition',
    },
    'Dinkominfo (aturan 3 HK)',
  ),
  count(
    'overdueFollowUp',
    { id: 'Lewat batas: tindak lanjut', en: 'Overdue: follow-up' },
    { id: 'aduan terbuka yang tahap tindak lanjut unitnya lewat batas', en: "open complaints overdue in the unit's follow-up" },
    'KemenPAN-RB (aturan 5 HK), pimpinan unit',
  ),
  count(
    'overdueResolution',
    { id: 'Lewat batas: penyelesaian', en: 'Overdue: resolution' },
    { id: 'aduan terbuka yang tahap penyelesaiannya lewat batas', en: 'open complaints overdue in resolution' },
    'Pemkot Pekalongan (14 HK), Perpres 76/2013 (60 hari)',
  ),
  share(
    'returned',
    { id: 'Bukan wewenang (dikembalikan)', en: 'Returned as not our authority' },
    {
      id: 'aduan yang pernah dikembalikan unit sebagai bukan wewenang ÷ aduan masuk',
      en: 'complaints a unit returned as not its authority ÷ received',
    },
    'Dinkominfo (ketepatan disposisi)',
  ),
  share(
    'handedOver',
    { id: 'Dialihkan melalui SP4N-LAPOR!', en: 'Handed over through SP4N-LAPOR!' },
    {
      id: 'aduan yang dialihkan ke instansi lain melalui SP4N-LAPOR! ÷ aduan masuk',
      en: 'complaints handed to another authority through SP4N-LAPOR! ÷ received',
    },
    'KemenPAN-RB (pengalihan SP4N-LAPOR!)',
  ),
  share(
    'reopened',
    { id: 'Dibuka kembali', en: 'Reopened' },
    {
      id: 'aduan yang dibuka kembali oleh pelapor ÷ aduan yang ditindaklanjuti',
      en: 'complaints the complainant reopened ÷ complaints answered',
    },
    'Ombudsman RI (kualitas penyelesaian), Dinkominfo',
  ),
  share(
    'satisfactionResponse',
    { id: 'Menjawab survei "Sudah beres?"', en: 'Answered "Is it fixed?"' },
    {
      id: 'aduan ditindaklanjuti yang pelapornya menjawab ÷ aduan ditindaklanjuti',
      en: 'answered complaints whose complainant replied to the survey ÷ answered',
    },
    'Ombudsman RI (kepercayaan masyarakat), SKM PermenPANRB 14/2017',
  ),
  share(
    'satisfactionFixed',
    { id: 'Pelapor: sudah beres', en: 'Complainant: fixed' },
    {
      id: 'jawaban terakhir "sudah" ÷ jawaban terakhir "sudah" atau "belum"',
      en: 'last answer "fixed" ÷ last answers "fixed" or "not fixed"',
    },
    'Ombudsman RI (kepercayaan masyarakat)',
  ),
  {
    id: 'satisfactionRating',
    kind: 'mean',
    label: { id: 'Rata-rata penilaian (1–5)', en: 'Mean rating (1–5)' },
    formula: { id: 'rata-rata penilaian terakhir tiap aduan (1–5)', en: "mean of each complaint's last rating (1–5)" },
    askedBy: 'SKM PermenPANRB 14/2017, Ombudsman RI',
  } as const,
  {
    id: 'lastUnitAction',
    kind: 'last',
    label: { id: 'Tindakan unit terakhir', en: 'Last unit action' },
    formula: {
      id: 'peristiwa terakhir oleh petugas unit (penghubung atau pimpinan unit) pada aduan kelompok ini, dan HK sejak itu',
      en: "the latest event by a unit's officer or head on the group's complaints, and the working days since",
    },
    askedBy: 'KemenPAN-RB (keaktifan)',
  } as const,
] as const satisfies readonly KpiDefinition[];

/** The id of every KPI. */
export type KpiId = (typeof KPI_DEFINITIONS)[number]['id'];

/** The kind of each KPI, by id. */
export type KpiKindOf<K extends KpiId> = Extract<(typeof KPI_DEFINITIONS)[number], { id: K }>['kind'];
