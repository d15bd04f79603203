import type { HolidayYear } from './holiday-year.js';

/**
 * Indonesia 2026: 17 hari libur nasional and 8 cuti bersama. Amendments issued after the SKB
 * (for instance after the Idul Fitri isbat session) were not checked: override a date if one moved.
 */
export const INDONESIA_2026: HolidayYear = {
  year: 2026,
  status: 'decreed',
  sources: [
    'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025 (19 September 2025)',
  ],
  holidays: [
    { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi' },
    { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad SAW' },
    { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili' },
    { date: '2026-03-19', name: 'Hari Suci Nyepi Tahun Baru Saka 1948' },
    { date: '2026-03-21', name: 'Idul Fitri 1447 Hijriah' },
    { date: '2026-03-22', name: 'Idul Fitri 1447 Hijriah' },
    { date: '2026-04-03', name: 'Wafat Yesus Kristus' },
    { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)' },
    { date: '2026-05-01', name: 'Hari Buruh Internasional' },
    { date: '2026-05-14', name: 'Kenaikan Yesus Kristus' },
    { date: '2026-05-27', name: 'Idul Adha 1447 Hijriah' },
    { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE' },
    { date: '2026-06-01', name: 'Hari Lahir Pancasila' },
    { date: '2026-06-16', name: '1 Muharam Tahun Baru Islam 1448 Hijriah' },
    { date: '2026-08-17', name: 'Proklamasi Kemerdekaan' },
    { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW' },
    { date: '2026-12-25', name: 'Kelahiran Yesus Kristus' },
  ],
  cutiBersama: [
    { date: '2026-02-16', name: 'Cuti bersama Tahun Baru Imlek 2577 Kongzili' },
    { date: '2026-03-18', name: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948' },
    { date: '2026-03-20', name: 'Cuti bersama Idul Fitri 1447 Hijriah' },
    { date: '2026-03-23', name: 'Cuti bersama Idul Fitri 1447 Hijriah' },
    { date: '2026-03-24', name: 'Cuti bersama Idul Fitri 1447 Hijriah' },
    { date: '2026-05-15', name: 'Cuti bersama Kenaikan Yesus Kristus' },
    { date: '2026-05-28', name: 'Cuti bersama Idul Adha 1447 Hijriah' },
    { date: '2026-12-24', name: 'Cuti bersama Kelahiran Yesus Kristus' },
  ],
};
