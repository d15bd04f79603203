import type { HolidayYear } from './holiday-year.js';

/** Indonesia 2025: 17 hari libur nasional and 10 cuti bersama, plus 18 August added by amendment. */
export const INDONESIA_2025: HolidayYear = {
  year: 2025,
  status: 'decreed',
  sources: [
    'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024 (14 Oktober 2024)',
    'Perubahan SKB No. 933 Tahun 2025, No. 1 Tahun 2025, No. 3 Tahun 2025 (7 Agustus 2025): cuti bersama 18 Agustus 2025 (HUT ke-80 RI)',
  ],
  holidays: [
    { date: '2025-01-01', name: 'Tahun Baru 2025 Masehi' },
    { date: '2025-01-27', name: 'Isra Mikraj Nabi Muhammad SAW' },
    { date: '2025-01-29', name: 'Tahun Baru Imlek 2576 Kongzili' },
    { date: '2025-03-29', name: 'Hari Suci Nyepi Tahun Baru Saka 1947' },
    { date: '2025-03-31', name: 'Idul Fitri 1446 Hijriah' },
    { date: '2025-04-01', name: 'Idul Fitri 1446 Hijriah' },
    { date: '2025-04-18', name: 'Wafat Yesus Kristus' },
    { date: '2025-04-20', name: 'Kebangkitan Yesus Kristus (Paskah)' },
    { date: '2025-05-01', name: 'Hari Buruh Internasional' },
    { date: '2025-05-12', name: 'Hari Raya Waisak 2569 BE' },
    { date: '2025-05-29', name: 'Kenaikan Yesus Kristus' },
    { date: '2025-06-01', name: 'Hari Lahir Pancasila' },
    { date: '2025-06-06', name: 'Idul Adha 1446 Hijriah' },
    { date: '2025-06-27', name: '1 Muharam Tahun Baru Islam 1447 Hijriah' },
    { date: '2025-08-17', name: 'Proklamasi Kemerdekaan' },
    { date: '2025-09-05', name: 'Maulid Nabi Muhammad SAW' },
    { date: '2025-12-25', name: 'Kelahiran Yesus Kristus' },
  ],
  cutiBersama: [
    { date: '2025-01-28', name: 'Cuti bersama Tahun Baru Imlek 2576 Kongzili' },
    { date: '2025-03-28', name: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1947' },
    { date: '2025-04-02', name: 'Cuti bersama Idul Fitri 1446 Hijriah' },
    { date: '2025-04-03', name: 'Cuti bersama Idul Fitri 1446 Hijriah' },
    { date: '2025-04-04', name: 'Cuti bersama Idul Fitri 1446 Hijriah' },
    { date: '2025-04-07', name: 'Cuti bersama Idul Fitri 1446 Hijriah' },
    { date: '2025-05-13', name: 'Cuti bersama Hari Raya Waisak 2569 BE' },
    { date: '2025-05-30', name: 'Cuti bersama Kenaikan Yesus Kristus' },
    { date: '2025-06-09', name: 'Cuti bersama Idul Adha 1446 Hijriah' },
    { date: '2025-08-18', name: 'Cuti bersama HUT ke-80 Kemerdekaan Republik Indonesia' },
    { date: '2025-12-26', name: 'Cuti bersama Kelahiran Yesus Kristus' },
  ],
};
