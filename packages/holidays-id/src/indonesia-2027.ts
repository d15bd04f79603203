import type { HolidayYear } from './holiday-year.js';

/**
 * Indonesia 2027, PROVISIONAL. The SKB 3 Menteri for 2027 (signed in September 2026) was looked
 * for when this release was prepared; neither its text nor a report of its dates could be found,
 * so nothing here is taken from it. Fixed-date holidays are certain and the Christian ones follow
 * Easter (28 March 2027). Lunar and lunisolar dates are our estimates (`estimated: true`, possibly
 * a day off): the Islamic ones assume the government's MABIMS sighting criteria, which put
 * 1 Syawal 1448 on 10 March where date-holidays says 9 March. Cuti bersama are unknown, so none
 * are listed. A release of this package replaces the year once the decree's dates are confirmed;
 * until then a city sets them through `createWorkingCalendar({ years })` or overrides single dates.
 */
export const INDONESIA_2027: HolidayYear = {
  year: 2027,
  status: 'provisional',
  sources: ['Keppres No. 8 Tahun 2024 tentang Hari-Hari Libur (which days are holidays); dates estimated, SKB 2027 not yet confirmed'],
  holidays: [
    { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi' },
    { date: '2027-01-05', name: 'Isra Mikraj Nabi Muhammad SAW', estimated: true },
    { date: '2027-02-06', name: 'Tahun Baru Imlek 2578 Kongzili', estimated: true },
    { date: '2027-03-08', name: 'Hari Suci Nyepi Tahun Baru Saka 1949', estimated: true },
    { date: '2027-03-10', name: 'Idul Fitri 1448 Hijriah', estimated: true },
    { date: '2027-03-11', name: 'Idul Fitri 1448 Hijriah', estimated: true },
    { date: '2027-03-26', name: 'Wafat Yesus Kristus' },
    { date: '2027-03-28', name: 'Kebangkitan Yesus Kristus (Paskah)' },
    { date: '2027-05-01', name: 'Hari Buruh Internasional' },
    { date: '2027-05-06', name: 'Kenaikan Yesus Kristus' },
    { date: '2027-05-17', name: 'Idul Adha 1448 Hijriah', estimated: true },
    { date: '2027-05-20', name: 'Hari Raya Waisak 2571 BE', estimated: true },
    { date: '2027-06-01', name: 'Hari Lahir Pancasila' },
    { date: '2027-06-06', name: '1 Muharam Tahun Baru Islam 1449 Hijriah', estimated: true },
    { date: '2027-08-15', name: 'Maulid Nabi Muhammad SAW', estimated: true },
    { date: '2027-08-17', name: 'Proklamasi Kemerdekaan' },
    { date: '2027-12-25', name: 'Kelahiran Yesus Kristus' },
  ],
  cutiBersama: [],
};
