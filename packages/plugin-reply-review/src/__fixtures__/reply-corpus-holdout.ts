import { reply, type LabelledReply } from './labelled-reply.js';

/**
 * The held-out part of the reply corpus: written after the rules were frozen, labelled by hand for
 * every rule before the review was run on it, and never used to change a rule. Its scores show how
 * far the rules generalise beyond the tuning part (`reply-corpus-tuning.ts`).
 */
export const HOLDOUT_REPLIES: readonly LabelledReply[] = [
  // Polite and substantive.
  reply(
    'h-ps-01',
    'dpupr',
    'Selamat pagi, Ibu. Terima kasih atas laporan tentang jembatan kecil di Jl. Progo yang papannya lepas. Petugas DPUPR akan mengganti papan jembatan pada Kamis, 20 November 2025.\nSalam, DPUPR Kota Pekalongan',
    [],
  ),
  reply(
    'h-ps-02',
    'dlh',
    'Selamat siang, Bapak. Terima kasih sudah melapor. Armada DLH menambah jadwal pengangkutan sampah di Pasar Grogolan menjadi dua kali sehari mulai Senin, 17 November 2025.\nHormat kami,\nDLH Kota Pekalongan',
    [],
  ),
  reply(
    'h-ps-03',
    'dishub',
    'Selamat sore, Bapak. Terima kasih atas laporan parkir liar di depan Stadion Hoegeng. Petugas Dishub akan berjaga di lokasi setiap sore pukul 15.00–18.00 WIB selama dua minggu ke depan.\nSalam, Dishub Kota Pekalongan',
    [],
  ),
  reply(
    'h-ps-04',
    'capil',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Akta kelahiran putra Ibu sudah selesai dan dapat diambil di loket 3 Disdukcapil mulai besok, Selasa, 18 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
    [],
  ),
  reply(
    'h-ps-05',
    'dinkes',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Tim Dinkes akan melakukan pengasapan (fogging) di RW 04 Kelurahan Medono pada Sabtu, 22 November 2025 pukul 07.00 WIB.\nSalam, Dinkes Kota Pekalongan',
    [],
  ),
  reply(
    'h-ps-06',
    'satpol',
    'Selamat malam, Bapak. Terima kasih atas laporannya. Anggota Satpol PP telah menertibkan lapak yang menutup trotoar Jl. Hayam Wuruk pada hari ini pukul 19.00 WIB.\nSalam, Satpol PP Kota Pekalongan',
    [],
  ),
  reply(
    'h-ps-07',
    'kelurahan',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Petugas Kelurahan Kuripan Kidul akan mengecek data penerima bantuan Ibu pada Rabu, 19 November 2025 dan menghubungi Ibu melalui telepon.\nSalam, Kelurahan Kuripan Kidul',
    [],
  ),
  reply(
    'h-ps-08',
    'dpupr',
    'Selamat siang, Bapak. Terima kasih atas laporannya dan mohon maaf atas keterlambatan penanganan. Tim DPUPR telah mengeruk saluran di Jl. Kurinci pada 14 November 2025, dan pengerukan sisi utara dijadwalkan pekan depan.\nSalam, DPUPR Kota Pekalongan',
    [],
    { overdue: true },
  ),
  reply(
    'h-ps-09',
    'dlh',
    'Assalamualaikum, Ibu. Terima kasih atas laporannya. Petugas DLH sudah memotong dahan yang menjuntai ke kabel listrik di Jl. Veteran pada Jumat, 14 November 2025.\nSalam, DLH Kota Pekalongan',
    [],
  ),
  reply(
    'h-ps-10',
    'dishub',
    'Yth. Bapak, terima kasih atas laporan rambu yang roboh di simpang Kergon. Petugas Dishub akan memasang rambu pengganti dalam 3 hari kerja.\nSalam, Dishub Kota Pekalongan',
    [],
  ),
  reply(
    'h-ps-11',
    'kelurahan',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Perbaikan lampu jalan di Jl. Sriwijaya bukan wewenang kelurahan; laporan Bapak sudah kami teruskan kepada Dishub Kota Pekalongan pada 12 November 2025 untuk ditangani.\nSalam, Kelurahan Kuripan Kidul',
    [],
  ),
  reply(
    'h-ps-12',
    'dpupr',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Air bersih di perumahan Ibu bukan kewenangan DPUPR melainkan Perumda Air Minum Tirtayasa; laporan Ibu sudah kami teruskan ke PDAM hari ini, 13 November 2025.\nSalam, DPUPR Kota Pekalongan',
    [],
  ),
  reply(
    'h-ps-13',
    'capil',
    'Selamat siang, Saudara. Terima kasih atas pertanyaannya. Perbaikan data KK Saudara sudah kami proses dan dapat dicek di aplikasi mulai 21 November 2025. Petugas Disdukcapil siap membantu di loket 2 bila ada kendala.\nHormat kami, Disdukcapil Kota Pekalongan',
    [],
  ),
  reply(
    'h-ps-14',
    'dinkes',
    'Selamat pagi, Ibu. Terima kasih dan mohon maaf atas pelayanan yang kurang ramah di Puskesmas Bendan. Dinkes telah menegur petugas tersebut pada 10 November 2025 dan akan mengadakan pelatihan layanan pada Desember 2025.\nSalam, Dinkes Kota Pekalongan',
    [],
  ),
  reply(
    'h-ps-15',
    'dlh',
    'Selamat sore, Bapak. Terima kasih atas laporannya. Mohon maaf, pengangkutan kemarin terlewat. Petugas DLH sudah mengangkut sampah di Gg. Melati pagi ini pukul 07.15 WIB.\nSalam, DLH Kota Pekalongan',
    [],
  ),

  // Polite but normatif.
  reply(
    'h-pn-01',
    'dpupr',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Laporan akan segera kami tindak lanjuti.\nSalam, DPUPR Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'h-pn-02',
    'dlh',
    'Selamat pagi, Ibu. Terima kasih atas partisipasinya. Masukan Ibu sangat berarti dan akan menjadi bahan evaluasi kami.\nSalam, DLH Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'h-pn-03',
    'dishub',
    'Yth. Bapak, terima kasih atas laporannya. Laporan sudah kami terima dan sedang dalam proses.\nSalam, Dishub Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'h-pn-04',
    'capil',
    'Selamat siang, Ibu. Terima kasih. Mohon ditunggu, laporan Ibu sedang kami koordinasikan.\nSalam, Disdukcapil Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'h-pn-05',
    'dinkes',
    'Selamat pagi, Bapak. Terima kasih atas informasinya. Kami akan berkoordinasi dengan pihak terkait.\nSalam, Dinkes Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'h-pn-06',
    'kelurahan',
    'Selamat siang, Ibu. Terima kasih atas laporannya. Hal tersebut bukan kewenangan kelurahan, silakan menghubungi instansi yang berwenang.\nSalam, Kelurahan Kuripan Kidul',
    ['normatif', 'authority'],
  ),
  reply(
    'h-pn-07',
    'satpol',
    'Selamat malam, Bapak. Terima kasih atas laporannya. Aduan Bapak sudah kami catat.\nSalam, Satpol PP Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'h-pn-08',
    'dpupr',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Permasalahan ini akan kami usulkan dalam anggaran mendatang.\nSalam, DPUPR Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'h-pn-09',
    'dlh',
    'Selamat sore, Bapak. Terima kasih. Mohon maaf atas ketidaknyamanannya, laporan akan ditangani sesuai prosedur.\nSalam, DLH Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'h-pn-10',
    'dishub',
    'Selamat siang, Ibu. Terima kasih atas laporannya. Mohon maaf, hal ini di luar wewenang Dishub.\nSalam, Dishub Kota Pekalongan',
    ['normatif', 'authority'],
  ),
  reply(
    'h-pn-11',
    'capil',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Terkait hal tersebut akan kami pelajari lebih lanjut.\nSalam, Disdukcapil Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'h-pn-12',
    'dinkes',
    'Selamat siang, Ibu. Terima kasih atas laporannya. Kami sudah menerima laporan ini dan akan menindaklanjutinya.\nHormat kami, Dinkes Kota Pekalongan',
    ['normatif'],
  ),

  // Rude.
  reply('h-r-01', 'dpupr', 'Sabar, semua ada antriannya.', ['greeting', 'thanks', 'blaming', 'normatif', 'closing']),
  reply('h-r-02', 'dlh', 'Sudah diangkut kok, jangan lebay.', ['greeting', 'thanks', 'blaming', 'informal', 'normatif', 'closing']),
  reply('h-r-03', 'dishub', 'KAMI SUDAH TURUN KE LOKASI. TIDAK ADA MASALAH.', ['greeting', 'thanks', 'shouting', 'normatif', 'closing']),
  reply('h-r-04', 'capil', 'Datang aja langsung ke kantor, jangan cuma ngeluh di sini.', [
    'greeting',
    'thanks',
    'blaming',
    'informal',
    'normatif',
    'closing',
  ]),
  reply('h-r-05', 'satpol', 'Itu bukan urusan Satpol PP!!', ['greeting', 'thanks', 'exclamations', 'normatif', 'authority', 'closing']),
  reply('h-r-06', 'kelurahan', 'Kamu bisa baca tidak? Syaratnya sudah ditempel di papan pengumuman.', [
    'greeting',
    'thanks',
    'blaming',
    'normatif',
    'closing',
  ]),
  reply('h-r-07', 'dinkes', 'Laporan tolol seperti ini tidak akan kami tanggapi.', [
    'greeting',
    'thanks',
    'harsh-words',
    'normatif',
    'closing',
  ]),
  reply('h-r-08', 'dpupr', 'Udh dikerjain, gak usah lapor lagi.', ['greeting', 'thanks', 'blaming', 'informal', 'normatif', 'closing']),
  reply('h-r-09', 'dlh', 'Makanya jangan buang sampah sembarangan, nanti juga kebanjiran sendiri.', [
    'greeting',
    'thanks',
    'blaming',
    'normatif',
    'closing',
  ]),
  reply('h-r-10', 'dishub', 'Sudah ditangani!!! Cek sendiri.', ['greeting', 'thanks', 'exclamations', 'blaming', 'normatif', 'closing']),
  reply('h-r-11', 'capil', 'Salah sendiri datang telat, loket tutup jam 14.00.', [
    'greeting',
    'thanks',
    'blaming',
    'informal',
    'normatif',
    'closing',
  ]),
  reply('h-r-12', 'kelurahan', 'Tanya RT saja, jangan ke kelurahan.', ['greeting', 'thanks', 'blaming', 'normatif', 'closing']),

  // Mixed.
  reply(
    'h-m-01',
    'dpupr',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Tim DPUPR akan menambal jalan di Jl. Kartini pada Senin, 24 November 2025!!\nSalam, DPUPR Kota Pekalongan',
    ['exclamations'],
  ),
  reply(
    'h-m-02',
    'dlh',
    'Selamat pagi, Ibu. Petugas DLH akan mengangkut kasur bekas di Jl. Merpati pada Rabu, 19 November 2025.\nSalam, DLH Kota Pekalongan',
    ['thanks'],
  ),
  reply(
    'h-m-03',
    'dishub',
    'Terima kasih atas laporannya. Petugas Dishub akan memperbaiki lampu lalu lintas di simpang Ponolawen pada Kamis, 20 November 2025.\nSalam, Dishub Kota Pekalongan',
    ['greeting'],
  ),
  reply(
    'h-m-04',
    'capil',
    'Selamat siang, Ibu. Terima kasih atas laporannya. Petugas Disdukcapil akan mencetak ulang KTP Ibu pada Jumat, 21 November 2025.',
    ['closing'],
  ),
  reply(
    'h-m-05',
    'dinkes',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Balasan ini terlambat karena banyaknya laporan. Tim Dinkes akan memeriksa sumur warga di RT 02 pada 25 November 2025.\nSalam, Dinkes Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'h-m-06',
    'dpupr',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Tim DPUPR akan membersihkan gorong-gorong di Jl. Slamet pada Selasa, 25 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['apology'],
    { overdue: true },
  ),
  reply(
    'h-m-07',
    'dlh',
    'Selamat sore, Ibu. Makasih ya laporannya. Petugas DLH udah angkut sampahnya tadi pagi jam 07.00 WIB.\nSalam, DLH Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'h-m-08',
    'satpol',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Satpol PP akan menertibkan PKL di alun-alun pada Sabtu, 22 November 2025. Lain kali laporan jangan dibuat-buat, ya.\nSalam, Satpol PP Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'h-m-09',
    'kelurahan',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Surat pengantar Bapak SUDAH SELESAI dan dapat diambil di Kelurahan Kuripan Kidul mulai hari ini pukul 08.00 WIB.\nSalam, Kelurahan Kuripan Kidul',
    ['shouting'],
  ),
  reply(
    'h-m-10',
    'dishub',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Mohon maaf, trotoar bukan wewenang kami. Laporan sudah kami teruskan.\nSalam, Dishub Kota Pekalongan',
    ['normatif', 'authority'],
  ),
  reply('h-m-11', 'dpupr', 'Terima kasih. Tim DPUPR akan memperbaiki talud di Jl. Slamet pada minggu ketiga Desember 2025.', [
    'greeting',
    'closing',
  ]),
];
