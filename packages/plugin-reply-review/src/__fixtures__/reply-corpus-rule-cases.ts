import { nearMiss as near, reply, type LabelledReply } from './labelled-reply.js';

/**
 * Replies written rule by rule to widen the tuning corpus: for every rule, replies that break it in
 * phrasings officers really use, and near misses that look like a break but are not (acronyms in
 * capitals, a quoted resident's words, a denied delay, a polite "jangan ragu melapor"). Every reply
 * is labelled by hand for every rule, not only the one it was written for.
 */
export const RULE_CASE_REPLIES: readonly LabelledReply[] = [
  // Shouting: runs of capitals, short ones included.
  reply(
    'c-sh-01',
    'dpupr',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Lubang di Jl. Dr. Cipto SUDAH DITAMBAL oleh DPUPR pada 4 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['shouting'],
  ),
  reply(
    'c-sh-02',
    'dlh',
    'Selamat pagi, Ibu. Terima kasih. MOHON DIPERHATIKAN, petugas DLH mengangkut sampah di Kelurahan Podosugih setiap Senin dan Kamis pukul 06.00 WIB.\nSalam, DLH Kota Pekalongan',
    ['shouting'],
  ),
  reply(
    'c-sh-03',
    'dishub',
    'Selamat sore, Bapak. Terima kasih atas laporannya. Petugas Dishub SUDAH BERADA DI LOKASI sejak pukul 16.00 WIB dan kendaraan di bahu jalan sudah ditertibkan.\nSalam, Dishub Kota Pekalongan',
    ['shouting'],
  ),
  reply(
    'c-sh-04',
    'capil',
    'Selamat pagi, Saudara. Terima kasih. KTP-el Saudara TIDAK BISA DIAMBIL WAKIL; silakan datang ke loket Disdukcapil mulai Senin, 10 November 2025 pukul 08.00 WIB.\nSalam, Disdukcapil Kota Pekalongan',
    ['shouting'],
  ),
  reply(
    'c-sh-05',
    'dinkes',
    'Selamat siang, Ibu. Terima kasih atas laporannya. HARAP DICATAT: fogging di RW 07 Kelurahan Medono dilakukan Puskesmas Medono pada Sabtu, 15 November 2025 pukul 07.00 WIB.\nSalam sehat, Dinkes Kota Pekalongan',
    ['shouting'],
  ),
  reply(
    'c-sh-06',
    'satpol',
    'SELAMAT MALAM BAPAK. TERIMA KASIH ATAS LAPORANNYA. PETUGAS SATPOL PP SUDAH MEMBUBARKAN BALAP LIAR DI JL. PELITA PUKUL 23.00 WIB.\nSalam, Satpol PP Kota Pekalongan',
    ['shouting'],
  ),
  reply(
    'c-sh-07',
    'kelurahan',
    'Selamat pagi, Bapak. Terima kasih. Surat keterangan domisili Bapak sudah jadi, TOLONG SEGERA DIAMBIL di Kelurahan Kuripan Kidul paling lambat Jumat, 14 November 2025.\nSalam, Kelurahan Kuripan Kidul',
    ['shouting'],
  ),
  reply(
    'c-sh-08',
    'dpupr',
    'Selamat siang, Ibu. Terima kasih atas laporannya. Saluran di Gg. Kenanga 3 SUDAH KAMI BERSIHKAN pada 6 November 2025 bersama DPUPR.\nSalam, DPUPR Kota Pekalongan',
    ['shouting'],
  ),
  reply(
    'c-sh-09',
    'dishub',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Rambu dilarang parkir di depan SD Negeri Sapuro akan dipasang Dishub pada Rabu, 19 November 2025. SEMUA KENDARAAN YANG MELANGGAR AKAN DIDEREK.\nSalam, Dishub Kota Pekalongan',
    ['shouting'],
  ),
  reply(
    'c-sh-10',
    'dlh',
    'Selamat siang, Bapak. Terima kasih. Pohon tumbang di Jl. Merdeka sudah dipotong petugas DLH tadi pagi. Mohon maaf, KAMI KEKURANGAN PERSONEL sehingga penanganan terlambat.\nSalam, DLH Kota Pekalongan',
    ['shouting'],
  ),
  reply(
    'c-sh-11',
    'capil',
    'Selamat siang, Ibu. Terima kasih. Akta kematian almarhum SUDAH TERBIT di Disdukcapil pada 7 November 2025 dan dapat diambil di loket 2.\nSalam, Disdukcapil Kota Pekalongan',
    ['shouting'],
  ),
  reply(
    'c-sh-12',
    'satpol',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. PKL di trotoar Pasar Banjarsari SUDAH DITERTIBKAN Satpol PP hari ini, dan petugas akan berjaga setiap pagi selama seminggu.\nSalam, Satpol PP Kota Pekalongan',
    ['shouting'],
  ),
  near(
    ['shouting'],
    reply(
      'c-shn-01',
      'dpupr',
      'Selamat pagi, Bapak. Terima kasih atas laporan melalui SP4N-LAPOR!. Tim UPTD PJU DPUPR mengganti lampu LED di RT 02/RW 05 Kel. Kuripan Kidul pada 3 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['shouting'],
    reply(
      'c-shn-02',
      'capil',
      'Selamat siang, Ibu. Terima kasih. Perubahan data NIK dan KK Ibu sudah diproses; KTP-el dan KIA dapat diambil di Disdukcapil mulai 12 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['shouting', 'closing'],
    reply(
      'c-shn-03',
      'dlh',
      'Selamat pagi, Bapak. Terima kasih atas laporannya. Petugas DLH sudah mengangkut sampah di TPS Jl. Gajah Mada pada Selasa, 11 November 2025.\nHormat kami,\nDINAS LINGKUNGAN HIDUP KOTA PEKALONGAN',
      [],
    ),
  ),
  near(
    ['shouting'],
    reply(
      'c-shn-04',
      'dinkes',
      'Selamat siang, Bapak. Terima kasih. Pasien dapat berobat dengan BPJS/JKN-KIS di RSUD Bendan; Puskesmas Kramatsari sudah mengirim rujukan pada 5 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['shouting'],
    reply(
      'c-shn-05',
      'dishub',
      'Selamat sore, Ibu. Terima kasih atas laporannya. Mulai Senin, 17 November 2025, Dishub memasang rambu larangan berhenti di depan SMP Negeri 2; kendaraan yang berhenti di sana akan DITEGUR petugas.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['shouting'],
    reply(
      'c-shn-06',
      'kelurahan',
      'Selamat pagi, Bapak. Terima kasih. Pengajuan SKTM Bapak sudah ditandatangani Lurah dan dapat diambil di Kelurahan Kuripan Kidul hari ini pukul 13.00 WIB.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['shouting'],
    reply(
      'c-shn-07',
      'dpupr',
      'Selamat siang, Bapak. Terima kasih atas laporannya. Perbaikan Jl. KH. Mas Mansyur termasuk kegiatan APBD-P 2025 dan dikerjakan DPUPR mulai 20 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['shouting', 'harsh-words'],
    reply(
      'c-shn-08',
      'satpol',
      'Selamat malam, Bapak. Terima kasih. Satpol PP bersama Polsek Pekalongan Barat dan Koramil membubarkan kerumunan di GOR Jetayu pukul 22.30 WIB.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['shouting'],
    reply(
      'c-shn-09',
      'dpupr',
      'Selamat siang, Bapak. Terima kasih atas laporannya. Berkas PBG Bapak sudah diperiksa DPUPR dan diteruskan ke DPMPTSP pada 10 November 2025 untuk penerbitan izin.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['shouting'],
    reply(
      'c-shn-10',
      'dishub',
      'Selamat pagi, Bapak. Terima kasih. Lampu APILL di simpang Ponolawen diperbaiki teknisi Dishub bersama PT PLN (Persero) UP3 Pekalongan pada 8 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['shouting', 'closing'],
    reply(
      'c-shn-11',
      'kelurahan',
      'Selamat sore, Ibu. Terima kasih atas laporannya. Petugas Kelurahan Kuripan Kidul membersihkan saluran RT 05 bersama warga pada Minggu, 16 November 2025 pukul 07.00 WIB.\nSalam,\nKELURAHAN KURIPAN KIDUL',
      [],
    ),
  ),
  near(
    ['shouting'],
    reply(
      'c-shn-12',
      'dinkes',
      'Selamat pagi, Bapak. Terima kasih. Vaksinasi HPV dan imunisasi BIAS di SD Negeri Medono dilaksanakan Puskesmas Medono pada Kamis, 20 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['shouting', 'exclamations'],
    reply(
      'c-shn-13',
      'satpol',
      'Selamat siang, Bapak. Terima kasih. Keluhan Bapak tentang "SUARA MUSIK KERAS SEKALI!!" dari kafe di Jl. Hasanudin sudah kami tangani: Satpol PP menegur pemilik kafe pada 9 November 2025.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),

  // Exclamations.
  reply(
    'c-ex-01',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih atas laporannya!! Tim DPUPR sudah menambal lubang di Jl. Imam Bonjol pada 5 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['exclamations'],
  ),
  reply(
    'c-ex-02',
    'dlh',
    'Selamat siang, Ibu. Terima kasih. Sampah di Jl. Kartini sudah diangkut petugas DLH hari ini pukul 09.00 WIB! ! Semoga lingkungan kembali bersih.\nSalam, DLH Kota Pekalongan',
    ['exclamations'],
  ),
  reply(
    'c-ex-03',
    'dishub',
    'Selamat sore, Bapak. Terima kasih. Bukankah rambu sudah dipasang Dishub sejak 1 November 2025?! Petugas akan memeriksa kembali rambu itu besok pagi.\nSalam, Dishub Kota Pekalongan',
    ['exclamations', 'blaming'],
  ),
  reply(
    'c-ex-04',
    'capil',
    'Selamat pagi, Ibu. Terima kasih. Akta kelahiran sudah selesai dan dapat diambil di Disdukcapil mulai besok!!!\nSalam, Disdukcapil Kota Pekalongan',
    ['exclamations'],
  ),
  reply(
    'c-ex-05',
    'dinkes',
    'Selamat siang, Bapak. Terima kasih!!! Petugas Puskesmas Noyontaan akan memeriksa jentik di rumah warga RT 01 pada Senin, 17 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
    ['exclamations'],
  ),
  reply(
    'c-ex-06',
    'satpol',
    'Selamat malam, Ibu. Terima kasih atas laporannya. Petugas Satpol PP sudah ke lokasi pukul 21.00 WIB dan menghentikan pesta kembang api!!1\nSalam, Satpol PP Kota Pekalongan',
    ['exclamations'],
  ),
  near(
    ['exclamations'],
    reply(
      'c-exn-01',
      'dpupr',
      'Selamat pagi, Bapak. Terima kasih atas laporannya! Tim DPUPR sudah menambal lubang di Jl. Hasanudin pada 6 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['exclamations'],
    reply(
      'c-exn-02',
      'dlh',
      'Selamat siang, Ibu. Terima kasih atas laporan melalui SP4N-LAPOR! Petugas DLH mengangkut sampah di Jl. Sulawesi pada 7 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['exclamations'],
    reply(
      'c-exn-03',
      'dishub',
      'Selamat sore, Bapak. Terima kasih. Apakah lampu di simpang Bendan sudah menyala kembali? Teknisi Dishub menggantinya pada 4 November 2025; jika belum, mohon kabari kami.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['exclamations'],
    reply(
      'c-exn-04',
      'capil',
      'Selamat pagi, Ibu. Terima kasih... Akta Ibu sudah dicetak di Disdukcapil pada 10 November 2025 dan dapat diambil mulai besok.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['exclamations'],
    reply(
      'c-exn-05',
      'dinkes',
      'Selamat siang, Bapak. Terima kasih. Ayo cegah DBD! Puskesmas Sokorejo melakukan fogging di RW 02 pada Sabtu, 15 November 2025 pukul 07.00 WIB.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['exclamations', 'harsh-words'],
    reply(
      'c-exn-06',
      'satpol',
      'Selamat malam, Bapak. Terima kasih atas laporannya. Satpol PP menertibkan reklame liar di Jl. Sultan Agung tadi sore. Selamat beristirahat!\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['exclamations'],
    reply(
      'c-exn-07',
      'kelurahan',
      'Selamat pagi, Ibu. Terima kasih! Surat pengantar SKCK Ibu sudah ditandatangani dan dapat diambil di Kelurahan Kuripan Kidul hari ini.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['exclamations'],
    reply(
      'c-exn-08',
      'dpupr',
      'Selamat siang, Bapak. Terima kasih atas laporannya. Nomor tiket Bapak: 2025-11-0042 (mohon disimpan). Perbaikan talud oleh DPUPR dijadwalkan 24 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['exclamations'],
    reply(
      'c-exn-09',
      'dlh',
      'Selamat pagi, Bapak. Terima kasih atas laporan Bapak yang berjudul "Sampah menumpuk!!" Petugas DLH mengangkut sampah tersebut pada 12 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['exclamations'],
    reply(
      'c-exn-10',
      'dishub',
      'Selamat pagi, Ibu. Terima kasih. Mohon berhati-hati! Perbaikan marka di Jl. Gajah Mada dikerjakan Dishub pada 18–19 November 2025 pukul 21.00–04.00 WIB.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['exclamations'],
    reply(
      'c-exn-11',
      'capil',
      'Selamat siang, Bapak. Terima kasih atas laporannya. KK Bapak sudah terbit di Disdukcapil pada 11 November 2025. Selamat! Dokumen dapat diambil di loket 1.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['exclamations'],
    reply(
      'c-exn-12',
      'satpol',
      'Selamat pagi, Ibu. Terima kasih atas laporannya. Pengamen di perempatan Sorogenen sudah didata Satpol PP pada 10 November 2025 dan diserahkan ke Dinsos untuk pembinaan. Terima kasih atas kepeduliannya!\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),

  // Harsh words.
  reply('c-hw-01', 'satpol', 'Dasar warga kampungan, parkir saja tidak bisa rapi.', [
    'greeting',
    'thanks',
    'harsh-words',
    'blaming',
    'normatif',
    'closing',
  ]),
  reply(
    'c-hw-02',
    'dpupr',
    'Selamat pagi, Pak. Terima kasih. Jalan sudah ditambal DPUPR tanggal 3 November 2025, jadi jangan sok tahu soal aspal.\nSalam, DPUPR Kota Pekalongan',
    ['harsh-words', 'blaming'],
  ),
  reply('c-hw-03', 'capil', 'Pertanyaan bodoh, syaratnya sudah ada di website.', [
    'greeting',
    'thanks',
    'harsh-words',
    'blaming',
    'normatif',
    'closing',
  ]),
  reply('c-hw-04', 'dinkes', 'Ibu jangan cengeng, antrean puskesmas memang panjang.', [
    'thanks',
    'harsh-words',
    'blaming',
    'normatif',
    'closing',
  ]),
  reply(
    'c-hw-05',
    'dishub',
    'Selamat sore. Terima kasih atas laporannya. Sopir angkot yang Bapak laporkan memang brengsek, sudah kami tegur pada 10 November 2025.\nSalam, Dishub Kota Pekalongan',
    ['harsh-words'],
  ),
  reply('c-hw-06', 'kelurahan', 'Yang bilang pelayanan kami tidak becus itu pembohong. Surat sudah jadi sejak kemarin.', [
    'greeting',
    'thanks',
    'harsh-words',
    'normatif',
    'closing',
  ]),
  reply(
    'c-hw-07',
    'dlh',
    'Selamat pagi, Bapak. Terima kasih. Tolong jangan rewel, truk DLH datang setiap Selasa pukul 07.00 WIB.\nSalam, DLH Kota Pekalongan',
    ['harsh-words', 'blaming'],
  ),
  reply('c-hw-08', 'dpupr', 'Laporan tolol. Itu saluran milik warga, urus sendiri.', [
    'greeting',
    'thanks',
    'harsh-words',
    'blaming',
    'normatif',
    'closing',
  ]),
  reply(
    'c-hw-09',
    'satpol',
    'Selamat malam. Terima kasih. PKL itu memang bandel dan goblok, sudah kami bubarkan tadi malam pukul 22.00 WIB.\nSalam, Satpol PP Kota Pekalongan',
    ['harsh-words'],
  ),
  reply(
    'c-hw-10',
    'dinkes',
    'Selamat siang, Ibu. Terima kasih. Jangan manja, obat di puskesmas memang harus antre.\nSalam sehat, Dinkes Kota Pekalongan',
    ['harsh-words', 'blaming', 'normatif'],
  ),
  near(
    ['harsh-words'],
    reply(
      'c-hwn-01',
      'satpol',
      'Selamat pagi, Bapak. Terima kasih. Tidak ada pungutan liar di Pasar Grogolan; Satpol PP memeriksa pasar pada 10 November 2025 dan tidak menemukan pungutan.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words'],
    reply(
      'c-hwn-02',
      'dishub',
      'Selamat sore, Ibu. Terima kasih atas laporan parkir liar di Jl. Diponegoro. Petugas Dishub menderek dua kendaraan pada 7 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words', 'blaming'],
    reply(
      'c-hwn-03',
      'capil',
      'Selamat siang, Bapak. Terima kasih. Kami tidak menganggap laporan Bapak ngawur; data Bapak sudah kami cocokkan dan diperbaiki di Disdukcapil pada 5 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words'],
    reply(
      'c-hwn-04',
      'dlh',
      'Selamat pagi, Ibu. Terima kasih. Keluhan Ibu bahwa petugas berkata "bodoh" kepada warga sudah kami tindak: petugas tersebut ditegur Kepala DLH pada 6 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words'],
    reply(
      'c-hwn-05',
      'dinkes',
      'Selamat siang, Bapak. Terima kasih. Penyakit anjing gila (rabies) ditangani Dinkes bersama DKP: vaksinasi rabies di Kelurahan Degayu dilakukan pada 18 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words'],
    reply(
      'c-hwn-06',
      'kelurahan',
      'Selamat pagi, Bapak. Terima kasih. Bangunan liar di bantaran Kali Loji sudah didata Kelurahan Kuripan Kidul pada 4 November 2025 dan dilaporkan ke Satpol PP untuk ditertibkan.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['harsh-words', 'blaming'],
    reply(
      'c-hwn-07',
      'dpupr',
      'Selamat siang, Ibu. Terima kasih. Kami memahami Ibu kesal. Tim DPUPR akan menambal jalan di Jl. Kurinci pada Kamis, 13 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words'],
    reply(
      'c-hwn-08',
      'satpol',
      'Selamat malam, Bapak. Terima kasih atas laporannya. Balap liar di Jl. Pelita dibubarkan Satpol PP bersama Polsek tadi malam pukul 23.30 WIB.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words'],
    reply(
      'c-hwn-09',
      'dinkes',
      'Selamat pagi, Ibu. Terima kasih. Tidak ada petugas yang menyebut Ibu cerewet; rekaman layanan sudah kami periksa pada 9 November 2025, dan Puskesmas Bendan akan menghubungi Ibu besok.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words'],
    reply(
      'c-hwn-10',
      'dlh',
      'Selamat siang, Bapak. Terima kasih. Kami mohon maaf jika jawaban sebelumnya terkesan kasar. Petugas DLH sudah membersihkan saluran di Gg. Melati pada 8 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words'],
    reply(
      'c-hwn-11',
      'dishub',
      'Selamat pagi, Bapak. Terima kasih. Pengemudi yang ugal-ugalan di Jl. Gatot Subroto sudah ditilang Satlantas Polres pada 11 November 2025 atas permintaan Dishub.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words'],
    reply(
      'c-hwn-12',
      'capil',
      'Selamat siang, Ibu. Terima kasih. Istilah "tidak tahu diri" yang tertulis di balasan kemarin sudah kami hapus dan kami mohon maaf. KTP Ibu dicetak Disdukcapil pada 12 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words'],
    reply(
      'c-hwn-13',
      'capil',
      'Selamat siang, Bapak. Terima kasih. Petugas loket yang Bapak sebut kurang ajar sudah kami tegur, dan KTP Bapak dicetak Disdukcapil pada 12 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      // Relabelled: disciplining the officer the resident complained about admits the fault, so an apology is due.
      ['apology'],
    ),
  ),

  // Apology: a delay or fault admitted, or an overdue complaint.
  reply(
    'c-ap-01',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Perbaikan saluran di Jl. Jlamprang tertunda karena hujan deras, dan kini dijadwalkan DPUPR pada 25 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'c-ap-02',
    'dlh',
    'Selamat siang, Ibu. Terima kasih. Aduan Ibu sempat terlewat oleh petugas kami. Sampah di Jl. Truntum sudah diangkut DLH hari ini pukul 10.00 WIB.\nSalam, DLH Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'c-ap-03',
    'capil',
    'Selamat siang, Bapak. Terima kasih. Nama Bapak salah ketik di KK karena kekeliruan petugas kami; KK baru sudah dicetak Disdukcapil pada 13 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'c-ap-04',
    'dishub',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Lampu lalu lintas di simpang Kraton sudah diperbaiki teknisi Dishub pada 14 November 2025.\nSalam, Dishub Kota Pekalongan',
    ['apology'],
    { overdue: true },
  ),
  reply(
    'c-ap-05',
    'dinkes',
    'Selamat siang, Ibu. Terima kasih. Balasan ini memang terlalu lama karena kami menunggu hasil laboratorium. Hasil pemeriksaan air sumur Ibu dikirim Dinkes pada 12 November 2025: layak minum.\nSalam sehat, Dinkes Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'c-ap-06',
    'satpol',
    'Selamat malam, Bapak. Terima kasih. Petugas kami lalai tidak datang pada patroli pertama. Satpol PP sudah menertibkan lokasi malam ini pukul 20.00 WIB.\nSalam, Satpol PP Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'c-ap-07',
    'kelurahan',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Surat keterangan tidak mampu Ibu sudah ditandatangani dan dapat diambil di Kelurahan Kuripan Kidul mulai hari ini.\nSalam, Kelurahan Kuripan Kidul',
    ['apology'],
    { overdue: true },
  ),
  reply(
    'c-ap-08',
    'dpupr',
    'Selamat siang, Bapak. Terima kasih. Pengerjaan talud di RT 04 meleset dari jadwal karena material terlambat datang. Tim DPUPR melanjutkan pembangunan mulai Senin, 17 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'c-ap-09',
    'dlh',
    'Selamat pagi, Bapak. Terima kasih. Truk sampah tidak datang sesuai jadwal minggu ini karena rusak. Petugas DLH mengangkut sampah di Jl. Seruni besok pagi pukul 06.00 WIB.\nSalam, DLH Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'c-ap-10',
    'capil',
    'Selamat siang, Ibu. Terima kasih. Antrean perekaman KTP-el kemarin memang lambat karena server pusat terganggu. Perekaman Ibu dijadwalkan ulang Disdukcapil pada 14 November 2025 pukul 09.00 WIB.\nSalam, Disdukcapil Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'c-ap-11',
    'dinkes',
    'Selamat pagi, Bapak. Terima kasih. Obat yang Bapak perlukan belum juga tersedia sejak bulan lalu. Puskesmas Krapyak menerima kiriman obat pada 13 November 2025 dan akan menghubungi Bapak.\nSalam sehat, Dinkes Kota Pekalongan',
    ['apology'],
  ),
  near(
    ['apology'],
    reply(
      'c-apn-01',
      'dpupr',
      'Selamat pagi, Bapak. Terima kasih. Agar tidak terlambat, perbaikan jalan di Jl. Sriwijaya dimulai DPUPR lebih awal, yaitu Senin, 10 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['apology'],
    reply(
      'c-apn-02',
      'dlh',
      'Selamat siang, Ibu. Terima kasih. Mohon maaf atas keterlambatan pengangkutan; sampah di Jl. Mangga sudah diangkut DLH hari ini pukul 08.00 WIB.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['apology'],
    reply(
      'c-apn-03',
      'capil',
      'Selamat pagi, Bapak. Terima kasih. Agar dokumen tidak terlambat sampai, KTP-el Bapak dikirim Disdukcapil melalui Kantor Pos pada 12 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['apology'],
    reply(
      'c-apn-04',
      'dishub',
      'Selamat sore, Bapak. Terima kasih. Tidak ada penundaan: pemasangan lampu di Jl. Gajah Mada tetap dikerjakan Dishub sesuai jadwal pada 15 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['apology'],
    reply(
      'c-apn-05',
      'dinkes',
      'Selamat siang, Ibu. Terima kasih. Kami menyesal mendengar keluarga Ibu harus menunggu lama di IGD. Dinkes telah meminta RSUD Bendan menambah petugas triase mulai 10 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['apology', 'blaming'],
    reply(
      'c-apn-06',
      'satpol',
      'Selamat malam, Ibu. Terima kasih. Hasil pemeriksaan Satpol PP pada 9 November 2025 menunjukkan bukan karena kelalaian petugas; gerobak PKL tersebut sudah dipindahkan hari ini.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['apology'],
    reply(
      'c-apn-07',
      'kelurahan',
      'Selamat pagi, Bapak. Terima kasih. Surat pengantar Bapak selesai tepat waktu dan dapat diambil di Kelurahan Kuripan Kidul hari ini pukul 09.00 WIB.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['apology'],
    reply(
      'c-apn-08',
      'dpupr',
      'Selamat siang, Ibu. Terima kasih. Mohon maaf, pengaspalan Jl. Kusuma Bangsa molor satu minggu karena cuaca; DPUPR mengaspal jalan itu mulai 20 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['apology'],
    reply(
      'c-apn-09',
      'dlh',
      'Selamat pagi, Ibu. Terima kasih. Jangan sampai terlambat meletakkan sampah: truk DLH mengangkut sampah di Jl. Dr. Wahidin setiap hari pukul 06.00 WIB.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['apology'],
    reply(
      'c-apn-10',
      'capil',
      'Selamat siang, Bapak. Terima kasih. Permohonan Bapak diproses Disdukcapil tanpa penundaan dan akta dapat diambil besok, Kamis, 13 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['apology'],
    reply(
      'c-apn-11',
      'dishub',
      'Selamat pagi, Bapak. Terima kasih dan mohon maaf, jawaban ini melewati batas waktu. Rambu di Jl. Hayam Wuruk sudah dipasang Dishub pada 12 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
      { overdue: true },
    ),
  ),
  near(
    ['apology'],
    reply(
      'c-apn-12',
      'dinkes',
      'Selamat pagi, Ibu. Terima kasih. Imunisasi anak Ibu tidak terlambat: jadwal berikutnya di Posyandu Melati pada 19 November 2025, dan kader Puskesmas Medono akan mengingatkan Ibu sehari sebelumnya.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),

  // Authority: "bukan wewenang" answers, with and without the body that is.
  reply(
    'c-au-01',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih. Jalan nasional Pantura di luar kewenangan DPUPR, jadi laporan Bapak belum bisa kami tangani.\nSalam, DPUPR Kota Pekalongan',
    ['normatif', 'authority'],
  ),
  reply(
    'c-au-02',
    'dlh',
    'Selamat siang, Ibu. Terima kasih. Pencemaran sungai dari pabrik di kabupaten tetangga bukan ranah DLH Kota Pekalongan. Silakan melapor ke instansi yang berwenang.\nSalam, DLH Kota Pekalongan',
    ['normatif', 'authority'],
  ),
  reply(
    'c-au-03',
    'capil',
    'Selamat siang, Bapak. Terima kasih. Penerbitan paspor tidak termasuk tugas Disdukcapil. Mohon dimaklumi.\nSalam, Disdukcapil Kota Pekalongan',
    ['normatif', 'authority'],
  ),
  reply(
    'c-au-04',
    'kelurahan',
    'Selamat pagi, Ibu. Terima kasih. Kelurahan tidak berwenang menangani sengketa warisan; silakan ke pihak terkait.\nSalam, Kelurahan Kuripan Kidul',
    ['normatif', 'authority'],
  ),
  reply(
    'c-au-05',
    'satpol',
    'Selamat malam, Bapak. Terima kasih. Kecelakaan lalu lintas bukan kewenangan Satpol PP, laporan Bapak kami teruskan ke instansi terkait hari ini.\nSalam, Satpol PP Kota Pekalongan',
    ['authority'],
  ),
  near(
    ['authority'],
    reply(
      'c-aun-01',
      'dpupr',
      'Selamat pagi, Bapak. Terima kasih. Jalan Pantura bukan kewenangan DPUPR melainkan Balai Besar Pelaksanaan Jalan Nasional Jawa Tengah-DIY; laporan Bapak kami teruskan pada 10 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['authority'],
    reply(
      'c-aun-02',
      'kelurahan',
      'Selamat pagi, Ibu. Terima kasih. Sengketa warisan di luar kewenangan kelurahan; silakan ajukan ke Pengadilan Agama Pekalongan. Kami sudah mengirim surat pengantar pada 11 November 2025.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['authority'],
    reply(
      'c-aun-03',
      'dlh',
      'Selamat siang, Bapak. Terima kasih. Penanganan sampah di Pasar Banjarsari memang kewenangan DLH; petugas kami mengangkutnya setiap pagi pukul 05.00 WIB mulai 10 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['authority'],
    reply(
      'c-aun-04',
      'capil',
      'Selamat pagi, Bapak. Terima kasih. Paspor bukan kewenangan Disdukcapil melainkan Kantor Imigrasi Kelas II Pemalang; data Bapak kami sampaikan ke sana pada 12 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['authority'],
    reply(
      'c-aun-05',
      'dishub',
      'Selamat sore, Ibu. Terima kasih. Tilang elektronik bukan wewenang Dishub, melainkan Satlantas Polres Pekalongan Kota; aduan Ibu sudah kami teruskan pada 13 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['authority'],
    reply(
      'c-aun-06',
      'satpol',
      'Selamat malam, Bapak. Terima kasih. Penertiban reklame memang tugas Satpol PP, dan reklame tanpa izin di Jl. Merdeka kami copot pada 14 November 2025.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['authority'],
    reply(
      'c-aun-07',
      'dinkes',
      'Selamat siang, Ibu. Terima kasih. Klaim BPJS Kesehatan bukan kewenangan Dinkes, melainkan BPJS Kesehatan Cabang Pekalongan; aduan Ibu sudah kami teruskan pada 10 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['authority'],
    reply(
      'c-aun-08',
      'kelurahan',
      'Selamat pagi, Bapak. Terima kasih. Lampu jalan bukan tugas kelurahan; laporan Bapak sudah kami teruskan ke DPUPR pada 12 November 2025.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['authority'],
    reply(
      'c-aun-09',
      'dpupr',
      'Selamat siang, Bapak. Terima kasih. Air PDAM yang keruh di luar tupoksi DPUPR; kami sudah meneruskan laporan ke Perumda Air Minum Tirtayasa pada 11 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['authority'],
    reply(
      'c-aun-10',
      'dlh',
      'Selamat pagi, Ibu. Terima kasih. Pohon di halaman sekolah bukan aset DLH melainkan milik SD Negeri Kraton; kami sudah mengirim surat kepada kepala sekolah dan Dindik pada 10 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['authority'],
    reply(
      'c-aun-11',
      'capil',
      'Selamat siang, Ibu. Terima kasih. Sertifikat tanah tidak termasuk kewenangan Disdukcapil, melainkan Kantor Pertanahan Kota Pekalongan; laporan Ibu kami teruskan pada 13 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['authority'],
    reply(
      'c-aun-12',
      'satpol',
      'Selamat pagi, Bapak. Terima kasih. Perkelahian antarwarga bukan wewenang Satpol PP melainkan kepolisian; kami sudah menghubungi Polsek Pekalongan Utara pada 9 November 2025.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),

  // Greeting.
  reply(
    'c-gr-01',
    'dpupr',
    'Menindaklanjuti laporan tentang jalan rusak di Jl. Teratai, DPUPR akan menambal jalan tersebut pada 19 November 2025. Terima kasih.\nSalam, DPUPR Kota Pekalongan',
    ['greeting'],
  ),
  reply(
    'c-gr-02',
    'dlh',
    'Terkait aduan sampah di Jl. Kalimantan, petugas DLH sudah mengangkutnya pada 10 November 2025. Terima kasih atas laporan Bapak.\nSalam, DLH Kota Pekalongan',
    ['greeting'],
  ),
  reply(
    'c-gr-03',
    'dishub',
    'Laporan diterima. Terima kasih, Bapak. Dishub memasang rambu di Jl. Sumatera pada 12 November 2025.\nSalam, Dishub Kota Pekalongan',
    ['greeting'],
  ),
  reply(
    'c-gr-04',
    'capil',
    'Dokumen sudah jadi. Terima kasih atas kesabarannya, Ibu; KK dapat diambil di Disdukcapil mulai 13 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
    ['greeting'],
  ),
  near(
    ['greeting'],
    reply(
      'c-grn-01',
      'dpupr',
      'Pak Darto, terima kasih atas laporannya. Tim DPUPR menambal lubang di Jl. Seruni pada 5 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['greeting'],
    reply(
      'c-grn-02',
      'dlh',
      'Yth. Ibu Sri, terima kasih. Petugas DLH mengangkut sampah di Jl. Kenari hari ini pukul 09.00 WIB.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['greeting'],
    reply(
      'c-grn-03',
      'dishub',
      'Dengan hormat, Bapak. Terima kasih atas laporannya. Dishub memasang cermin tikungan di Jl. Ki Mangunsarkoro pada 8 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['greeting'],
    reply(
      'c-grn-04',
      'capil',
      'Selamat malam, Saudari. Terima kasih. KIA anak Saudari sudah dicetak Disdukcapil dan dapat diambil mulai Senin, 17 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['greeting'],
    reply(
      'c-grn-05',
      'dinkes',
      'Salam sehat, Ibu. Terima kasih atas laporannya. Puskesmas Pekalongan Selatan akan memeriksa jentik di RT 03 pada 14 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['greeting'],
    reply(
      'c-grn-06',
      'satpol',
      'Assalamu alaikum, Bapak. Terima kasih. Satpol PP menertibkan PKL di depan Masjid Agung pada 10 November 2025.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['greeting', 'informal'],
    reply(
      'c-grn-07',
      'kelurahan',
      'Bu Ani, terima kasih atas laporannya. Petugas Kelurahan Kuripan Kidul memperbaiki papan nama gang pada 12 November 2025.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['greeting'],
    reply(
      'c-grn-08',
      'dpupr',
      'Selamat sore, Saudara Andi. Terima kasih. DPUPR mengeruk saluran di Jl. Slamet pada 13 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['greeting'],
    reply(
      'c-grn-09',
      'dlh',
      'Halo, Bapak. Terima kasih sudah melapor. Petugas DLH memangkas pohon di Jl. Manggis pada 11 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['greeting'],
    reply(
      'c-grn-10',
      'dishub',
      'Kepada Yth. Bapak Rudi: terima kasih atas laporannya. Dishub mengecat ulang zebra cross di depan SMA Negeri 1 pada 15 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['greeting'],
    reply(
      'c-grn-11',
      'capil',
      'Om swastiastu, Bapak. Terima kasih. Akta perkawinan Bapak diterbitkan Disdukcapil pada 10 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['greeting'],
    reply(
      'c-grn-12',
      'dinkes',
      'Ibu Wati yang kami hormati, terima kasih atas laporannya. Puskesmas Buaran akan mengirim petugas ke rumah Ibu pada 18 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),

  // Thanks.
  reply(
    'c-th-01',
    'dpupr',
    'Selamat pagi, Bapak. Laporan Bapak sudah kami terima. Tim DPUPR menambal lubang di Jl. Sulawesi pada 6 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['thanks'],
  ),
  reply(
    'c-th-02',
    'dlh',
    'Selamat siang, Ibu. Mohon maaf atas ketidaknyamanannya. Sampah di Jl. Ahmad Yani sudah diangkut DLH pagi ini.\nSalam, DLH Kota Pekalongan',
    ['thanks'],
  ),
  reply(
    'c-th-03',
    'kelurahan',
    'Selamat pagi, Ibu. Surat pengantar Ibu sudah ditandatangani Lurah dan dapat diambil di Kelurahan Kuripan Kidul hari ini.\nSalam, Kelurahan Kuripan Kidul',
    ['thanks'],
  ),
  near(
    ['thanks'],
    reply(
      'c-thn-01',
      'dpupr',
      'Selamat pagi, Bapak. Kami berterima kasih atas laporannya. DPUPR menambal jalan di Jl. Pemuda pada 7 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['thanks'],
    reply(
      'c-thn-02',
      'dlh',
      'Selamat siang, Ibu. Terima kasih banyak atas kepeduliannya. DLH mengangkut sampah di Jl. Urip Sumoharjo pada 8 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['thanks'],
    reply(
      'c-thn-03',
      'dishub',
      'Selamat sore, Bapak. Atas laporan Bapak, kami ucapkan terima kasih. Dishub memperbaiki lampu APILL di simpang Tirto pada 9 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['thanks'],
    reply(
      'c-thn-04',
      'capil',
      'Selamat pagi, Ibu. Perbaikan data Ibu di Disdukcapil selesai pada 10 November 2025. Terima kasih telah menunggu.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['thanks'],
    reply(
      'c-thn-05',
      'dinkes',
      'Selamat siang, Bapak. Puskesmas Dukuh mengirim ambulans ke rumah Bapak pada 11 November 2025 pukul 10.00 WIB. Terima kasih sudah menghubungi kami.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['thanks'],
    reply(
      'c-thn-06',
      'satpol',
      'Selamat malam, Ibu. Terima kasih juga atas kesabaran Ibu. Satpol PP menertibkan lapak di Jl. Dr. Sutomo pada 10 November 2025.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['thanks'],
    reply(
      'c-thn-07',
      'kelurahan',
      'Selamat pagi, Bapak. Kelurahan Kuripan Kidul menambal jalan gang di RT 02 bersama warga pada 9 November 2025. Sekali lagi, terima kasih.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['thanks'],
    reply(
      'c-thn-08',
      'dpupr',
      'Selamat siang, Ibu. Terima kasih, laporan Ibu sangat membantu. DPUPR memperbaiki pagar jembatan di Jl. Sultan Agung pada 12 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['thanks', 'closing'],
    reply(
      'c-thn-09',
      'dlh',
      'Selamat pagi, Bapak. Petugas DLH membersihkan saluran di Jl. Bandung pada 13 November 2025.\nTerima kasih, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['thanks'],
    reply(
      'c-thn-10',
      'dinkes',
      'Selamat pagi, Ibu. Terima kasih telah peduli pada kesehatan lingkungan. Puskesmas Klego memeriksa sumur warga RT 06 pada 14 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['thanks'],
    reply(
      'c-thn-11',
      'capil',
      'Selamat siang, Bapak. Disdukcapil telah mencetak ulang KTP-el Bapak pada 11 November 2025; terima kasih atas koreksinya.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['thanks'],
    reply(
      'c-thn-12',
      'dishub',
      'Selamat pagi, Ibu. Terima kasih atas masukannya. Dishub menambah jadwal angkutan sekolah gratis mulai 17 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),

  // Closing.
  reply(
    'c-cl-01',
    'satpol',
    'Selamat malam, Bapak. Terima kasih. PKL di Jl. Hasanudin ditertibkan Satpol PP pada 10 November 2025. Kami akan terus memantau lokasi tersebut.',
    ['closing'],
  ),
  reply(
    'c-cl-02',
    'dishub',
    'Selamat pagi, Ibu. Terima kasih. Rambu di Jl. Perintis Kemerdekaan dipasang pada 11 November 2025 oleh Dishub.',
    ['closing'],
  ),
  reply('c-cl-03', 'dlh', 'Selamat siang, Bapak. Terima kasih. Sampah di Jl. Kurinci sudah diangkut petugas DLH hari ini.\nSalam hangat', [
    'closing',
  ]),
  reply('c-cl-04', 'capil', 'Selamat pagi, Bapak. Terima kasih. KTP Bapak dicetak pada 12 November 2025. Silakan ambil di Disdukcapil!', [
    'closing',
  ]),
  near(
    ['closing'],
    reply(
      'c-cln-01',
      'dpupr',
      'Selamat pagi, Ibu. Terima kasih. DPUPR menambal jalan di Jl. Mataram pada 13 November 2025.\nHormat kami,\nDPUPR',
      [],
    ),
  ),
  near(
    ['closing'],
    reply('c-cln-02', 'dlh', 'Selamat siang, Bapak. Terima kasih. DLH mengangkut sampah di Jl. Batik pada 14 November 2025.\nTim DLH', []),
  ),
  near(
    ['closing'],
    reply(
      'c-cln-03',
      'dishub',
      'Selamat sore, Bapak. Terima kasih. Dishub memasang lampu jalan di Jl. Kenanga pada 15 November 2025.\nWassalam, Dinas Perhubungan',
      [],
    ),
  ),
  near(
    ['closing'],
    reply(
      'c-cln-04',
      'capil',
      'Selamat pagi, Ibu. Terima kasih. KIA anak Ibu dicetak Disdukcapil pada 10 November 2025. Salam, Disdukcapil.',
      [],
    ),
  ),
  near(
    ['closing'],
    reply(
      'c-cln-05',
      'dinkes',
      'Selamat siang, Bapak. Terima kasih. Puskesmas Jenggot memeriksa air sumur Bapak pada 11 November 2025.\nSalam sehat,\nDinas Kesehatan Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['closing'],
    reply(
      'c-cln-06',
      'satpol',
      'Selamat malam, Ibu. Terima kasih. Satpol PP menertibkan reklame liar di Jl. Veteran pada 12 November 2025.\nTtd. Kepala Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['closing'],
    reply(
      'c-cln-07',
      'kelurahan',
      'Selamat pagi, Bapak. Terima kasih. Lurah menandatangani surat Bapak pada 13 November 2025 dan surat dapat diambil hari ini.\nAdmin Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['closing'],
    reply(
      'c-cln-08',
      'dpupr',
      'Selamat siang, Bapak. Terima kasih. Tim DPUPR akan menambal lubang di Jl. Sriwijaya pada 20 November 2025.\n\nSalam hormat,\nBidang Bina Marga DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['closing'],
    reply(
      'c-cln-09',
      'dlh',
      'Selamat pagi, Ibu. Terima kasih. Sampah di Jl. Pattimura diangkut DLH pagi ini pukul 07.00 WIB. Salam hangat dari DLH Kota Pekalongan.',
      [],
    ),
  ),
  near(
    ['closing'],
    reply(
      'c-cln-10',
      'dishub',
      'Selamat sore, Ibu. Terima kasih. Dishub memasang polisi tidur di Gg. Delima pada 14 November 2025.\n— Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['closing'],
    reply(
      'c-cln-11',
      'capil',
      'Selamat siang, Bapak. Terima kasih. Akta Bapak terbit di Disdukcapil pada 9 November 2025.\nSalam,\nPetugas Layanan Disdukcapil',
      [],
    ),
  ),
  near(
    ['closing'],
    reply(
      'c-cln-12',
      'dinkes',
      'Selamat pagi, Bapak. Terima kasih. Puskesmas Tondano mengirim kader ke RT 07 pada 12 November 2025.\nSalam sehat dari kami, Dinkes',
      [],
    ),
  ),

  // Normatif: boilerplate next to substance, and boilerplate alone.
  reply(
    'c-no-01',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih. Laporan Bapak sudah kami koordinasikan dan akan segera ditindaklanjuti oleh DPUPR.\nSalam, DPUPR Kota Pekalongan',
    ['normatif'],
  ),
  reply('c-no-02', 'dlh', 'Selamat siang, Ibu. Terima kasih. Petugas DLH akan membersihkan saluran tersebut.\nSalam, DLH Kota Pekalongan', [
    'normatif',
  ]),
  reply(
    'c-no-03',
    'dishub',
    'Selamat sore, Bapak. Terima kasih. Kami akan memasang rambu di lokasi tersebut dalam waktu dekat.\nSalam, Dishub Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'c-no-04',
    'capil',
    'Selamat pagi, Ibu. Terima kasih. Permohonan Ibu sedang kami proses sesuai prosedur yang berlaku.\nSalam, Disdukcapil Kota Pekalongan',
    ['normatif'],
  ),
  near(
    ['normatif'],
    reply(
      'c-non-01',
      'dpupr',
      'Selamat pagi, Bapak. Terima kasih. Laporan Bapak akan ditindaklanjuti: DPUPR menambal lubang di Jl. Sriwijaya paling lambat Jumat, 14 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['normatif'],
    reply(
      'c-non-02',
      'dlh',
      'Selamat siang, Ibu. Terima kasih. Aduan sedang diproses; petugas DLH akan menyedot genangan di Jl. Pekalongan Baru dalam 2 hari kerja.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['normatif'],
    reply(
      'c-non-03',
      'dishub',
      'Selamat sore, Bapak. Terima kasih. Kami koordinasikan dengan Satlantas; Dishub memasang water barrier di simpang Bina Griya mulai besok.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['normatif'],
    reply(
      'c-non-04',
      'capil',
      'Selamat pagi, Ibu. Terima kasih. Berkas Ibu sudah kami terima dan KK baru dicetak Disdukcapil dalam 3 hari kerja.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['normatif'],
    reply(
      'c-non-05',
      'dinkes',
      'Selamat siang, Bapak. Terima kasih. Laporan ditangani Puskesmas Pekalongan Timur: petugas mengunjungi rumah Bapak pekan depan.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['normatif'],
    reply(
      'c-non-06',
      'satpol',
      'Selamat malam, Ibu. Terima kasih. Kami pantau terus; malam ini pukul 21.00 WIB Satpol PP berpatroli di Jl. Gajah Mada.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['normatif'],
    reply(
      'c-non-07',
      'kelurahan',
      'Selamat pagi, Bapak. Terima kasih. Usulan perbaikan drainase RT 04 kami masukkan ke Musrenbang Kelurahan Kuripan Kidul tanggal 15 Januari 2026.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['normatif'],
    reply(
      'c-non-08',
      'dpupr',
      'Selamat siang, Ibu. Terima kasih. Tim DPUPR sudah survei lokasi kemarin; pengurukan jalan dijadwalkan awal bulan depan.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['normatif'],
    reply(
      'c-non-09',
      'dlh',
      'Selamat pagi, Bapak. Terima kasih. Tindak lanjut: pohon rawan tumbang di Jl. Veteran ditebang DLH pada Sabtu ini.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['normatif'],
    reply(
      'c-non-10',
      'dishub',
      'Selamat pagi, Ibu. Terima kasih. Aduan Ibu kami proses dan petugas Dishub menertibkan parkir di depan RSUD Kraton setiap pagi selama satu bulan.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['normatif'],
    reply(
      'c-non-11',
      'capil',
      'Selamat siang, Bapak. Terima kasih. Kami tindak lanjuti segera: petugas Disdukcapil datang ke rumah Bapak untuk perekaman KTP-el pada Rabu, 19 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['normatif'],
    reply(
      'c-non-12',
      'dinkes',
      'Selamat pagi, Ibu. Terima kasih. Sudah kami koordinasikan: Puskesmas Bendan menambah jam layanan sore mulai 1 Desember 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),

  // Informal words and chat shorthand.
  reply(
    'c-in-01',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih. Lubang di Jl. Manggis udh ditambal DPUPR tgl 5 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'c-in-02',
    'dlh',
    'Selamat siang, Ibu. Terima kasih. Sampah yg numpuk di Jl. Kartini sdh diangkut DLH pagi ini.\nSalam, DLH Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'c-in-03',
    'dishub',
    'Selamat sore, Bapak. Terima kasih. Lampu di simpang Tirto emg lagi rusak, teknisi Dishub benerin besok pagi.\nSalam, Dishub Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'c-in-04',
    'capil',
    'Selamat pagi, Ibu. Terima kasih. KTP Ibu udah jadi, tinggal diambil aja di Disdukcapil mulai Senin, 17 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'c-in-05',
    'dinkes',
    'Selamat siang, Bapak. Terima kasih. Petugas Puskesmas Medono dtg ke rumah Bapak utk cek jentik pd Kamis, 13 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'c-in-06',
    'satpol',
    'Selamat malam, Ibu. Terima kasih. Lapaknya gk boleh di trotoar, jd sdh kami tertibkan tadi sore dlm patroli Satpol PP.\nSalam, Satpol PP Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'c-in-07',
    'kelurahan',
    'Selamat pagi, Bapak. Terima kasih. Suratnya bisa diambil besok kok di Kelurahan Kuripan Kidul, jam 08.00 WIB.\nSalam, Kelurahan Kuripan Kidul',
    ['informal'],
  ),
  reply(
    'c-in-08',
    'dpupr',
    'Selamat siang, Ibu. Terima kasih. Jalannya memang rusak bgt, DPUPR akan aspal ulang pada 21 November 2025 ya.\nSalam, DPUPR Kota Pekalongan',
    ['informal'],
  ),
  near(
    ['informal'],
    reply(
      'c-inn-01',
      'dpupr',
      'Selamat pagi, Bapak. Terima kasih. Lubang di Jl. Gatot Subroto No. 12 Gg. 3 ditambal DPUPR pada 6 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['informal'],
    reply(
      'c-inn-02',
      'dlh',
      'Selamat siang, Ibu. Terima kasih atas laporan "sampah gak diangkut udah seminggu". Petugas DLH mengangkut sampah di Jl. Sulawesi pada 7 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['informal'],
    reply(
      'c-inn-03',
      'dishub',
      'Selamat pagi, Pak. Terima kasih. Dishub memasang lampu peringatan di Jl. Jenderal Sudirman pada 8 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['informal'],
    reply(
      'c-inn-04',
      'capil',
      'Selamat siang, Bu. Terima kasih. Sesuai Perpres No. 96 Tahun 2018, KK Ibu diterbitkan Disdukcapil pada 9 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['informal'],
    reply(
      'c-inn-05',
      'dinkes',
      'Selamat pagi, Ibu. Terima kasih. Puskesmas Sokorejo melakukan pemeriksaan jentik di Kel. Kuripan Kidul, Kec. Pekalongan Selatan pada 10 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['informal'],
    reply(
      'c-inn-06',
      'satpol',
      'Selamat malam, Bapak. Terima kasih. Satpol PP menertibkan PKL di Jl. K.H. Wahid Hasyim pada 11 November 2025 sesuai Perda Kota Pekalongan.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['informal'],
    reply(
      'c-inn-07',
      'kelurahan',
      'Selamat pagi, Bapak. Terima kasih. Surat keterangan usaha Bapak dapat diambil di Kelurahan Kuripan Kidul mulai besok; mohon membawa KTP dan KK.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['informal'],
    reply(
      'c-inn-08',
      'dpupr',
      'Selamat siang, Bapak. Terima kasih. Menanggapi keluhan Bapak bahwa "jalannya ancur bgt", DPUPR menambal jalan tersebut pada 12 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['informal'],
    reply(
      'c-inn-09',
      'dlh',
      'Selamat pagi, Ibu. Terima kasih. Sampah di TPS Jl. dr. Cipto diangkut DLH tgl. 13 November 2025 pukul 06.00 WIB.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['informal'],
    reply(
      'c-inn-10',
      'dishub',
      'Selamat sore, Ibu. Terima kasih. Dishub menambah armada Trans Jateng di halte Jl. Hayam Wuruk mulai 14 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['informal'],
    reply(
      'c-inn-11',
      'capil',
      'Selamat siang, Saudara. Terima kasih. Dokumen dapat diambil oleh ybs. atau kuasanya di Disdukcapil mulai 15 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['informal'],
    reply(
      'c-inn-12',
      'dinkes',
      'Selamat siang, Bapak. Terima kasih. Hasil uji sampel makanan dari warung di Jl. Kurinci sudah keluar; Dinkes menutup sementara warung tersebut pada 15 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),

  // Blaming: the fault put on the resident, lecturing, dismissing, passive blame.
  reply(
    'c-bl-01',
    'dlh',
    'Selamat siang, Bapak. Terima kasih. Saluran tersumbat karena warga sendiri membuang sampah ke got. DLH membersihkannya pada 10 November 2025.\nSalam, DLH Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-bl-02',
    'dpupr',
    'Selamat pagi, Ibu. Terima kasih. Kerusakan pagar itu kesalahan Ibu yang memarkir truk di atas trotoar. DPUPR memperbaiki pagar pada 11 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-bl-03',
    'capil',
    'Selamat siang, Bapak. Terima kasih. Seharusnya Bapak membawa KK asli saat datang. KTP-el Bapak dicetak Disdukcapil pada 12 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-bl-04',
    'dinkes',
    'Selamat pagi, Ibu. Terima kasih. Jangan menyalahkan puskesmas; antrean panjang karena banyak pasien. Puskesmas Medono menambah loket mulai 13 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-bl-05',
    'dishub',
    'Selamat sore, Bapak. Terima kasih. Kendaraan Bapak diderek karena diparkir sembarangan oleh Bapak sendiri. Dishub mengembalikan kendaraan pada 14 November 2025.\nSalam, Dishub Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-bl-06',
    'satpol',
    'Selamat malam, Ibu. Terima kasih. Keributan itu terjadi akibat ulah warga yang tidak tertib. Satpol PP berpatroli di lokasi malam ini pukul 22.00 WIB.\nSalam, Satpol PP Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-bl-07',
    'kelurahan',
    'Selamat pagi, Bapak. Terima kasih. Sebenarnya Bapak sudah diberi tahu sebelumnya soal syarat ini. Surat Bapak dapat diambil di Kelurahan Kuripan Kidul besok.\nSalam, Kelurahan Kuripan Kidul',
    ['blaming'],
  ),
  reply(
    'c-bl-08',
    'dlh',
    'Selamat siang, Ibu. Terima kasih. Banjir di gang Ibu disebabkan oleh warga yang menutup saluran dengan bangunan. Petugas DLH mengeruk saluran pada 15 November 2025.\nSalam, DLH Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-bl-09',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih. Lain kali jangan lapor hal kecil begini. Lubang di Jl. Seruni ditambal DPUPR pada 16 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-bl-10',
    'capil',
    'Selamat pagi, Ibu. Terima kasih. Itu risiko Ibu sendiri karena tidak mengecek data sebelum tanda tangan. Data Ibu diperbaiki Disdukcapil pada 17 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-bl-11',
    'dinkes',
    'Selamat siang, Bapak. Terima kasih. Kalau Bapak dari awal rajin menguras bak mandi, jentik nyamuk tidak akan ada. Puskesmas Tirto melakukan fogging pada 18 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-bl-12',
    'dishub',
    'Selamat sore, Ibu. Terima kasih. Sudah jelas ada rambu dilarang parkir, masa masih parkir di situ. Petugas Dishub memasang rambu tambahan pada 19 November 2025.\nSalam, Dishub Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-bl-13',
    'satpol',
    'Selamat pagi, Bapak. Terima kasih. Tolong warga jangan mengeluh terus, petugas juga manusia. Satpol PP menertibkan PKL di Jl. Merdeka pada 20 November 2025.\nSalam, Satpol PP Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-bl-14',
    'kelurahan',
    'Selamat siang, Ibu. Terima kasih. Masalah ini timbul karena kelalaian warga RT 03 sendiri. Petugas Kelurahan Kuripan Kidul membersihkan saluran bersama warga pada 22 November 2025.\nSalam, Kelurahan Kuripan Kidul',
    ['blaming'],
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-01',
      'dlh',
      'Selamat pagi, Bapak. Terima kasih. Kami mengajak warga untuk tidak membuang sampah ke saluran agar tidak tersumbat. Petugas DLH membersihkan saluran di Jl. Kurinci pada 10 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-02',
      'capil',
      'Selamat siang, Ibu. Terima kasih. Mohon bersabar, KTP-el Ibu sedang dicetak dan dapat diambil di Disdukcapil pada 12 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-03',
      'dpupr',
      'Selamat pagi, Bapak. Terima kasih. Jangan ragu melapor kembali jika lubang muncul lagi. DPUPR menambal jalan di Jl. Jawa pada 11 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-04',
      'dinkes',
      'Selamat siang, Ibu. Terima kasih. Kerusakan alat di puskesmas bukan kesalahan Ibu; alat diperbaiki teknisi Dinkes pada 13 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-05',
      'satpol',
      'Selamat malam, Bapak. Terima kasih. Kami memahami warga resah. Satpol PP menertibkan balap liar di Jl. Pelita pada 14 November 2025 pukul 23.00 WIB.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-06',
      'dishub',
      'Selamat pagi, Ibu. Terima kasih. Seperti yang kami sampaikan pada 3 November 2025, rambu di Jl. Sultan Agung dipasang Dishub pada 15 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-07',
      'kelurahan',
      'Selamat pagi, Bapak. Terima kasih. Bapak dapat bertanya kepada Ketua RT 02 untuk surat pengantar; Kelurahan Kuripan Kidul menerbitkan surat keterangan pada hari yang sama.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-08',
      'capil',
      'Selamat siang, Bapak. Terima kasih. KTP-el harus diambil oleh Bapak sendiri dengan membawa bukti perekaman; KTP-el siap di Disdukcapil mulai 16 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-09',
      'dpupr',
      'Selamat siang, Ibu. Terima kasih. Warga sekitar turut membantu menutup lubang sementara, terima kasih atas gotong royongnya. DPUPR mengaspal jalan tersebut pada 17 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-10',
      'dlh',
      'Selamat pagi, Ibu. Terima kasih. Ibu tidak perlu melapor ulang; laporan sudah tercatat dan DLH mengangkut sampah di Jl. Mawar besok pukul 06.00 WIB.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-11',
      'dinkes',
      'Selamat pagi, Bapak. Terima kasih. Bila gejala demam berlanjut, sebaiknya Bapak segera ke Puskesmas Buaran; petugas kami juga akan mengunjungi rumah Bapak pada 18 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-12',
      'satpol',
      'Selamat siang, Ibu. Terima kasih. Laporan Ibu tidak sepele bagi kami. Satpol PP menegur pemilik warung di Jl. Hayam Wuruk pada 19 November 2025.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-bln-13',
      'kelurahan',
      'Selamat pagi, Ibu. Terima kasih. Mohon kesabaran Ibu, semua pengajuan kami layani sesuai urutan; surat Ibu dapat diambil di Kelurahan Kuripan Kidul pada 20 November 2025.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),

  // A second round, written before scoring the rules on it (first scores: blaming recall 0.08, apology 0, shouting 0.67).
  reply(
    'c-p1-01',
    'dlh',
    'Selamat pagi, Ibu. Terima kasih. Sampah menumpuk karena banyak warga yang buang sampah di luar jadwal. Petugas DLH mengangkutnya pada 12 November 2025.\nSalam, DLH Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-p1-02',
    'dpupr',
    'Selamat siang, Bapak. Terima kasih. Jalan rusak akibat truk milik usaha Bapak sendiri yang sering lewat. DPUPR menambal jalan pada 13 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-p1-03',
    'capil',
    'Selamat pagi, Ibu. Terima kasih. Berkas Ibu ditolak karena Ibu tidak melampirkan surat pindah, padahal syarat sudah kami umumkan. Silakan datang ke Disdukcapil mulai 14 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-p1-04',
    'dishub',
    'Selamat siang, Bapak. Terima kasih. Mohon Bapak lebih teliti membaca rambu ke depannya. Dishub memasang rambu tambahan pada 15 November 2025.\nSalam, Dishub Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-p1-05',
    'dinkes',
    'Selamat siang, Ibu. Terima kasih. Anak Ibu sakit karena Ibu terlambat membawa ke puskesmas. Puskesmas Medono memantau anak Ibu setiap hari selama seminggu.\nSalam sehat, Dinkes Kota Pekalongan',
    ['blaming'],
  ),
  reply('c-p1-06', 'satpol', 'Tidak usah sok mengatur petugas, kami tahu tugas kami.', [
    'greeting',
    'thanks',
    'blaming',
    'normatif',
    'closing',
  ]),
  reply(
    'c-p1-07',
    'kelurahan',
    'Selamat pagi, Bapak. Terima kasih. Kalau Bapak rajin ikut rapat RT, Bapak pasti tahu jadwalnya. Kerja bakti dilaksanakan Minggu, 16 November 2025 pukul 07.00 WIB oleh Kelurahan Kuripan Kidul.\nSalam, Kelurahan Kuripan Kidul',
    ['blaming'],
  ),
  reply('c-p1-08', 'dlh', 'Sudah dibilang jangan taruh sampah di pinggir jalan, masih saja dilanggar.', [
    'greeting',
    'thanks',
    'blaming',
    'normatif',
    'closing',
  ]),
  reply(
    'c-p1-09',
    'dpupr',
    'Selamat siang, Ibu. Terima kasih. Mohon maaf, genangan terjadi karena saluran tertutup bangunan milik warga sendiri. DPUPR membongkar penutup saluran pada 17 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-p1-10',
    'capil',
    'Selamat siang, Bapak. Terima kasih. Jangan salahkan petugas kalau antrean panjang, datangnya pagi-pagi. Loket Disdukcapil dibuka pukul 07.30 WIB.\nSalam, Disdukcapil Kota Pekalongan',
    ['blaming', 'normatif'],
  ),
  near(
    ['blaming'],
    reply(
      'c-p1-11',
      'dlh',
      'Selamat pagi, Bapak. Terima kasih. Mari bersama menjaga kebersihan saluran. Petugas DLH membersihkan saluran di Jl. Cempaka pada 18 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-p1-12',
      'dpupr',
      'Selamat siang, Ibu. Terima kasih. Kerusakan disebabkan oleh hujan deras dan usia jalan. DPUPR mengaspal ulang jalan tersebut pada 19 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-p1-13',
      'capil',
      'Selamat pagi, Bapak. Terima kasih. Mohon bantuan Bapak melengkapi surat pindah; setelah itu KK baru dicetak Disdukcapil dalam 1 hari kerja.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'c-p1-14',
    'dishub',
    'Selamat sore, Bapak. Terima kasih. LAMPU SUDAH DIGANTI teknisi Dishub kemarin.\nSalam, Dishub Kota Pekalongan',
    ['shouting'],
  ),
  reply('c-p1-15', 'dlh', 'SAMPAH SUDAH DIANGKUT. JANGAN LAPOR TERUS.', [
    'greeting',
    'thanks',
    'shouting',
    'blaming',
    'normatif',
    'closing',
  ]),
  reply(
    'c-p1-16',
    'capil',
    'Selamat pagi, Ibu. Terima kasih. Syaratnya CUKUP KTP ASLI dan KK; dokumen dapat diambil di Disdukcapil besok.\nSalam, Disdukcapil Kota Pekalongan',
    ['shouting'],
  ),
  near(
    ['shouting'],
    reply(
      'c-p1-17',
      'dinkes',
      'Selamat pagi, Bapak. Terima kasih. Kegiatan PSN 3M Plus di RW 09 dipimpin Puskesmas Tirto dan TP PKK pada 20 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['shouting'],
    reply(
      'c-p1-18',
      'dpupr',
      'Selamat siang, Bapak. Terima kasih. Proyek DAK 2025 di Jl. Dr. Sutomo dikerjakan CV Karya Mandiri dan diawasi DPUPR; pengecoran dimulai 21 November 2025.\nSalam, DPUPR Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'c-p1-19',
    'satpol',
    'Selamat malam, Bapak. Terima kasih. Pemilik kafe itu memang tidak tahu aturan dan kampungan. Satpol PP menyegel kafe pada 22 November 2025.\nSalam, Satpol PP Kota Pekalongan',
    ['harsh-words'],
  ),
  reply('c-p1-20', 'dishub', 'Laporan macam apa ini, ngaco.', ['greeting', 'thanks', 'harsh-words', 'blaming', 'normatif', 'closing']),
  near(
    ['harsh-words'],
    reply(
      'c-p1-21',
      'dinkes',
      'Selamat siang, Ibu. Terima kasih. Warga menyebut petugas kami "sok pintar"; petugas tersebut sudah kami bina pada 12 November 2025 dan kami mohon maaf.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words'],
    reply(
      'c-p1-22',
      'satpol',
      'Selamat pagi, Bapak. Terima kasih. Tidak ada tindakan kasar atau ucapan bodoh dari petugas kami menurut rekaman; Satpol PP tetap menertibkan lapak di Jl. Bandung pada 13 November 2025.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'c-p1-23',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih. Lubangnya udah kita tambal kemarin sore ya, tim DPUPR.\nSalam, DPUPR Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'c-p1-24',
    'dlh',
    'Selamat siang, Ibu. Terima kasih. Mobil sampah DLH nanti sore lewat situ kok, ditunggu aja.\nSalam, DLH Kota Pekalongan',
    ['informal', 'normatif'],
  ),
  reply(
    'c-p1-25',
    'capil',
    'Selamat pagi, Bapak. Terima kasih. Utk pengambilan KTP, bapak bs datang ke Disdukcapil tgl 20 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
    ['informal'],
  ),
  near(
    ['informal'],
    reply(
      'c-p1-26',
      'dishub',
      'Selamat sore, Ibu. Terima kasih. Lampu di Gg. 7 Jl. Urip Sumoharjo No. 45 sudah diganti Dishub pada 14 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'c-p1-27',
    'dinkes',
    'Selamat pagi, Ibu. Terima kasih. Kami akui layanan puskesmas kemarin kurang baik. Puskesmas Bendan menambah dua perawat mulai 17 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'c-p1-28',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih. Perbaikan jembatan belum selesai karena kontraktor wanprestasi. DPUPR menunjuk kontraktor baru dan pekerjaan berlanjut 1 Desember 2025.\nSalam, DPUPR Kota Pekalongan',
    ['apology'],
  ),
  near(
    ['apology'],
    reply(
      'c-p1-29',
      'dlh',
      'Selamat siang, Bapak. Terima kasih. Pengangkutan berjalan tepat waktu sejak 10 November 2025; DLH menambah satu truk di Kelurahan Klego.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'c-p1-30',
    'kelurahan',
    'Selamat pagi, Ibu. Terima kasih. Surat Ibu sudah selesai ditandatangani dan dapat diambil di Kelurahan Kuripan Kidul besok.\nTerima kasih',
    ['closing'],
  ),
  reply(
    'c-p1-31',
    'satpol',
    'Selamat siang, Bapak. Terima kasih. Satpol PP menertibkan PKL di Jl. Merdeka pada 20 November 2025. Informasi lebih lanjut hubungi Satpol PP.',
    ['closing'],
  ),
  reply(
    'c-p1-32',
    'dishub',
    'Selamat pagi, Bapak. Terima kasih. Aduan Bapak akan kami tampung sebagai bahan evaluasi.\nSalam, Dishub Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'c-p1-33',
    'dinkes',
    'Selamat siang, Ibu. Terima kasih. Keluhan Ibu sudah kami sampaikan kepada pihak terkait untuk ditindaklanjuti.\nSalam sehat, Dinkes Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'c-p1-34',
    'dlh',
    'Pagi Pak, terima kasih. Petugas DLH mengangkut sampah di Jl. Sumatera pada 12 November 2025.\nSalam, DLH Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'c-p1-35',
    'dpupr',
    'Selamat siang, Bapak. Terima kasih. Perbaikan saluran bukan tanggung jawab DPUPR.\nSalam, DPUPR Kota Pekalongan',
    ['normatif', 'authority'],
  ),

  // A third round, also written before scoring (first scores: blaming recall 0.09, apology 0, authority 0 of 1).
  reply(
    'c-p2-01',
    'dpupr',
    'Selamat pagi, Ibu. Terima kasih. Perlu Ibu ketahui, talud itu jebol karena warga menggali tanah di bawahnya untuk fondasi rumah. DPUPR memasang bronjong pada 24 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-p2-02',
    'dlh',
    'Selamat siang, Bapak. Terima kasih. Sebagai warga yang baik, seharusnya sampah dipilah dulu sebelum dibuang. Petugas DLH mengangkut sampah di Jl. Kenanga besok pagi.\nSalam, DLH Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-p2-03',
    'capil',
    'Selamat pagi, Bapak. Terima kasih. Ini kan sudah berulang kali Bapak tanyakan, jawabannya tetap sama. KTP Bapak jadi 25 November 2025 di Disdukcapil.\nSalam, Disdukcapil Kota Pekalongan',
    ['blaming'],
  ),
  reply('c-p2-04', 'dishub', 'Ya mau bagaimana lagi, yang parkir sembarangan kan warga sendiri. Nanti kami tertibkan.', [
    'greeting',
    'thanks',
    'blaming',
    'normatif',
    'closing',
  ]),
  reply(
    'c-p2-05',
    'dinkes',
    'Selamat siang, Ibu. Terima kasih. Mohon maaf, puskesmas tidak bisa melayani pasien yang datang tanpa membawa kartu, itu aturan yang harus Ibu pahami. Puskesmas Buaran melayani Ibu besok pukul 08.00 WIB.\nSalam sehat, Dinkes Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'c-p2-06',
    'kelurahan',
    'Selamat pagi, Bapak. Terima kasih. Surat tidak bisa diproses karena Bapak salah mengisi formulir. Silakan isi ulang di Kelurahan Kuripan Kidul besok.\nSalam, Kelurahan Kuripan Kidul',
    ['blaming'],
  ),
  reply(
    'c-p2-07',
    'satpol',
    'Selamat malam, Ibu. Terima kasih. Masalah kebisingan ini sebetulnya urusan antar tetangga, selesaikan saja secara kekeluargaan.\nSalam, Satpol PP Kota Pekalongan',
    ['blaming', 'normatif'],
  ),
  reply(
    'c-p2-08',
    'dpupr',
    'Selamat siang, Ibu. Terima kasih. Tolong dipahami, anggaran kami terbatas dan bukan cuma jalan Ibu yang rusak. Jl. Sawo masuk jadwal perbaikan DPUPR tahun 2026.\nSalam, DPUPR Kota Pekalongan',
    // Relabelled: `cuma` is standard Indonesian (KBBI: "hanya"), not slang; the second round's labeller reads it so too.
    ['blaming'],
  ),
  near(
    ['blaming'],
    reply(
      'c-p2-09',
      'dlh',
      'Selamat pagi, Ibu. Terima kasih. Saluran tersumbat oleh sampah plastik yang terbawa arus. Petugas DLH membersihkan saluran di Jl. Kalimantan pada 21 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-p2-10',
      'capil',
      'Selamat siang, Bapak. Terima kasih karena Bapak sudah melaporkan kesalahan data ini. Disdukcapil memperbaiki data Bapak pada 22 November 2025.\nSalam, Disdukcapil Kota Pekalongan',
      ['apology'],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-p2-11',
      'dishub',
      'Selamat sore, Ibu. Terima kasih. Mohon maaf karena Ibu harus menunggu bus terlalu lama. Dishub menambah satu armada di rute Kraton mulai 24 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-p2-12',
      'kelurahan',
      'Selamat pagi, Ibu. Terima kasih. Bantuan sosial diberikan karena warga tersebut tidak mampu dan terdaftar di DTKS. Kelurahan Kuripan Kidul memeriksa ulang data Ibu pada 25 November 2025.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  near(
    ['blaming'],
    reply(
      'c-p2-13',
      'dinkes',
      'Selamat pagi, Bapak. Terima kasih. Agar Bapak lebih nyaman, pendaftaran puskesmas kini bisa lewat aplikasi. Puskesmas Kramatsari membuka layanan daring mulai 26 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'c-p2-14',
    'satpol',
    'Selamat pagi, Bapak. Terima kasih. Lokasi SUDAH KAMI CEK DAN TIDAK ADA PELANGGARAN.\nSalam, Satpol PP Kota Pekalongan',
    ['shouting', 'normatif'],
  ),
  reply(
    'c-p2-15',
    'dpupr',
    'SELAMAT SIANG. Terima kasih atas laporannya. Tim DPUPR menambal jalan di Jl. Merak pada 18 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['shouting'],
  ),
  near(
    ['shouting'],
    reply(
      'c-p2-16',
      'capil',
      'Selamat siang, Ibu. Terima kasih. Layanan ADMINDUK keliling Disdukcapil hadir di Kelurahan Kuripan Kidul pada 27 November 2025 pukul 09.00 WIB untuk perekaman KTP-el.\nSalam, Disdukcapil Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['shouting'],
    reply(
      'c-p2-17',
      'dishub',
      'Selamat sore, Bapak. Terima kasih. Aduan nomor LAPOR-2025-118 sudah ditangani: Dishub memasang rambu di Jl. Kurinci pada 19 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  reply('c-p2-18', 'dlh', 'Selamat pagi, Ibu. Terima kasih. Laporan ini lebay, sampahnya cuma sedikit.\nSalam, DLH Kota Pekalongan', [
    'informal',
    'blaming',
    'normatif',
  ]),
  reply(
    'c-p2-19',
    'kelurahan',
    'Selamat siang, Bapak. Terima kasih. Warga yang protes terus itu memang tukang ngeluh. Kelurahan Kuripan Kidul tetap memperbaiki lampu gang pada 20 November 2025.\nSalam, Kelurahan Kuripan Kidul',
    ['harsh-words', 'informal', 'blaming'],
  ),
  near(
    ['harsh-words'],
    reply(
      'c-p2-20',
      'satpol',
      'Selamat siang, Ibu. Terima kasih. Penertiban orang dengan gangguan jiwa di Jl. Sultan Agung dilakukan Satpol PP bersama Dinsos pada 19 November 2025.\nSalam, Satpol PP Kota Pekalongan',
      [],
    ),
  ),
  near(
    ['harsh-words'],
    reply(
      'c-p2-21',
      'dinkes',
      'Selamat pagi, Ibu. Terima kasih. Kami tidak pernah menganggap keluhan warga cerewet. Puskesmas Medono menambah petugas loket mulai 20 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'c-p2-22',
    'dishub',
    'Selamat pagi, Pak. Terima kasih. Udah kita pasang rambunya td pagi, makasih infonya.\nSalam, Dishub Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'c-p2-23',
    'capil',
    'Selamat siang, Bu. Terima kasih. Aktanya blm jadi, mgkn minggu depan baru bisa diambil di Disdukcapil.\nSalam, Disdukcapil Kota Pekalongan',
    ['informal'],
  ),
  near(
    ['informal'],
    reply(
      'c-p2-24',
      'dlh',
      'Selamat siang, Bapak. Terima kasih. Sampah di Jl. Gajah Mada No. 3 RT 01/RW 02 diangkut DLH pada 18 November 2025 pkl. 07.00 WIB.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'c-p2-25',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih. Penanganan laporan Bapak memakan waktu lebih lama dari seharusnya. Tim DPUPR menambal jalan di Jl. Angsana pada 19 November 2025.\nSalam, DPUPR Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'c-p2-26',
    'dlh',
    'Selamat siang, Ibu. Terima kasih. Laporan Ibu baru kami baca hari ini. Petugas DLH mengangkut sampah di Jl. Melati sore ini.\nSalam, DLH Kota Pekalongan',
    ['apology'],
  ),
  near(
    ['apology'],
    reply(
      'c-p2-27',
      'dinkes',
      'Selamat pagi, Bapak. Terima kasih. Mohon maaf atas ketidaknyamanan di puskesmas. Puskesmas Jenggot menambah kursi tunggu pada 20 November 2025.\nSalam sehat, Dinkes Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'c-p2-28',
    'capil',
    'Selamat pagi, Ibu. Terima kasih. Pembuatan paspor adalah urusan instansi lain, bukan Disdukcapil.\nSalam, Disdukcapil Kota Pekalongan',
    ['normatif', 'authority'],
  ),
  near(
    ['authority'],
    reply(
      'c-p2-29',
      'dishub',
      'Selamat siang, Bapak. Terima kasih. Jalan tol bukan kewenangan Dishub melainkan PT Jasa Marga; laporan Bapak kami teruskan pada 20 November 2025.\nSalam, Dishub Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'c-p2-30',
    'satpol',
    'Selamat malam, Bapak. Terima kasih. Satpol PP berpatroli di Jl. Hayam Wuruk pukul 22.00 WIB tadi. Semoga membantu ya Pak',
    ['closing'],
  ),
  near(
    ['closing'],
    reply(
      'c-p2-31',
      'dinkes',
      'Selamat pagi, Ibu. Terima kasih. Puskesmas Noyontaan memeriksa jentik di RT 02 pada 21 November 2025.\nHormat kami,\nKepala Dinas Kesehatan Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'c-p2-32',
    'kelurahan',
    'Assalamualaikum. Laporan Bapak sudah kami terima dan akan kami sampaikan ke pihak terkait.\nKelurahan Kuripan Kidul',
    ['thanks', 'normatif'],
  ),
  reply('c-p2-33', 'dpupr', 'Terima kasih. Sudah dikerjakan.', ['greeting', 'normatif', 'closing']),
  near(
    ['greeting'],
    reply(
      'c-p2-34',
      'dlh',
      'Selamat malam, Ibu Rina. Terima kasih. Petugas DLH mengangkut sampah di Jl. Slamet pada 22 November 2025.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'c-p2-35',
    'dishub',
    'Selamat siang, Bapak. Terima kasih. Rambu sudah dipasang Dishub pada 20 November 2025!!! Jangan parkir di situ lagi ya.\nSalam, Dishub Kota Pekalongan',
    ['exclamations', 'blaming'],
  ),
];
