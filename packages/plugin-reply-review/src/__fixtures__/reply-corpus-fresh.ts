import type { ReplyContext } from '../reply-context.js';
import { type LabelledReply, reply } from './labelled-reply.js';

/**
 * The second round of the reply corpus, written and labelled by hand rule by rule by a labeller who had
 * not seen the rules, their word lists or the other corpora's sentences, from the meaning each rule has
 * in `docs/reply-review.md`. It was scored once as the held-out part on the frozen rules (2026-12-03:
 * 4 of 11 rules met the 0.9 goal), then studied, so it is now tuning data (see `reply-corpus-tuning.ts`).
 *
 * Labelling decisions a reader of the scores should know:
 * - a quotation (the resident's own words, a sign's text) in capitals or with an insult is not the officer's tone;
 * - a unit's name written in capitals as a letterhead is not shouting, an emphasised word in the body is;
 * - `maaf`, `kami meminta maaf` apologise as well as `mohon maaf`; `Matur nuwun` thanks, `uang terima kasih` does not;
 * - `Dengan hormat`, `Yth. Pelapor`, `Halo`, `Siang, Bu` and `Sugeng enjing` open a reply; `Siap, Pak` and a first word
 *   that is an insult aimed at `Bapak`/`Ibu` do not;
 * - `segera`, `dalam waktu dekat` and the date of the report are not a time frame; `diproses`, `ditindaklanjuti`,
 *   `dikoordinasikan` are not a concrete action; an answer that gives the action, its day and the unit is not normatif
 *   even when it only informs;
 * - `jalan provinsi`, `pusat`, `dinas terkait`, `instansi yang berwenang` do not name the body that is responsible;
 * - the particle `ya`, `jam 8` for `pukul 08.00`, `Kak`, Javanese courtesy (`nggih`) and the formal abbreviation `pkl.`
 *   are not chat shorthand; `aja`, `dong`, `kok`, `sih`, `masa`, `lah`, `Oke`, `Siap`, `Btw` and clipped words are;
 * - a rule skipped by the context (`skip`) is never labelled as broken.
 *
 * After it was scored, the labels that contradict the rule table of `docs/reply-review.md` were corrected, each
 * marked "Relabelled" with its reason: one emphasised word in capitals is not shouting (four replies), a chat greeting
 * ("Siang Bu!") is informal, and sending the resident away ("Lapor ke yang lain sana") is blaming.
 */

/** A puskesmas answering in its own name. */
const puskesmas = (name: string): Partial<ReplyContext> => ({ unitName: `Puskesmas ${name}`, unitAliases: [`Puskesmas ${name}`] });

/** A kelurahan other than the corpus's default one. */
const kelurahan = (name: string): Partial<ReplyContext> => ({
  unitName: `Kelurahan ${name}`,
  unitAliases: [`Kelurahan ${name}`, `Kel. ${name}`],
});

const overdue: Partial<ReplyContext> = { overdue: true };
const sms: Partial<ReplyContext> = { skip: ['closing'] };

