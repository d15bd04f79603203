import type { HolidayYear } from './holiday-year.js';

/**
 * Indonesia 2024. Cuti bersama match the ASN cuti bersama decision of 9 January 2024 (No. 7/2024)
 * as reported at the time. The 2024 amendment SKB No. 236/2024, 1/2024, 2/2024 is cited by news
 * reports with the same Idul Fitri leave (8, 9, 12, 15 April); its own date was not confirmed here.
 */
export const INDONESIA_2024: HolidayYear = {
  year: 2024,
  status: 'decreed',
  sources: [
    'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 855 Tahun 2023, No. 3 Tahun 2023, No. 4 Tahun 2023 (12 September 2023)',
    'Perubahan SKB No. 236 Tahun 2024, No. 1 Tahun 2024, No. 2 Tahun 2024 (date not confirmed)',
    'Keppres No. 10 Tahun 2024 (6 Februari 2024): hari pemungutan suara Pemilu 2024 sebagai hari libur nasional',
    'Keppres No. 33 Tahun 2024 (21 November 2024): hari pemungutan suara Pilkada 2024 sebagai hari libur nasional',
  ],
  holidays: [
    { date: '2024-01-01', name: 'Tahun Baru 2024 Masehi' },
    { date: '2024-02-08', name: 'Isra Mikraj Nabi Muhammad SAW' },
    { date: '2024-02-10', name: 'Tahun Baru Imlek 2575 Kongzili' },
    { date: '2024-02-14', name: 'Pemungutan suara Pemilu 2024' },
    { date: '2024-03-11', name: 'Hari Suci Nyepi Tahun Baru Saka 1946' },
    { date: '2024-03-29', name: 'Wafat Isa Al Masih' },
    { date: '2024-03-31', name: 'Hari Paskah' },
    { date: '2024-04-10', name: 'Idul Fitri 1445 Hijriah' },
    { date: '2024-04-11', name: 'Idul Fitri 1445 Hijriah' },
    { date: '2024-05-01', name: 'Hari Buruh Internasional' },
    { date: '2024-05-09', name: 'Kenaikan Isa Al Masih' },
    { date: '2024-05-23', name: 'Hari Raya Waisak 2568 BE' },
    { date: '2024-06-01', name: 'Hari Lahir Pancasila' },
    { date: '2024-06-17', name: 'Idul Adha 1445 Hijriah' },
    { date: '2024-07-07', name: 'Tahun Baru Islam 1446 Hijriah' },
    { date: '2024-08-17', name: 'Hari Kemerdekaan Republik Indonesia' },
    { date: '2024-09-16', name: 'Maulid Nabi Muhammad SAW' },
    { date: '2024-11-27', name: 'Pemungutan suara Pilkada serentak 2024' },
    { date: '2024-12-25', name: 'Hari Raya Natal' },
  ],
  cutiBersama: [
    { date: '2024-02-09', name: 'Cuti bersama Tahun Baru Imlek 2575 Kongzili' },
    { date: '2024-03-12', name: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1946' },
    { date: '2024-04-08', name: 'Cuti bersama Idul Fitri 1445 Hijriah' },
    { date: '2024-04-09', name: 'Cuti bersama Idul Fitri 1445 Hijriah' },
    { date: '2024-04-12', name: 'Cuti bersama Idul Fitri 1445 Hijriah' },
    { date: '2024-04-15', name: 'Cuti bersama Idul Fitri 1445 Hijriah' },
    { date: '2024-05-10', name: 'Cuti bersama Kenaikan Isa Al Masih' },
    { date: '2024-05-24', name: 'Cuti bersama Hari Raya Waisak 2568 BE' },
    { date: '2024-06-18', name: 'Cuti bersama Idul Adha 1445 Hijriah' },
    { date: '2024-12-26', name: 'Cuti bersama Hari Raya Natal' },
  ],
};