export const FRESH_REPLIES: readonly LabelledReply[] = [
  // Polite and substantive: greeting, thanks, a concrete action with its day and the unit, a signed closing.
  reply(
    'f-ps-01',
    'dpupr',
    'Selamat pagi, Bapak Rahmat. Terima kasih atas laporan mengenai lubang di Jl. Dr. Sutomo dekat perempatan Ponolawen. Tim pemeliharaan jalan DPUPR akan menambal lubang tersebut dengan aspal dingin pada Selasa, 8 Desember 2026, mulai pukul 08.00 WIB. Selama pengerjaan, satu lajur ditutup sementara.\n\nHormat kami,\nDPUPR Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-02',
    'dlh',
    'Assalamualaikum wr. wb. Ibu Siti yang kami hormati, terima kasih sudah melaporkan tumpukan sampah di TPS Jl. Kurinci. Armada DLH telah mengangkut sampah tersebut pagi ini, Kamis 3 Desember 2026 pukul 06.30 WIB, dan mulai Senin (7/12) kontainer di TPS itu kami tambah satu unit.\nWassalamualaikum wr. wb.\nDLH Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-03',
    'dishub',
    'Yth. Bapak Hendra, terima kasih atas laporannya. Lampu lalu lintas di simpang Jl. Hayam Wuruk – Jl. Gajah Mada yang mati sudah kami periksa: kontrolernya rusak tersambar petir. Teknisi Dishub akan memasang kontroler pengganti pada Jumat, 4 Desember 2026; sampai saat itu petugas kami mengatur lalu lintas di simpang tersebut pada jam sibuk (06.30–08.00 dan 15.30–17.30 WIB).\nSalam,\nDishub Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-04',
    'capil',
    'Selamat siang, Ibu. Terima kasih telah menghubungi kami. KTP-el atas nama Ibu sudah selesai dicetak hari ini, 3 Desember 2026, dan dapat diambil di loket 2 Mal Pelayanan Publik Kota Pekalongan pada hari kerja pukul 08.00–14.00 WIB dengan membawa bukti perekaman. Pengambilan tidak dipungut biaya.\nHormat kami,\nDisdukcapil Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-05',
    'dinkes',
    'Selamat pagi, Bapak. Terima kasih atas masukan tentang antrean pendaftaran yang panjang. Mulai Senin, 7 Desember 2026, Puskesmas Medono membuka loket pendaftaran kedua khusus peserta BPJS Kesehatan dan melayani nomor antrean lewat WhatsApp 0812-2900-1144 sejak pukul 06.00 WIB.\nSalam sehat,\nPuskesmas Medono',
    [],
    puskesmas('Medono'),
  ),
  reply(
    'f-ps-06',
    'satpol',
    'Selamat malam, Bapak/Ibu. Terima kasih atas laporan pedagang yang berjualan di trotoar Jl. Dr. Cipto. Regu Satpol PP sudah melakukan penertiban pada Rabu, 2 Desember 2026 pukul 16.00 WIB dan akan berpatroli di lokasi setiap sore selama dua pekan ke depan.\nHormat kami,\nSatpol PP Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-07',
    'kelurahan',
    'Assalamualaikum, Bapak Slamet. Terima kasih sudah melapor. Surat pengantar SKTM untuk pendaftaran sekolah putra Bapak sudah kami tanda tangani dan bisa diambil di kantor kelurahan mulai besok, Jumat 4 Desember 2026, pukul 08.00–12.00 WIB. Cukup membawa KTP-el dan KK asli.\nWassalamualaikum,\nKelurahan Kuripan Kidul',
    [],
  ),
  reply(
    'f-ps-08',
    'dpupr',
    'Selamat sore, Ibu Ani. Terima kasih atas laporannya. Saluran di Gg. Teratai RT 03/RW 05 Kel. Kramatsari yang tersumbat sudah dibersihkan tim DPUPR kemarin, Rabu (2/12). Kami akan mengecek lagi setelah hujan deras pertama minggu depan.\nDPUPR Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-09',
    'dlh',
    'Selamat pagi, Bapak Yusuf! Terima kasih banyak atas fotonya. Pohon angsana yang condong di Jl. Merdeka dekat Monumen Juang akan dipangkas tim taman DLH pada Sabtu, 5 Desember 2026 pukul 07.00 WIB. Mohon kendaraan tidak diparkir di bawah pohon pada pagi itu.\nSalam hijau,\nDLH Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-10',
    'dinkes',
    'Yth. Ibu Rina, terima kasih atas laporan mengenai jentik nyamuk dan kasus DBD di RW 07 Kel. Pasirsari. Petugas Dinkes bersama Puskesmas Tirto akan melakukan fogging di RW 07 pada Senin, 7 Desember 2026 pukul 15.30 WIB, didahului pemeriksaan jentik dari rumah ke rumah pada Sabtu (5/12).\nSalam sehat,\nDinkes Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-11',
    'dishub',
    'Selamat siang, Saudara Fajar. Terima kasih atas laporan juru parkir yang meminta Rp5.000 di depan Pasar Banjarsari. Mohon maaf atas ulah juru parkir tersebut; tarif resmi parkir sepeda motor di sana Rp2.000. Juru parkir tersebut sudah kami panggil dan kami beri teguran tertulis pada Selasa, 1 Desember 2026; mulai pekan ini petugas Dishub memeriksa lokasi setiap hari pasar.\nHormat kami,\nDishub Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-12',
    'capil',
    'Selamat pagi, Bapak. Terima kasih atas pertanyaannya. NIK putri Bapak sudah aktif kembali sejak tadi pagi pukul 09.15 WIB setelah data gandanya kami hapus, sehingga pendaftaran BPJS Kesehatan bisa dilanjutkan hari ini juga.\nSalam,\nDisdukcapil Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-13',
    'kelurahan',
    'Assalamualaikum wr. wb. Bapak dan Ibu warga RT 02/RW 04, terima kasih atas laporannya. Pompa air di ujung Jl. Pelabuhan yang rusak sudah diganti DPUPR bersama kelurahan pada Rabu malam (2/12), dan mulai hari ini petugas jaga pompa siaga 24 jam selama musim rob sampai akhir Februari 2027.\nWassalamualaikum wr. wb.\nKelurahan Panjang Wetan',
    [],
    kelurahan('Panjang Wetan'),
  ),
  reply(
    'f-ps-14',
    'dpupr',
    'Selamat pagi, Ibu Lestari. Terima kasih atas laporan "trotoar depan SD Kergon ambles, anak-anak sampai jatuh". Tim DPUPR sudah memasang pembatas di lokasi kemarin; trotoar itu akan dibongkar dan dipasang ulang mulai Senin, 14 Desember 2026, selama empat hari kerja.\nHormat kami,\nDPUPR Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-15',
    'satpol',
    'Dengan hormat,\nmenanggapi laporan tentang reklame liar yang menutupi rambu di Jl. Hos Cokroaminoto, kami sampaikan terima kasih. Tim Satpol PP akan menurunkan reklame tersebut pada Selasa, 8 Desember 2026 pukul 09.00 WIB bersama Dishub.\nHormat kami,\nSatpol PP Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-16',
    'dinkes',
    'Selamat siang, Bapak. Terima kasih atas masukannya. Mulai Kamis, 10 Desember 2026, peserta Prolanis di Puskesmas Klego dapat mengambil obat hipertensi di loket khusus setiap Kamis pukul 08.00–11.00 WIB tanpa antre ulang.\nSalam,\nPuskesmas Klego',
    [],
    puskesmas('Klego'),
  ),
  reply(
    'f-ps-17',
    'dlh',
    'Assalamualaikum, Ibu Nur. Terima kasih atas laporan bau menyengat dari saluran limbah batik di Jl. Jlamprang. Petugas DLH sudah mengambil sampel air pada Senin, 30 November 2026, dan hasil uji laboratorium keluar paling lambat Jumat, 11 Desember 2026. Pemilik usaha sudah kami panggil dan diminta menutup saluran pembuangan langsung ke sungai sejak hari ini; bila masih ada pembuangan, sanksi administratif kami jatuhkan sesuai Perda. Hasil uji akan kami kirim ke nomor WhatsApp Ibu.\nWassalamualaikum,\nDLH Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-18',
    'dishub',
    'Selamat pagi. Terima kasih atas laporan Anda tentang lampu PJU yang mati di Jl. Kusumabangsa. Teknisi Dishub akan mengganti lampu dan fotoselnya pada Kamis, 10 Desember 2026 malam. Nomor tiket perbaikan Anda: PJU-2026-1182.\nSalam,\nDishub Kota Pekalongan',
    [],
  ),
  reply(
    'f-ps-19',
    'kelurahan',
    'Selamat sore, Bapak Agus. Terima kasih atas informasinya. Bantuan sembako bulan Desember untuk RT 01 sampai RT 06 RW 02 dibagikan di balai kelurahan pada Sabtu, 12 Desember 2026 pukul 08.00–11.00 WIB. Nama Bapak sudah tercantum di daftar penerima nomor 27; cukup membawa KTP-el.\nHormat kami,\nKelurahan Kuripan Kidul',
    [],
  ),
  reply(
    'f-ps-20',
    'capil',
    'Yth. Ibu Maryam. Terima kasih telah melapor. Perubahan nama putra Ibu sesuai penetapan Pengadilan Negeri Pekalongan sudah kami catat; akta kelahiran baru dapat diunduh dan dicetak sendiri mulai Senin, 7 Desember 2026 melalui tautan yang kami kirim lewat SMS. Tidak ada pungutan apa pun untuk perbaikan ini.\nSalam,\nDisdukcapil Kota Pekalongan',
    [],
  ),

  // Polite but normatif: courteous and signed, but no concrete action, no day or time frame, or no unit.
  reply(
    'f-pn-01',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Laporan Bapak sudah kami terima dan akan segera kami tindak lanjuti.\nHormat kami,\nDPUPR Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'f-pn-02',
    'dlh',
    'Selamat siang, Ibu. Terima kasih atas informasinya. Keluhan ini sudah kami koordinasikan dengan pihak terkait.\nSalam,\nDLH Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'f-pn-03',
    'dishub',
    'Assalamualaikum wr. wb. Terima kasih atas partisipasi Bapak/Ibu dalam menjaga ketertiban lalu lintas Kota Pekalongan. Masukan ini akan menjadi bahan evaluasi kami ke depan.\nWassalamualaikum wr. wb.\nDishub Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'f-pn-04',
    'dinkes',
    'Yth. Bapak, terima kasih atas laporan dan sarannya. Aduan terkait pelayanan di puskesmas akan kami tindak lanjuti sesuai ketentuan yang berlaku.\nSalam sehat,\nDinkes Kota Pekalongan',
    ['normatif'],
  ),
  // An action without a day.
  reply(
    'f-pn-05',
    'dpupr',
    'Selamat pagi, Ibu Dewi. Terima kasih atas laporannya. Petugas DPUPR akan menambal lubang di Jl. Slamet tersebut.\nHormat kami,\nDPUPR Kota Pekalongan',
    ['normatif'],
  ),
  // "Segera" and "dalam waktu dekat" are no time frame.
  reply(
    'f-pn-06',
    'dlh',
    'Selamat siang, Bapak. Terima kasih sudah melapor. Tim DLH akan segera mengangkut sampah di bantaran Kali Banger dalam waktu dekat.\nSalam,\nDLH Kota Pekalongan',
    ['normatif'],
  ),
  // A day without a concrete action.
  reply(
    'f-pn-07',
    'satpol',
    'Assalamualaikum, Bapak Rozak. Terima kasih atas laporannya. Laporan Bapak sudah masuk dan akan diproses mulai Senin, 7 Desember 2026.\nWassalamualaikum,\nSatpol PP Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'f-pn-08',
    'dishub',
    'Selamat sore, Ibu. Terima kasih atas aspirasinya. Usulan pembangunan polisi tidur di Gg. Seruni sudah kami tampung dan akan kami sampaikan kepada pimpinan.\nHormat kami,\nDishub Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'f-pn-09',
    'capil',
    'Selamat pagi, Bapak. Terima kasih. Permasalahan data KK Bapak sedang kami pelajari dan akan kami tindak lanjuti sebagaimana mestinya.\nSalam,\nDisdukcapil Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'f-pn-10',
    'kelurahan',
    'Assalamualaikum wr. wb. Bapak/Ibu yang kami hormati, terima kasih atas laporannya. Laporan sudah kami teruskan kepada RT/RW setempat untuk ditindaklanjuti.\nWassalamualaikum wr. wb.\nKelurahan Kuripan Kidul',
    ['normatif'],
  ),
  reply(
    'f-pn-11',
    'dinkes',
    'Selamat siang, Ibu. Terima kasih atas masukannya yang sangat berharga. Kami akan terus berupaya meningkatkan kualitas pelayanan di Puskesmas Kusuma Bangsa.\nSalam sehat,\nPuskesmas Kusuma Bangsa',
    ['normatif'],
    puskesmas('Kusuma Bangsa'),
  ),
  reply(
    'f-pn-12',
    'dpupr',
    'Yth. Bapak Imam. Terima kasih atas laporan yang telah disampaikan melalui kanal SP4N-LAPOR!. Kami sangat mengapresiasi kepedulian Bapak terhadap kondisi infrastruktur di lingkungan Kota Pekalongan. Laporan Bapak telah kami terima, kami catat, dan telah kami koordinasikan dengan bidang terkait agar dapat ditindaklanjuti sesuai prosedur dan ketersediaan anggaran. Kami berharap Bapak tetap berpartisipasi aktif dalam pembangunan kota.\nHormat kami,\nDPUPR Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'f-pn-13',
    'dishub',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Petugas Dishub akan mengecek lampu PJU di Jl. Veteran.\nSalam,\nDishub Kota Pekalongan',
    ['normatif'],
  ),
  // The particle "ya" is spoken courtesy, not chat shorthand.
  reply('f-pn-14', 'dlh', 'Selamat malam, Ibu. Terima kasih. Laporan sudah diterima, mohon ditunggu ya, Bu.\nSalam,\nDLH Kota Pekalongan', [
    'normatif',
  ]),
  // The date is the report's, not a time frame for what the unit will do.
  reply(
    'f-pn-15',
    'satpol',
    'Selamat siang, Bapak. Terima kasih atas laporan tanggal 28 November 2026. Laporan tersebut sudah kami disposisikan kepada petugas lapangan untuk ditindaklanjuti.\nHormat kami,\nSatpol PP Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'f-pn-16',
    'kelurahan',
    'Assalamualaikum, Ibu. Terima kasih atas kepeduliannya. Keluhan mengenai air PDAM yang keruh sudah kami catat dan akan kami pantau perkembangannya.\nWassalamualaikum,\nKelurahan Kramatsari',
    ['normatif'],
    kelurahan('Kramatsari'),
  ),
  // "Mohon maaf" without admitting anything; the apology rule has nothing to ask for.
  reply(
    'f-pn-17',
    'capil',
    'Selamat siang, Ibu. Terima kasih telah menghubungi Disdukcapil. Mohon maaf atas ketidaknyamanannya. Permohonan Ibu sedang dalam proses.\nSalam,\nDisdukcapil Kota Pekalongan',
    ['normatif'],
  ),
  // A past action without a day, and an officer's fault admitted (he was given "pembinaan") without an apology.
  reply(
    'f-pn-18',
    'dinkes',
    'Selamat pagi, Bapak. Terima kasih atas laporan Bapak mengenai sikap petugas loket. Petugas yang bersangkutan sudah kami beri pembinaan.\nSalam sehat,\nPuskesmas Jenggot',
    ['normatif', 'apology'],
    puskesmas('Jenggot'),
  ),
  reply(
    'f-pn-19',
    'dpupr',
    'Selamat siang, Bapak Wahyu. Terima kasih atas laporannya. Perbaikan talud di Gg. Cempaka sudah masuk daftar prioritas kami dan akan dikerjakan setelah anggaran tersedia.\nHormat kami,\nDPUPR Kota Pekalongan',
    ['normatif'],
  ),

  // Rude replies: raised tone, insults, blaming or lecturing, usually normatif and without courtesy too.
  reply('f-ru-01', 'dpupr', 'SUDAH KAMI BILANG, jalan itu masuk jadwal tahun depan!!! Jangan lapor terus.', [
    'shouting',
    'exclamations',
    'blaming',
    'normatif',
    'greeting',
    'thanks',
    'closing',
  ]),
  reply('f-ru-02', 'dlh', 'Makanya jangan buang sampah sembarangan, Bu. Kalau warga sendiri yang jorok, ya jangan salahkan petugas.', [
    'harsh-words',
    'blaming',
    'normatif',
    'greeting',
    'thanks',
    'closing',
  ]),
  reply('f-ru-03', 'satpol', 'Laporan kamu ngawur, lokasinya aja salah. Cek dulu baru lapor!!', [
    'exclamations',
    'harsh-words',
    'blaming',
    'normatif',
    'greeting',
    'thanks',
    'informal',
    'closing',
  ]),
  reply('f-ru-04', 'dishub', 'Pak, itu parkir resmi. Jangan sok tahu. Baca dulu Perda-nya sebelum komplain.', [
    'harsh-words',
    'blaming',
    'normatif',
    'thanks',
    'closing',
  ]),
  reply(
    'f-ru-05',
    'capil',
    'Berkas tdk lengkap ya jelas gak bisa diproses. Makanya baca persyaratan dulu, semua sudah ditempel di loket!!!',
    ['exclamations', 'blaming', 'normatif', 'greeting', 'thanks', 'informal', 'closing'],
  ),
  reply(
    'f-ru-06',
    'dinkes',
    'ANTRE SEPERTI YANG LAIN. Petugas kami juga manusia, bukan robot.\nPuskesmas Tirto',
    ['shouting', 'blaming', 'normatif', 'greeting', 'thanks'],
    puskesmas('Tirto'),
  ),
  // Starts with "Bapak", but as the target of an insult, not as an address.
  reply('f-ru-07', 'kelurahan', 'Bapak ini bodoh atau bagaimana? Surat itu harus ke RT dulu, bukan ke kelurahan. Tanya RT saja.', [
    'harsh-words',
    'blaming',
    'normatif',
    'greeting',
    'thanks',
    'closing',
  ]),
  // "Di situ" is a place here, not the rude pronoun; the refusal names no body.
  // Relabelled: "Lapor ke yang lain sana" sends the resident away, which the blaming rule counts as dismissing.
  reply('f-ru-08', 'dlh', 'Sampah di situ bukan urusan kami!! Lapor ke yang lain sana.', [
    'exclamations',
    'blaming',
    'normatif',
    'authority',
    'greeting',
    'thanks',
    'closing',
  ]),
  reply('f-ru-09', 'dpupr', 'Situ tinggal di mana sih? Jalan itu sdh diaspal bulan lalu, jangan ngarang.', [
    'blaming',
    'normatif',
    'greeting',
    'thanks',
    'informal',
    'closing',
  ]),
  reply(
    'f-ru-10',
    'satpol',
    'Yth. Pelapor. PKL di alun-alun SUDAH DITERTIBKAN berkali-kali. Kalau warga masih belanja di sana ya percuma.\nSatpol PP Kota Pekalongan',
    ['shouting', 'blaming', 'normatif', 'thanks'],
  ),
  reply('f-ru-11', 'dishub', 'Parkir di badan jalan ya wajar ditilang, Pak. Jangan goblok lah.', [
    'harsh-words',
    'blaming',
    'normatif',
    'greeting',
    'thanks',
    'informal',
    'closing',
  ]),
  reply('f-ru-12', 'capil', 'NIK ANDA TIDAK TERDAFTAR. SILAKAN DATANG KE KANTOR.', [
    'shouting',
    'normatif',
    'greeting',
    'thanks',
    'closing',
  ]),
  // Admits the medicine is out (a service failure) without an apology, and mocks the resident.
  reply(
    'f-ru-13',
    'dinkes',
    'Obat habis ya habis, Bu. Ibu kira puskesmas itu toko? Beli sendiri di apotek aja.',
    ['blaming', 'normatif', 'apology', 'greeting', 'thanks', 'informal', 'closing'],
    puskesmas('Sokorejo'),
  ),
  // Shouts and lectures, but it does say what is collected, when, and by whom.
  reply(
    'f-ru-14',
    'dlh',
    'Ibu, TOLONG BACA BAIK-BAIK: pengangkutan sampah di RW 03 hanya hari Senin dan Kamis pagi!! Jangan taruh sampah di luar jadwal.\nDLH',
    ['shouting', 'exclamations', 'blaming', 'thanks'],
  ),
  // "Pusat" is not a body the resident can turn to.
  reply(
    'f-ru-15',
    'kelurahan',
    'Bansos itu yang menentukan pusat, bukan kelurahan. Jangan marah-marah ke kami, Pak. Kami cuma pelaksana.',
    ['blaming', 'normatif', 'authority', 'greeting', 'thanks', 'closing'],
  ),
  reply(
    'f-ru-16',
    'dpupr',
    'Yth. Bapak, terima kasih. Laporan ini sudah masuk 20 kali, tidak usah diulang-ulang lagi!!! Nanti juga dikerjakan.\nDPUPR Kota Pekalongan',
    ['exclamations', 'blaming', 'normatif'],
  ),
  reply('f-ru-17', 'satpol', 'Lu siapa nyuruh-nyuruh kami? Kami kerja sesuai SOP.', [
    'blaming',
    'normatif',
    'greeting',
    'thanks',
    'informal',
    'closing',
  ]),
  reply(
    'f-ru-18',
    'dinkes',
    'Selamat siang. Ibu datang jam 11, ya jelas kuota habis. Datang pagi dong kalau mau dilayani!!\nPuskesmas Buaran',
    ['exclamations', 'blaming', 'normatif', 'thanks', 'informal'],
    puskesmas('Buaran'),
  ),
  reply('f-ru-19', 'dishub', 'Laporan tolol. Lampu merah itu tidak rusak, memang sengaja dimatikan malam hari.', [
    'harsh-words',
    'normatif',
    'greeting',
    'thanks',
    'closing',
  ]),
  reply('f-ru-20', 'capil', 'Dasar warga nggak sabaran. Semua ada antriannya, KTP-el dicetak sesuai urutan. Tunggu saja.', [
    'harsh-words',
    'blaming',
    'normatif',
    'greeting',
    'thanks',
    'informal',
    'closing',
  ]),
  // Names the body (Disdukcapil) while shouting.
  reply(
    'f-ru-21',
    'kelurahan',
    'HARAP DIBACA: pembuatan KTP-el hanya di Disdukcapil, bukan di kelurahan!! Kami tidak melayani.\nKelurahan Kuripan Kidul',
    ['shouting', 'exclamations', 'normatif', 'greeting', 'thanks'],
  ),
  reply(
    'f-ru-22',
    'dinkes',
    'Ibu ini cerewet sekali, sudah dijawab berkali-kali. Obat itu memang tidak ditanggung BPJS.\nPuskesmas Klego',
    ['harsh-words', 'blaming', 'normatif', 'greeting', 'thanks'],
    puskesmas('Klego'),
  ),

  // Mixed: substantive replies with one or two faults of courtesy, tone or form.
  reply(
    'f-mx-01',
    'dpupr',
    'Terima kasih atas laporannya. Tim DPUPR akan menambal jalan berlubang di Jl. Gajah Mada depan Stasiun Pekalongan pada Rabu, 9 Desember 2026.\nHormat kami,\nDPUPR Kota Pekalongan',
    ['greeting'],
  ),
  reply(
    'f-mx-02',
    'dlh',
    'Selamat pagi, Ibu. Sampah di TPS Jl. Gajah Mada dekat stasiun sudah diangkut hari ini pukul 05.00 WIB oleh armada DLH, dan kontainernya diganti dengan yang lebih besar pada Senin (7/12).\nSalam,\nDLH Kota Pekalongan',
    ['thanks'],
  ),
  // The unit is named in the last sentence, but no closing line signs the reply.
  reply(
    'f-mx-03',
    'dishub',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Petugas Dishub akan memasang rambu dilarang parkir di Jl. KH Mansyur pada Jumat, 11 Desember 2026.',
    ['closing'],
  ),
  // Signed by a person only.
  reply(
    'f-mx-04',
    'capil',
    'Assalamualaikum, Ibu Fitri. Terima kasih atas laporannya. Kartu identitas anak (KIA) untuk putri Ibu sudah kami cetak dan bisa diambil di loket Disdukcapil mulai Selasa, 8 Desember 2026.\nWassalamualaikum,\nRina',
    ['closing'],
  ),
  reply(
    'f-mx-05',
    'dishub',
    'Selamat pagi, Pak. Terima kasih laporannya. Lampu PJU di Jl. Urip Sumoharjo udah diganti teknisi Dishub tadi malam pukul 20.00 WIB ya.\nSalam,\nDishub Kota Pekalongan',
    ['informal'],
  ),
  // One capitalised word in a polite reply, and an officer's fault admitted without an apology.
  reply(
    'f-mx-06',
    'capil',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Kami tegaskan bahwa pengurusan KTP-el TIDAK dipungut biaya. Petugas loket yang meminta uang kepada Bapak sudah kami bebastugaskan sejak Rabu, 2 Desember 2026.\nHormat kami,\nDisdukcapil Kota Pekalongan',
    // Relabelled: one word in capitals for emphasis is not shouting; the rule asks for two or more in a row (docs/reply-review.md).
    ['apology'],
  ),
  reply(
    'f-mx-07',
    'dlh',
    'Selamat pagi, Ibu Wati. Terima kasih banyak atas laporannya!! Petugas DLH sudah membersihkan tumpukan sampah di Jl. Pelita pagi ini pukul 07.00 WIB.\nSalam,\nDLH Kota Pekalongan',
    ['exclamations'],
  ),
  // A lecture after the substance.
  reply(
    'f-mx-08',
    'dpupr',
    'Selamat sore, Bapak. Terima kasih atas laporannya. Saluran di Gg. Melati sudah kami keruk pada Selasa (1/12). Seharusnya warga tidak membuang sampah ke saluran, sudah berkali-kali kami ingatkan.\nHormat kami,\nDPUPR Kota Pekalongan',
    ['blaming'],
  ),
  // The same reply with an invitation instead of a lecture.
  reply(
    'f-mx-09',
    'dpupr',
    'Selamat sore, Bapak. Terima kasih atas laporannya. Saluran di Gg. Mawar sudah kami keruk pada Selasa (1/12). Kami mengajak warga sekitar untuk bersama-sama menjaga saluran tetap bersih agar air lancar saat hujan.\nHormat kami,\nDPUPR Kota Pekalongan',
    [],
  ),
  reply('f-mx-10', 'dlh', 'Siang, Bu. Makasih infonya. Sampahnya udh diangkut tadi pagi sm petugas DLH, besok dicek lagi.', [
    'informal',
    'closing',
  ]),
  // A check with its day and its finding is substance; "tidak mengalami kerusakan" is a negation, not an admission.
  reply(
    'f-mx-11',
    'dlh',
    'Yth. Bapak Ridwan,\nterima kasih atas laporannya. Berdasarkan pengecekan petugas kami pada Senin, 30 November 2026, pohon beringin di depan SD Negeri Podosugih 01 sehat dan tidak mengalami kerusakan, sehingga tidak perlu ditebang. Pemangkasan rutin berikutnya kami jadwalkan Februari 2027.\nSalam,\nDLH Kota Pekalongan',
    [],
  ),
  reply('f-mx-12', 'dpupr', 'Oke Pak, nanti dicek.', ['normatif', 'greeting', 'thanks', 'informal', 'closing']),
  // Sarcasm about how often the resident reports.
  reply(
    'f-mx-13',
    'dpupr',
    'Selamat pagi, Bapak. Wah, rajin sekali melapor, sudah lima kali minggu ini. Lubang di Jl. Dharma Bakti dijadwalkan ditambal tim DPUPR pada Kamis, 17 Desember 2026.\nDPUPR Kota Pekalongan',
    ['blaming', 'thanks'],
  ),
  // A cancelled visit admitted without an apology, then the same with one.
  reply(
    'f-mx-14',
    'dinkes',
    'Selamat siang, Ibu. Terima kasih atas laporannya. Fogging di RW 05 kemarin memang batal karena mesin fogging kami rusak. Fogging dijadwalkan ulang pada Sabtu, 5 Desember 2026 pukul 15.00 WIB oleh petugas Puskesmas Noyontaan.\nSalam sehat,\nPuskesmas Noyontaan',
    ['apology'],
    puskesmas('Noyontaan'),
  ),
  reply(
    'f-mx-15',
    'dinkes',
    'Selamat siang, Ibu. Terima kasih atas laporannya dan mohon maaf, fogging di RW 05 kemarin batal karena mesin fogging kami rusak. Fogging dijadwalkan ulang pada Sabtu, 5 Desember 2026 pukul 15.00 WIB oleh petugas Puskesmas Noyontaan.\nSalam sehat,\nPuskesmas Noyontaan',
    [],
    puskesmas('Noyontaan'),
  ),
  reply(
    'f-mx-16',
    'capil',
    'Halo, terima kasih sudah lapor. Kamu bisa ambil KTP-el di loket 3 Disdukcapil mulai Senin, 7 Desember 2026 pukul 08.00–14.00 WIB.\nSalam,\nDisdukcapil Kota Pekalongan',
    ['blaming'],
  ),
  // The unit's name in capitals as a letterhead is not a raised tone.
  reply(
    'f-mx-17',
    'dlh',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Tim kebersihan akan menyapu dan mengangkut pasir sisa banjir di Jl. Seruni pada Senin, 7 Desember 2026 pagi.\n\nDINAS LINGKUNGAN HIDUP KOTA PEKALONGAN',
    [],
  ),
  // The resident's title quoted in capitals; the matter is handed to PDAM by name.
  reply(
    'f-mx-18',
    'kelurahan',
    'Selamat siang, Ibu Sri. Terima kasih atas laporan Ibu yang berjudul "AIR PDAM MATI 3 HARI". Pasokan air menjadi wewenang PDAM Kota Pekalongan, sehingga laporan ini sudah kami teruskan kepada PDAM hari ini, Kamis 3 Desember 2026 pukul 10.00 WIB, dan petugas PDAM dijadwalkan memeriksa pipa di RW 06 besok pagi.\nSalam,\nKelurahan Sugihwaras',
    [],
    kelurahan('Sugihwaras'),
  ),
  // The insult is the parking attendant's, quoted; the reply apologises for it.
  reply(
    'f-mx-19',
    'dishub',
    'Selamat pagi, Bapak Teguh. Terima kasih atas laporannya. Kami mohon maaf atas ucapan juru parkir yang menyebut Bapak "bodoh". Juru parkir tersebut sudah kami berhentikan pada Rabu, 2 Desember 2026, dan sejak Kamis lokasi parkir di depan Pasar Banjarsari dijaga petugas Dishub.\nHormat kami,\nDishub Kota Pekalongan',
    [],
  ),
  reply(
    'f-mx-20',
    'dlh',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Petugas kebersihan kami memang lalai karena tidak mengangkut sampah di Jl. Toba selama tiga hari. Sampah sudah diangkut pagi ini pukul 06.00 WIB dan petugas tersebut sudah kami tegur.\nSalam,\nDLH Kota Pekalongan',
    ['apology'],
  ),
  // Javanese courtesy: a greeting and thanks, not slang.
  reply(
    'f-mx-21',
    'dpupr',
    'Sugeng enjing, Bapak. Matur nuwun atas laporannya. Tim DPUPR akan memperbaiki tutup saluran yang jebol di Jl. Kartini depan Museum Batik pada Selasa, 8 Desember 2026.\nHormat kami,\nDPUPR Kota Pekalongan',
    [],
  ),
  // "Uang terima kasih" is a bribe, not thanks; an officer's fault is admitted without an apology.
  reply(
    'f-mx-22',
    'capil',
    'Selamat siang, Bapak. Kami tegaskan petugas Disdukcapil tidak boleh menerima uang terima kasih dalam bentuk apa pun. Petugas yang meminta imbalan kepada Bapak sudah kami laporkan ke Inspektorat pada Rabu, 2 Desember 2026, dan KK baru Bapak tetap dicetak tanpa biaya pada Jumat, 4 Desember 2026.\nHormat kami,\nDisdukcapil Kota Pekalongan',
    ['apology', 'thanks'],
  ),
  // Two question marks are not an exclamation run.
  reply(
    'f-mx-23',
    'dishub',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Apakah lampu yang dimaksud berada di tiang nomor 14 di depan Masjid Jami Kauman?? Bila benar, teknisi Dishub akan menggantinya pada Senin, 7 Desember 2026.\nSalam,\nDishub Kota Pekalongan',
    [],
  ),
  // Several single exclamation marks, none in a run.
  reply(
    'f-mx-24',
    'dpupr',
    'Selamat pagi, Ibu! Terima kasih atas laporannya! Jalan di Gg. Kenanga sudah kami cor ulang pada Senin, 30 November 2026 dan bisa dilalui mulai hari ini!\nSalam,\nDPUPR Kota Pekalongan',
    [],
  ),
  reply(
    'f-mx-25',
    'dishub',
    'Menanggapi laporan Saudara tentang kabel PJU yang menjuntai di Jl. Diponegoro, petugas Dishub sudah merapikan kabel tersebut pada Rabu, 2 Desember 2026 pukul 10.00 WIB. Terima kasih atas kepeduliannya.\nHormat kami,\nDishub Kota Pekalongan',
    ['greeting'],
  ),
  reply(
    'f-mx-26',
    'dlh',
    'Yth. Pelapor,\nterima kasih atas laporannya. Pemangkasan pohon di Jl. Imam Bonjol sudah dijadwalkan tim DLH pada Kamis, 10 Desember 2026 pukul 08.00 WIB.\nDLH Kota Pekalongan',
    [],
  ),
  // The address comes only after the first clause.
  reply(
    'f-mx-27',
    'satpol',
    'Laporan sudah kami terima, Bapak. Terima kasih. Petugas Satpol PP akan menertibkan bangunan liar di bantaran Kali Loji pada Selasa, 15 Desember 2026 bersama DPUPR.\nHormat kami,\nSatpol PP Kota Pekalongan',
    ['greeting'],
  ),
  reply(
    'f-mx-28',
    'dinkes',
    'Selamat pagi, Bapak/Ibu. Terima kasih atas laporannya. PENTING: imunisasi ulang balita di Posyandu Melati dipindah ke Kamis, 10 Desember 2026 pukul 08.00 WIB di Puskesmas Krapyak Kidul.\nSalam sehat,\nPuskesmas Krapyak Kidul',
    // Relabelled: one word in capitals for emphasis is not shouting; the rule asks for two or more in a row (docs/reply-review.md).
    [],
    puskesmas('Krapyak Kidul'),
  ),
  // Insults aimed at third parties are still insults.
  reply(
    'f-mx-29',
    'dishub',
    'Selamat siang, Bapak. Terima kasih. Lampu di Jl. Sultan Agung sudah dinyalakan kembali kemarin pukul 18.00 WIB oleh teknisi Dishub; yang mematikan saklarnya ternyata pemilik warung sebelah, dasar kampungan.\nDishub Kota Pekalongan',
    ['harsh-words'],
  ),
  reply(
    'f-mx-30',
    'dishub',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Juru parkir yang bodoh itu memang menarik Rp5.000 dari Ibu. Ia sudah kami ganti sejak Senin (30/11), dan tarif parkir motor di depan RSUD Bendan kembali Rp2.000.\nSalam,\nDishub Kota Pekalongan',
    ['harsh-words', 'apology'],
  ),
  reply(
    'f-mx-31',
    'dlh',
    'Pagi Pak, mksh laporannya. Petugas DLH sdh angkut sampahnya jam 6 tadi, yg di depan gg 4 jg udah. Dasar tukang buang sampah goblok, tiap hari buang di situ.\nDLH',
    ['harsh-words', 'informal'],
  ),
  reply(
    'f-mx-32',
    'dpupr',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Jalan di Gg. Anggrek SUDAH SELESAI dicor oleh tim DPUPR pada Senin, 30 November 2026, dan dapat dilalui kendaraan mulai hari ini.\nHormat kami,\nDPUPR Kota Pekalongan',
    ['shouting'],
  ),
  reply(
    'f-mx-33',
    'dlh',
    'Pagi Pak, terima kasih. Petugas DLH SUDAH angkut sampah jam 7 tadi, tp masih ada yg buang lagi.\nDLH Kota Pekalongan',
    // Relabelled: one word in capitals for emphasis is not shouting; the rule asks for two or more in a row (docs/reply-review.md).
    ['informal'],
  ),
  reply(
    'f-mx-34',
    'dpupr',
    'Selamat sore, Ibu. Terima kasih. Lubang di Jl. Binagriya sudah kami tambal kemarin sore, masa masih dibilang belum?! Silakan dicek lagi.\nDPUPR Kota Pekalongan',
    ['exclamations', 'blaming', 'informal'],
  ),
  reply(
    'f-mx-35',
    'dinkes',
    'Siang Bu! Sudah kami jadwalkan ya!! Petugas Puskesmas Jenggot datang ke rumah Ibu untuk pemeriksaan lansia pada Senin 7/12 pukul 09.00 WIB. Terima kasih!\nPuskesmas Jenggot',
    // Relabelled: "Siang Bu!" greets like a chat, the informal rule's own example ("Pagi Pak").
    ['exclamations', 'informal'],
    puskesmas('Jenggot'),
  ),

  // "Bukan wewenang": handed on to a named body (fine), or sent away to an unnamed "dinas terkait" (authority).
  reply(
    'f-bw-01',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Ruas jalan Pantura yang Bapak laporkan adalah jalan nasional yang menjadi wewenang Balai Besar Pelaksanaan Jalan Nasional (BBPJN) Jawa Tengah–DI Yogyakarta. Laporan Bapak sudah kami alihkan ke BBPJN melalui SP4N-LAPOR! hari ini, Kamis 3 Desember 2026, beserta foto lokasinya.\nHormat kami,\nDPUPR Kota Pekalongan',
    [],
  ),
  reply(
    'f-bw-02',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Mohon maaf, perbaikan jalan tersebut bukan wewenang kami. Silakan menghubungi dinas terkait.\nHormat kami,\nDPUPR Kota Pekalongan',
    ['normatif', 'authority'],
  ),
  reply(
    'f-bw-03',
    'dpupr',
    'Selamat siang, Ibu. Terima kasih atas laporannya. Kabel listrik yang menjuntai di Gg. Seroja adalah jaringan milik PLN, sehingga penanganannya menjadi wewenang PLN UP3 Pekalongan. Laporan Ibu sudah kami teruskan ke PLN pada Rabu, 2 Desember 2026; Ibu juga dapat melapor langsung melalui aplikasi PLN Mobile atau call center 123.\nSalam,\nDPUPR Kota Pekalongan',
    [],
  ),
  reply(
    'f-bw-04',
    'kelurahan',
    'Assalamualaikum, Bapak. Terima kasih atas laporannya. Permasalahan sertifikat tanah di luar kewenangan kelurahan. Kami sarankan Bapak mengajukannya ke instansi yang berwenang.\nWassalamualaikum,\nKelurahan Kuripan Kidul',
    ['normatif', 'authority'],
  ),
  reply(
    'f-bw-05',
    'kelurahan',
    'Assalamualaikum, Bapak. Terima kasih atas laporannya. Permasalahan sertifikat tanah menjadi wewenang Kantor Pertanahan (BPN) Kota Pekalongan. Surat keterangan riwayat tanah yang diminta BPN sudah kami siapkan dan bisa Bapak ambil di kantor kelurahan mulai besok, Jumat 4 Desember 2026.\nWassalamualaikum,\nKelurahan Kuripan Kidul',
    [],
  ),
  // Names the body, but only points there: no action, no day.
  reply(
    'f-bw-06',
    'dinkes',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Mohon maaf, tunggakan iuran BPJS Kesehatan bukan wewenang Dinkes, melainkan wewenang BPJS Kesehatan Cabang Pekalongan.\nSalam sehat,\nDinkes Kota Pekalongan',
    ['normatif'],
  ),
  reply('f-bw-07', 'satpol', 'Itu bukan urusan Satpol PP. Lapor ke yang berwenang.', [
    'normatif',
    'authority',
    'greeting',
    'thanks',
    'closing',
  ]),
  // Hands the matter on, with a day, but to "pihak terkait".
  reply(
    'f-bw-08',
    'kelurahan',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Pungutan di sekolah berada di luar kewenangan kami. Laporan Bapak kami teruskan kepada pihak terkait hari ini, Kamis 3 Desember 2026.\nHormat kami,\nKelurahan Kuripan Kidul',
    ['authority'],
  ),
  reply(
    'f-bw-09',
    'capil',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Zonasi penerimaan murid baru SD dan SMP menjadi wewenang Dinas Pendidikan dan Kebudayaan (Dindikbud) Kota Pekalongan; laporan Ibu sudah kami alihkan ke Dindikbud melalui SP4N-LAPOR! pada Rabu, 2 Desember 2026, dan petugasnya akan menghubungi Ibu sebelum Jumat, 11 Desember 2026.\nSalam,\nDisdukcapil Kota Pekalongan',
    [],
  ),
  reply(
    'f-bw-10',
    'dishub',
    'Selamat malam, Bapak. Terima kasih atas laporannya. Balap liar di Jl. Sriwijaya pada malam hari termasuk pelanggaran yang menjadi wewenang Polres Pekalongan Kota. Silakan melapor melalui layanan 110.\nSalam,\nDishub Kota Pekalongan',
    ['normatif'],
  ),
  // "Jalan provinsi" says which level, not which office.
  reply(
    'f-bw-11',
    'dpupr',
    'Selamat siang, Bapak. Terima kasih. Jalan tersebut jalan provinsi, jadi bukan kewenangan kami.\nDPUPR Kota Pekalongan',
    ['normatif', 'authority'],
  ),
  reply(
    'f-bw-12',
    'dpupr',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Ruas Jl. Raya Tirto merupakan jalan provinsi yang dikelola Dinas Pekerjaan Umum Bina Marga dan Cipta Karya Provinsi Jawa Tengah. Kami sudah mengirim surat permohonan perbaikan ke Balai Pengelolaan Jalan Wilayah Pekalongan pada Senin, 30 November 2026, beserta foto dari Bapak.\nHormat kami,\nDPUPR Kota Pekalongan',
    [],
  ),
  reply(
    'f-bw-13',
    'dpupr',
    'Assalamualaikum wr. wb. Bapak/Ibu, terima kasih atas laporannya. Normalisasi Sungai Loji menjadi wewenang BBWS Pemali Juana. Laporan ini sudah kami sampaikan pada rapat koordinasi banjir Selasa, 1 Desember 2026, dan BBWS menjadwalkan pengerukan mulai Januari 2027.\nWassalamualaikum wr. wb.\nDPUPR Kota Pekalongan',
    [],
  ),
  // A body the city adds to the known ones through the context.
  reply(
    'f-bw-14',
    'kelurahan',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Air keruh di Perumahan Binagriya berasal dari jaringan Perumda Air Minum Tirtayasa, yang berwenang menanganinya. Laporan Ibu sudah kami kirim ke Perumda Air Minum Tirtayasa hari ini pukul 10.00 WIB.\nSalam,\nKelurahan Medono',
    [],
    { ...kelurahan('Medono'), authorities: ['Perumda Air Minum Tirtayasa'] },
  ),
  reply(
    'f-bw-15',
    'dlh',
    'Yth. Bapak. Terima kasih telah melapor. Mohon maaf, untuk pengaduan ini kami tidak berwenang. Silakan ditujukan ke OPD yang membidangi.\nSalam,\nDLH Kota Pekalongan',
    ['normatif', 'authority'],
  ),
  // Part is done by the unit, the rest handed to a named company.
  reply(
    'f-bw-16',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Trotoar yang amblas di Jl. Hayam Wuruk akan kami perbaiki pada Rabu, 16 Desember 2026. Tiang telepon yang miring di lokasi yang sama milik Telkom; kami sudah mengirim surat kepada Telkom Pekalongan pada Selasa, 1 Desember 2026.\nHormat kami,\nDPUPR Kota Pekalongan',
    [],
  ),
  reply('f-bw-17', 'dishub', 'Pak, itu bukan wewenang Dishub ya. Coba tanya ke instansi lain aja.', [
    'normatif',
    'authority',
    'thanks',
    'informal',
    'closing',
  ]),
  reply(
    'f-bw-18',
    'kelurahan',
    'Assalamualaikum, Ibu. Terima kasih atas laporannya. Pendaftaran nikah dan bimbingan perkawinan menjadi wewenang KUA Kecamatan Pekalongan Selatan di bawah Kementerian Agama. Surat pengantar nikah dari kelurahan sudah kami siapkan dan bisa diambil besok, Jumat 4 Desember 2026 pukul 08.00–12.00 WIB.\nWassalamualaikum,\nKelurahan Kuripan Kidul',
    [],
  ),
  // "Wewenang" said of the unit itself.
  reply(
    'f-bw-19',
    'satpol',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Penataan PKL di kawasan Alun-alun memang wewenang Satpol PP. Regu kami berjaga di lokasi setiap Sabtu dan Minggu pukul 16.00–21.00 WIB mulai 5 Desember 2026.\nHormat kami,\nSatpol PP Kota Pekalongan',
    [],
  ),
  reply(
    'f-bw-20',
    'dinkes',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Karena masalah ini di luar wewenang puskesmas, laporan Ibu sudah kami teruskan ke instansi yang berwenang pada Selasa, 1 Desember 2026.\nSalam sehat,\nPuskesmas Bendan',
    ['authority'],
    puskesmas('Bendan'),
  ),
  // Overdue, sent to a body described but not named, and no apology.
  reply(
    'f-bw-21',
    'dlh',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Setelah kami telaah, pengaduan tentang izin bangunan ini bukan kewenangan DLH. Silakan menghubungi dinas yang menangani perizinan.\nSalam,\nDLH Kota Pekalongan',
    ['normatif', 'authority', 'apology'],
    overdue,
  ),
  reply(
    'f-bw-22',
    'dlh',
    'Selamat siang, Bapak. Terima kasih atas laporannya dan mohon maaf jawaban kami melewati batas waktu. Izin bangunan ditangani Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Pekalongan; laporan Bapak sudah kami alihkan ke DPMPTSP melalui SP4N-LAPOR! pada Kamis, 3 Desember 2026.\nSalam,\nDLH Kota Pekalongan',
    [],
    overdue,
  ),
  reply(
    'f-bw-23',
    'dlh',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Tanah kosong yang dijadikan tempat pembuangan sampah di Jl. Jlamprang ternyata milik swasta, jadi di luar kewenangan kami untuk membersihkannya. Silakan Ibu melapor ke pihak yang berwenang.\nSalam,\nDLH Kota Pekalongan',
    ['normatif', 'authority'],
  ),

  // Overdue complaints (context `overdue`): an apology for the delay is due whatever the reply says.
  reply(
    'f-od-01',
    'dishub',
    'Selamat pagi, Ibu Ratna. Terima kasih atas kesabaran Ibu dan mohon maaf atas keterlambatan jawaban kami. Lampu PJU di Jl. Patiunus sudah diganti teknisi Dishub pada Rabu malam, 2 Desember 2026.\nSalam,\nDishub Kota Pekalongan',
    [],
    overdue,
  ),
  reply(
    'f-od-02',
    'dishub',
    'Selamat pagi, Ibu Ratna. Terima kasih atas laporannya. Lampu PJU di Jl. Patiunus sudah diganti teknisi Dishub pada Rabu malam, 2 Desember 2026.\nSalam,\nDishub Kota Pekalongan',
    ['apology'],
    overdue,
  ),
  // "Maaf" alone apologises.
  reply(
    'f-od-03',
    'dlh',
    'Assalamualaikum, Bapak. Maaf baru sempat membalas. Terima kasih atas laporannya; sampah di TPS Jl. Kurinci sudah diangkut armada DLH pagi ini pukul 06.00 WIB.\nWassalamualaikum,\nDLH Kota Pekalongan',
    [],
    overdue,
  ),
  reply(
    'f-od-04',
    'capil',
    'Yth. Bapak Sutrisno, kami meminta maaf karena laporan Bapak terlambat kami tangani. Terima kasih sudah menunggu. Surat keterangan pindah Bapak sudah terbit hari ini dan bisa diambil di loket Disdukcapil mulai pukul 10.00 WIB.\nHormat kami,\nDisdukcapil Kota Pekalongan',
    [],
    overdue,
  ),
  // Explains the delay instead of apologising.
  reply(
    'f-od-05',
    'dpupr',
    'Selamat siang, Ibu. Terima kasih atas laporannya. Jawaban ini agak lama karena petugas kami sedang menangani banjir rob di Panjang Wetan. Saluran di Jl. Dr. Wahidin akan dikeruk tim DPUPR pada Senin, 7 Desember 2026.\nHormat kami,\nDPUPR Kota Pekalongan',
    ['apology'],
    overdue,
  ),
  reply(
    'f-od-06',
    'satpol',
    'Selamat pagi, Bapak. Mohon maaf atas keterlambatan tanggapan kami. Terima kasih atas laporannya, laporan ini sedang kami tindak lanjuti.\nSalam,\nSatpol PP Kota Pekalongan',
    ['normatif'],
    overdue,
  ),
  reply(
    'f-od-07',
    'satpol',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Laporan Bapak masih dalam proses.\nSalam,\nSatpol PP Kota Pekalongan',
    ['normatif', 'apology'],
    overdue,
  ),
  reply(
    'f-od-08',
    'dpupr',
    'Sabar, Pak. Semua ada antriannya, bukan cuma laporan Bapak.',
    ['blaming', 'normatif', 'apology', 'greeting', 'thanks', 'closing'],
    overdue,
  ),
  reply(
    'f-od-09',
    'dinkes',
    'Pagi Bu, mohon maaf bgt baru dibalas. Makasih udah lapor. Obat diabetes Ibu sudah bisa diambil di Puskesmas Sokorejo hari ini sampai pukul 12.00 WIB.\nPuskesmas Sokorejo',
    ['informal'],
    { ...puskesmas('Sokorejo'), ...overdue },
  ),
  reply(
    'f-od-10',
    'dlh',
    'Selamat sore, Bapak. Mohon maaf atas keterlambatan penanganan. Pohon tumbang di Jl. Wilis sudah dipotong dan dibersihkan tim DLH pada Selasa, 1 Desember 2026 pukul 14.00 WIB.\nDLH Kota Pekalongan',
    ['thanks'],
    overdue,
  ),
  // Overdue, and the reply denies any delay: the apology is still due.
  reply(
    'f-od-11',
    'capil',
    'Selamat siang, Ibu. Terima kasih atas laporannya. Laporan Ibu kami tangani sesuai prosedur dan tidak ada keterlambatan dari pihak kami. KK baru atas nama suami Ibu sudah dicetak pada Rabu, 2 Desember 2026 dan dapat diambil di loket 4.\nSalam,\nDisdukcapil Kota Pekalongan',
    ['apology'],
    overdue,
  ),
  reply(
    'f-od-12',
    'dpupr',
    'Assalamualaikum wr. wb. Bapak Hasan yang kami hormati, mohon maaf yang sebesar-besarnya karena jawaban atas laporan ini baru kami sampaikan setelah melewati batas 14 hari kerja. Terima kasih atas kesabaran Bapak. Tanggul darurat karung pasir di RT 05/RW 03 Kel. Bandengan sudah dipasang tim DPUPR pada Senin, 30 November 2026, dan pembangunan tanggul permanen sepanjang 120 meter dimulai 11 Januari 2027 dengan target selesai Maret 2027.\nWassalamualaikum wr. wb.\nDPUPR Kota Pekalongan',
    [],
    overdue,
  ),
  reply(
    'f-od-13',
    'satpol',
    'Mohon maaf, jawaban ini terlambat. Terima kasih atas laporan Ibu. Petugas Satpol PP telah membongkar lapak liar di atas saluran Jl. Bandung pada Kamis, 3 Desember 2026 pukul 08.00 WIB.\nSalam,\nSatpol PP Kota Pekalongan',
    ['greeting'],
    overdue,
  ),
  reply(
    'f-od-14',
    'capil',
    'Yth. Bpk/Ibu, tks atas laporannya. KTP-el Anda sdh jadi, silakan ambil di Disdukcapil mulai 7/12/2026 pukul 08.00-14.00 WIB.',
    ['apology', 'informal'],
    { ...overdue, ...sms },
  ),
  reply(
    'f-od-15',
    'capil',
    'Selamat siang, Bapak. Terima kasih. Mohon maaf atas keterlambatannya. Perlu kami sampaikan, pelayanan di Disdukcapil GRATIS, TIDAK ADA PUNGUTAN. Dokumen Bapak selesai hari ini dan dapat diambil pukul 13.00 WIB.\nDisdukcapil Kota Pekalongan',
    ['shouting'],
    overdue,
  ),
  reply(
    'f-od-16',
    'kelurahan',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Surat keterangan ahli waris yang Ibu ajukan sudah ditandatangani Lurah pada Rabu, 2 Desember 2026 dan dapat diambil di kantor kelurahan hari ini sampai pukul 15.00 WIB.\nHormat kami,\nKelurahan Kuripan Kidul',
    ['apology'],
    overdue,
  ),

  // A delay or fault admitted on a complaint still within its deadline: an apology is due only when admitted.
  reply(
    'f-dl-01',
    'dpupr',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Balasan ini terlambat karena banyak laporan masuk setelah banjir. Pintu air di Jl. Kusumabangsa sudah diperbaiki tim DPUPR kemarin, Rabu 2 Desember 2026.\nHormat kami,\nDPUPR Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'f-dl-02',
    'capil',
    'Selamat siang, Ibu. Terima kasih atas laporannya. Kami akui nama Ibu keliru kami ketik pada KK. Mohon maaf atas kesalahan tersebut. KK yang sudah diperbaiki bisa diambil di kantor Kelurahan Kuripan Kidul mulai besok, Jumat 4 Desember 2026.\nSalam,\nDisdukcapil Kota Pekalongan',
    [],
  ),
  reply(
    'f-dl-03',
    'kelurahan',
    'Selamat siang, Ibu. Terima kasih atas laporannya. Memang ada kesalahan input data dari petugas kami sehingga nama Ibu tidak muncul di daftar penerima bantuan sembako. Nama Ibu sudah kami masukkan kembali dan bantuan dapat diambil pada Sabtu, 12 Desember 2026 di balai kelurahan.\nHormat kami,\nKelurahan Kuripan Kidul',
    ['apology'],
  ),
  reply(
    'f-dl-04',
    'dlh',
    'Assalamualaikum, Bapak. Terima kasih. Armada kami kemarin tidak datang karena truknya mogok. Sampah di Jl. Progo diangkut truk DLH hari ini sebelum pukul 12.00 WIB.\nWassalamualaikum,\nDLH Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'f-dl-05',
    'dishub',
    'Selamat malam, Bapak. Terima kasih atas laporannya dan mohon maaf atas padamnya lampu lalu lintas tadi sore akibat kelalaian kontraktor kami. Lampu sudah menyala kembali pukul 19.30 WIB dan kontraktor wajib mengganti kabelnya pada Sabtu, 5 Desember 2026.\nSalam,\nDishub Kota Pekalongan',
    [],
  ),
  reply(
    'f-dl-06',
    'dinkes',
    'Selamat pagi, Bapak. Terima kasih sudah menunggu. Mohon maaf, insentif kader posyandu bulan November tertunda karena verifikasi berkas di Dinkes belum selesai. Insentif ditransfer ke rekening kader pada Kamis, 10 Desember 2026.\nSalam sehat,\nDinkes Kota Pekalongan',
    [],
  ),
  reply(
    'f-dl-07',
    'satpol',
    'Siang Pak, tks. Laporannya telat kami baca krn admin cuti. Petugas Satpol PP meluncur ke Jl. Teratai pukul 14.00 hari ini.',
    ['apology', 'informal', 'closing'],
  ),
  // Starts with the apology, and shouts it.
  reply(
    'f-dl-08',
    'dishub',
    'Mohon maaf sekali, Bapak!!! Kami lalai. Lampu PJU di Jl. Pemuda diganti teknisi Dishub malam ini pukul 19.00 WIB. Terima kasih atas kesabarannya.\nDishub Kota Pekalongan',
    ['exclamations', 'greeting'],
  ),

  // SMS answers (closing skipped for 160 characters): short, but the other rules still hold.
  reply(
    'f-sms-01',
    'dpupr',
    'Yth. Bapak, terima kasih. Lubang di Jl. Ahmad Yani depan SPBU ditambal DPUPR Selasa 8/12/2026 pkl. 08.00 WIB.',
    [],
    sms,
  ),
  reply('f-sms-02', 'dlh', 'Terima kasih laporannya. Sampah di Jl. Kurinci diangkut DLH besok 4/12 pagi.', ['greeting'], sms),
  reply(
    'f-sms-03',
    'dinkes',
    'Selamat pagi Ibu. Jadwal imunisasi anak Ibu di Puskesmas Tirto: Kamis 10/12/2026 pukul 08.00 WIB. Bawa buku KIA.',
    ['thanks'],
    { ...puskesmas('Tirto'), ...sms },
  ),
  reply('f-sms-04', 'capil', 'Yth. Bapak, terima kasih. Laporan Anda sedang diproses.', ['normatif'], sms),
  reply('f-sms-05', 'dishub', 'Pak, makasih. PJU Jl. Veteran udh diganti tadi malam sm Dishub.', ['informal'], sms),
  reply(
    'f-sms-06',
    'kelurahan',
    'Assalamualaikum Bu. Terima kasih. Surat domisili Ibu sudah jadi, silakan ambil di Kelurahan Kuripan Kidul besok pukul 08.00-12.00 WIB.',
    [],
    sms,
  ),
  reply(
    'f-sms-07',
    'satpol',
    'TERIMA KASIH. PENERTIBAN PKL DI JL. DR. CIPTO SENIN 7/12/2026 PUKUL 16.00 WIB OLEH SATPOL PP.',
    ['shouting', 'greeting'],
    sms,
  ),
  reply('f-sms-08', 'dlh', 'Sdh diangkut. Jgn lapor trs.', ['blaming', 'normatif', 'greeting', 'thanks', 'informal'], sms),

  // WhatsApp answers: chat shorthand next to its look-alikes (the particle "ya", "Kak", Javanese courtesy).
  reply(
    'f-wa-01',
    'dlh',
    'Selamat pagi Bu 🙏 Terima kasih laporannya. Sampah di depan Gg. Manggis 2 sudah diangkut petugas DLH pukul 06.15 tadi ya, Bu. Besok Sabtu kami cek lagi.\nAdmin DLH Kota Pekalongan',
    [],
  ),
  reply('f-wa-02', 'dpupr', 'Siap Pak, laporan sdh kami terima. Tim DPUPR turun ke lokasi bsk pagi jam 8.\nAdmin DPUPR', [
    'greeting',
    'thanks',
    'informal',
  ]),
  reply(
    'f-wa-03',
    'capil',
    'Halo Bapak, terima kasih sudah menghubungi Disdukcapil. Untuk cetak ulang KTP-el yang rusak, Bapak cukup datang ke loket Disdukcapil di Mal Pelayanan Publik dengan membawa KTP-el lama dan KK, Senin–Jumat pukul 08.00–14.00 WIB. Tidak ada pungutan biaya. Gratis!\nSalam,\nDisdukcapil Kota Pekalongan',
    [],
  ),
  reply(
    'f-wa-04',
    'dishub',
    'Mlm Pak, mksh infonya. Lampu merah simpang Ponolawen udah normal lg sejak jam 21.00 td, dicek teknisi Dishub.\nDishub Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'f-wa-05',
    'satpol',
    'Assalamualaikum Pak. Mohon maaf, kami belum bisa ke lokasi hari ini krn personel sedang pengamanan acara. Terima kasih atas laporannya, regu Satpol PP akan ke Pasar Sugihwaras besok pagi, Jumat 4/12, pukul 07.00 WIB.\nSatpol PP Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'f-wa-06',
    'dinkes',
    'Selamat siang Ibu. Terima kasih ya Bu sudah mengingatkan. Vaksin BCG di Puskesmas Dukuh sudah datang kemarin, imunisasi bisa dilakukan Selasa 8/12 pukul 08.00–10.00 WIB.\nSalam sehat,\nPuskesmas Dukuh',
    [],
    puskesmas('Dukuh'),
  ),
  reply('f-wa-07', 'dlh', 'Pak, udah diangkut kok sampahnya. Coba dicek lg deh.\nDLH', ['normatif', 'thanks', 'informal']),
  reply(
    'f-wa-08',
    'capil',
    'Selamat pagi Kak, terima kasih sudah lapor. NIK Kakak sudah aktif kembali sejak pukul 09.00 WIB hari ini, silakan coba daftar BPJS Kesehatan lagi.\nSalam,\nDisdukcapil Kota Pekalongan',
    [],
  ),
  reply(
    'f-wa-09',
    'kelurahan',
    'Waalaikumsalam Bu. Nggih, surat pengantar SKCK Ibu sudah bisa diambil di kantor Kelurahan Kuripan Kidul sekarang, sampai pukul 15.00 WIB. Terima kasih.\nKelurahan Kuripan Kidul',
    [],
  ),
  reply('f-wa-10', 'dpupr', 'Mohon ditunggu, Pak. Lagi antre, banyak yg lapor juga.', [
    'normatif',
    'greeting',
    'thanks',
    'informal',
    'closing',
  ]),
  reply(
    'f-wa-11',
    'dishub',
    'Selamat sore, Bapak. Terima kasih. Parkir liar di tepi Lapangan Jetayu sudah kami tertibkan tadi pukul 15.30 WIB; untuk ke depan, petugas Dishub berjaga tiap ada acara di sana. Btw, foto yang Bapak kirim sangat membantu.\nDishub Kota Pekalongan',
    ['informal'],
  ),
  // "Gak" inside a negation is still shorthand.
  reply(
    'f-wa-12',
    'dlh',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Petugas DLH gak memungut biaya untuk pengangkutan sampah rumah tangga; yang meminta uang kemarin bukan petugas kami. Mulai Senin, 7 Desember 2026, truk DLH melayani Gg. Kenari setiap Senin dan Kamis pukul 07.00 WIB.\nSalam,\nDLH Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'f-wa-13',
    'dinkes',
    'Ass. Bu, terima kasih laporannya. Dokter gigi di Puskesmas Tondano praktik lagi mulai Senin 7/12 pukul 08.00-12.00 WIB. Tks.\nPuskesmas Tondano',
    ['informal'],
    puskesmas('Tondano'),
  ),
  reply(
    'f-wa-14',
    'dpupr',
    'Selamat siang Pak, terima kasih infonya. Tutup gorong-gorong di Jl. Kartini yg hilang sudah kami ganti pakai plat besi tadi pukul 11.00 WIB. Aman buat motor.\nDPUPR Kota Pekalongan',
    ['informal'],
  ),

  // Near misses: look like a breach to a word list, but a careful reader finds none.
  reply(
    'f-nm-01',
    'capil',
    'Selamat siang, Ibu. Terima kasih atas laporannya. Laporan Ibu kami tangani sesuai prosedur dan tidak ada keterlambatan. KK baru atas nama suami Ibu sudah dicetak pada Rabu, 2 Desember 2026 dan dapat diambil di loket 4.\nSalam,\nDisdukcapil Kota Pekalongan',
    [],
  ),
  reply(
    'f-nm-02',
    'capil',
    'Selamat pagi, Bapak. Terima kasih atas laporannya. Berkas pindah datang Bapak belum bisa kami proses karena surat pindah dari daerah asal belum dilampirkan. Setelah surat itu Bapak unggah lewat tautan yang kami kirim, KK baru kami terbitkan paling lambat 3 hari kerja.\nSalam,\nDisdukcapil Kota Pekalongan',
    [],
  ),
  reply(
    'f-nm-03',
    'dishub',
    'Selamat siang. Terima kasih atas laporan Anda. Anda dapat memantau perbaikan lampu PJU di Jl. Merdeka melalui nomor tiket yang kami kirim; teknisi Dishub memasang lampu baru pada Senin, 7 Desember 2026.\nSalam,\nDishub Kota Pekalongan',
    [],
  ),
  reply(
    'f-nm-04',
    'dlh',
    'Selamat pagi, Ibu. Terima kasih sudah melapor. Kami memahami kekesalan Ibu yang menyebut jadwal angkut sampah "ngawur". Mulai Senin, 7 Desember 2026 truk DLH di Jl. Kurinci tetap datang pukul 06.00 WIB, dan jadwal ini kami umumkan di grup WhatsApp RW 04.\nSalam,\nDLH Kota Pekalongan',
    [],
  ),
  reply(
    'f-nm-05',
    'capil',
    'Selamat pagi, Bapak. Terima kasih atas kesabaran Bapak. Permohonan Bapak ada di urutan ke-12 dan akan dilayani petugas Disdukcapil pada Rabu, 9 Desember 2026 pukul 09.00 WIB.\nHormat kami,\nDisdukcapil Kota Pekalongan',
    [],
  ),
  reply(
    'f-nm-06',
    'dpupr',
    'Selamat sore, Ibu. Terima kasih atas laporannya. Genangan di situ berasal dari gorong-gorong yang tersumbat di bawah Jl. Kurinci; tim DPUPR akan membongkar dan membersihkannya pada Selasa, 8 Desember 2026.\nHormat kami,\nDPUPR Kota Pekalongan',
    [],
  ),
  reply(
    'f-nm-07',
    'satpol',
    'Selamat pagi, Bapak. Terima kasih telah melapor melalui SP4N-LAPOR! Petugas Satpol PP akan menertibkan spanduk liar di Jl. Gajah Mada pada Senin, 7 Desember 2026 pukul 08.00 WIB.\nHormat kami,\nSatpol PP Kota Pekalongan',
    [],
  ),
  reply(
    'f-nm-08',
    'capil',
    'Yth. Bapak Ketua RT 04/RW 02, terima kasih atas laporannya. Data NIK dan KK 12 warga yang belum sinkron dengan DTKS sudah kami mutakhirkan di SIAK pada Rabu, 2 Desember 2026, sehingga pendaftaran PBI BPJS Kesehatan dapat diajukan lewat kelurahan mulai Senin, 7 Desember 2026.\nSalam,\nDisdukcapil Kota Pekalongan',
    [],
  ),
  reply(
    'f-nm-09',
    'dinkes',
    'Selamat siang, Ibu. Terima kasih atas laporannya, dan kami mohon maaf atas sikap kasar petugas loket kepada Ibu pada Senin lalu. Petugas tersebut sudah kami pindahkan dari loket sejak Rabu, 2 Desember 2026.\nSalam sehat,\nPuskesmas Buaran',
    [],
    puskesmas('Buaran'),
  ),
  reply(
    'f-nm-10',
    'dlh',
    'Selamat pagi, Bapak/Ibu. Terima kasih atas laporannya. Tim DLH sudah membersihkan sampah di pintu air Kali Banger pada Kamis pagi, 3 Desember 2026. Mohon bantuan warga untuk membuang sampah di TPS Jl. Seruni pada pukul 18.00–06.00 WIB.\nSalam,\nDLH Kota Pekalongan',
    [],
  ),
  // Proposed to a named forum on a named date: an action with its time frame, even if slow.
  reply(
    'f-nm-11',
    'dpupr',
    'Selamat pagi, Bapak Wahyu. Terima kasih atas laporannya. Sesuai kewenangan kami, pengaspalan jalan lingkungan di Gg. Flamboyan kami usulkan dalam Musrenbang Kelurahan Podosugih pada Januari 2027 untuk anggaran 2028.\nHormat kami,\nDPUPR Kota Pekalongan',
    [],
  ),
  reply(
    'f-nm-12',
    'kelurahan',
    'Salam sejahtera, Bapak Yohanes. Terima kasih atas laporannya. Lampu di pos ronda RW 01 sudah kami ganti tadi sore pukul 16.00 WIB bersama Ketua RW, dan kami tidak menarik iuran apa pun dari warga untuk itu.\nSalam,\nKelurahan Kuripan Kidul',
    [],
  ),
  reply(
    'f-nm-13',
    'dishub',
    'Selamat malam, Ibu. Terima kasih atas laporannya. Kami pastikan tidak ada pungutan untuk parkir di halaman Puskesmas Medono; tanda "PARKIR GRATIS" sudah kami pasang pada Rabu, 2 Desember 2026, dan petugas Dishub memeriksa lokasi setiap pagi minggu ini.\nSalam,\nDishub Kota Pekalongan',
    [],
  ),
  reply(
    'f-nm-14',
    'dpupr',
    'Selamat siang, Bapak. Terima kasih atas laporannya yang sangat rinci. Retakan di oprit Jembatan Anim sudah kami ukur pada Selasa, 1 Desember 2026: lebarnya 3 cm dan tidak membahayakan. Tim DPUPR menutup retakan dengan aspal pada Kamis, 10 Desember 2026, dan jembatan tetap dapat dilalui.\nHormat kami,\nDPUPR Kota Pekalongan',
    [],
  ),

  // More tone and authority cases: emphasis in capitals, cheerful exclamation runs, insults aimed at third parties.
  reply(
    'f-tn-01',
    'dinkes',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Kami sampaikan bahwa vaksin untuk balita GRATIS dan tersedia setiap Selasa pukul 08.00–11.00 WIB di Puskesmas Bendan, mulai 8 Desember 2026.\nSalam sehat,\nPuskesmas Bendan',
    // Relabelled: one word in capitals for emphasis is not shouting; the rule asks for two or more in a row (docs/reply-review.md).
    [],
    puskesmas('Bendan'),
  ),
  reply(
    'f-tn-02',
    'dlh',
    'Assalamualaikum Pak. Terima kasih. Truk sampah DLH datang lagi BESOK PAGI pukul 06.00 WIB, mohon sampah sudah diletakkan di depan rumah.\nDLH Kota Pekalongan',
    ['shouting'],
  ),
  // An apology in capitals still apologises, but it shouts.
  reply(
    'f-tn-03',
    'dpupr',
    'Yth. Bapak Darto. MOHON MAAF ATAS KETERLAMBATAN. Terima kasih atas kesabarannya. Lampu jembatan Jl. Hayam Wuruk sudah dinyalakan kembali oleh tim DPUPR pada Rabu malam, 2 Desember 2026.\nDPUPR Kota Pekalongan',
    ['shouting'],
    overdue,
  ),
  reply(
    'f-tn-04',
    'satpol',
    'Selamat sore, Bapak. Terima kasih atas laporannya. Spanduk liar di Jl. Sultan Agung sudah kami copot hari ini pukul 14.00 WIB!!\nSatpol PP Kota Pekalongan',
    ['exclamations'],
  ),
  reply(
    'f-tn-05',
    'dpupr',
    'Selamat pagi, Ibu!! Terima kasih atas laporannya. Saluran di Gg. Dahlia sudah dikeruk tim DPUPR kemarin, Rabu 2 Desember 2026.\nDPUPR Kota Pekalongan',
    ['exclamations'],
  ),
  reply('f-tn-06', 'dpupr', 'Bapak, jalan itu sudah diperbaiki!!! Lihat sendiri.', [
    'exclamations',
    'blaming',
    'normatif',
    'thanks',
    'closing',
  ]),
  reply(
    'f-tn-07',
    'dlh',
    'Selamat siang, Bapak. Terima kasih atas laporannya. Tumpukan puing di Jl. Seruni dibuang oleh kontraktor ngawur yang sudah kami panggil; puing diangkut truk DLH pada Senin, 7 Desember 2026.\nDLH Kota Pekalongan',
    ['harsh-words'],
  ),
  // Says who owns the lamp, so the authority rule has nothing to ask; the insult and the lecture remain.
  reply(
    'f-tn-08',
    'dishub',
    'Pak, tolong jangan kirim laporan bodoh seperti ini lagi. Lampu itu milik pengelola ruko, bukan PJU.\nDishub Kota Pekalongan',
    ['harsh-words', 'blaming', 'normatif', 'thanks'],
  ),
  reply('f-tn-09', 'dlh', 'Bu, petugas kami bukan pembantu Ibu. Sampah dibungkus dulu baru ditaruh, jangan kayak orang kampung.\nDLH', [
    'harsh-words',
    'blaming',
    'normatif',
    'thanks',
    'informal',
  ]),
  reply(
    'f-tn-10',
    'dlh',
    'Selamat pagi, Ibu. Terima kasih atas laporannya. Pohon di halaman sekolah itu di luar kewenangan DLH; silakan ke instansi terkait.\nSalam,\nDLH Kota Pekalongan',
    ['normatif', 'authority'],
  ),
  reply(
    'f-tn-11',
    'satpol',
    'Selamat siang, Bapak. Terima kasih. Mohon maaf, pemasangan CCTV di perempatan bukan ranah Satpol PP. Laporan ini kami teruskan ke OPD terkait pada Jumat, 4 Desember 2026.\nSatpol PP Kota Pekalongan',
    ['authority'],
  ),
  reply(
    'f-tn-12',
    'dinkes',
    'Selamat pagi, Bapak. Mohon maaf atas lamanya jawaban kami. Terima kasih. Penerbitan sertifikat halal bukan kewenangan Dinkes, silakan ke lembaga yang berwenang.\nDinkes Kota Pekalongan',
    ['normatif', 'authority'],
    overdue,
  ),
];
