import type { ReplyContext } from '../reply-context.js';
import { type LabelledReply, nearMiss, reply } from './labelled-reply.js';

/**
 * A third, blind held-out part of the reply corpus. Its writer had not seen the rules' code, their word lists nor the
 * other corpora's sentences (only a few entries, to learn the format), and labelled every reply by hand, rule by rule,
 * from the meaning each rule has in the table of `docs/reply-review.md` (the version of commit ef32831). The review was
 * never run on it: it measures how far frozen rules generalise and must not be used to tune them.
 *
 * Labelling decisions a reader of the scores should know:
 * - a reply greets when its first words are a salam (`Selamat pagi`, `Assalamualaikum`, `Dengan hormat`, `Salam
 *   sejahtera`, `Sugeng enjing`, `Halo`, also the chatty `Pagi Pak`) or an address used as one (`Yth. Bapak`, `Ibu Siti,`,
 *   `Pak,`). An address that is the subject of a rebuke (`Ibu kira puskesmas ini hotel?`, `Bapak ini tukang ngeluh`), an
 *   opening `Siap`, `Oke`, `Mohon maaf`, `Alhamdulillah`, `Terima kasih Bapak`, `Menanggapi laporan Saudara` or a greeting
 *   that only comes at the end do not greet. A letterhead, an SMS sender tag or a reference line above the greeting is not
 *   the reply's opening;
 * - capitals in a letterhead (`PEMERINTAH KOTA PEKALONGAN`), the answering unit's own name, a resident's name as printed on
 *   an ID, a quotation (the resident's words, a banner's text) and acronyms are not shouting; an emphasised phrase, a
 *   greeting or a whole automatic SMS in capitals is;
 * - `maaf`, `kami meminta maaf`, `kami sangat menyesal` and the Javanese `nyuwun pangapunten` apologise; a `maaf` that only
 *   softens a request or is sarcastic (`Maaf ya Bu, kami juga manusia`) does not apologise for an overdue answer;
 *   `agar tidak terlambat lagi` admits an earlier delay;
 * - an insult aimed at a third party (a contractor, people who dump rubbish) is a harsh word but not blaming; an insult aimed
 *   at the resident is both; `ngawur` said of a contractor's work is harsh; `lebay` is chat slang, not an insult;
 * - the rhetorical `kan` lectures (blaming) and is a clipped spoken form (informal); `Pak`, `Bu`, `Kak`, the particle `ya`,
 *   Javanese courtesy (`nggih`, `matur nuwun`, `sampun`) and letter abbreviations (`Yth.`, `Jl.`, `wr. wb.`, `a.n.`, `Bpk.`,
 *   `tgl.`, `s.d.`, `pkl.`, `Des`) are not chat shorthand; `makasih`, `trims`, `trm ksh`, `tks`, `sdh`, `yg`, `udh`, `gak`,
 *   `ga`, `aja`, `dong`, `sih`, `kok`, `deh`, `gini`, `gitu`, `bikin`, `telat`, `Siap`, `Oke` and clipped verbs are;
 * - `segera`, `secepatnya`, `dalam waktu dekat`, `saat ini` and the date of the report are not a time frame; `ditindaklanjuti`,
 *   `diproses`, `dikoordinasikan`, `menjadi perhatian`, `bahan evaluasi` are not a concrete action, a site visit is; the
 *   unit counts as named when its name is in the body or the closing, or when a kelurahan says `di kelurahan`; a reply that
 *   answers with the action, its day and the unit is not normatif even when the action is the resident's or only informs;
 * - `dinas terkait`, `instansi lain`, `pihak yang berwajib`, `pusat`, `provinsi`, `Pemerintah Provinsi` without the office,
 *   `punya perumahan`, `pengelola gedung` do not name who is responsible; a named office, company or foundation (`BBPJN`,
 *   `PLN`, `PT Griya Batik Sejahtera`, `pelanggan` for a pipe inside the customer's fence) does;
 * - a closing carries the unit's name when its last lines name the unit or one of its aliases (`Admin DLH`, `Lurah Kuripan
 *   Kidul` for Kelurahan Kuripan Kidul, `Kepala Dinas Lingkungan Hidup`); a one-line chat message that names the unit in its
 *   body, or a signature of a person and a section (`Kepala Bidang Bina Marga`), has no such closing; `uang terima kasih`
 *   does not thank; a rule skipped by the context is never labelled.
 */

/** A puskesmas answering in its own name. */
const puskesmas = (name: string): Partial<ReplyContext> => ({ unitName: `Puskesmas ${name}`, unitAliases: [`Puskesmas ${name}`] });

/** Units beyond the corpus's default ones, answering in their own names. */
const pdam: Partial<ReplyContext> = { unitName: 'PDAM Kota Pekalongan', unitAliases: ['PDAM', 'Perumda Air Minum Kota Pekalongan'] };
const dindik: Partial<ReplyContext> = { unitName: 'Dinas Pendidikan Kota Pekalongan', unitAliases: ['Dinas Pendidikan', 'Dindik'] };
const disdag: Partial<ReplyContext> = { unitName: 'Dinas Perdagangan Kota Pekalongan', unitAliases: ['Dinas Perdagangan', 'Disdag'] };
const dinsos: Partial<ReplyContext> = { unitName: 'Dinas Sosial Kota Pekalongan', unitAliases: ['Dinas Sosial', 'Dinsos'] };
const dpmptsp: Partial<ReplyContext> = {
  unitName: 'DPMPTSP Kota Pekalongan',
  unitAliases: ['DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'],
};

const overdue: Partial<ReplyContext> = { overdue: true };
const sms: Partial<ReplyContext> = { skip: ['closing'] };

export const BLIND_HOLDOUT_REPLIES: readonly LabelledReply[] = [
  // Polite and substantive: a greeting, thanks, the action with its day and the unit, a signed closing. Many are near
  // misses: acronyms and unit names in capitals, letter abbreviations, a negated insult, a cause that is not the resident.
  nearMiss(
    ['informal'],
    reply(
      'b-ps-01',
      'dpupr',
      'Selamat pagi, Bapak Rahmat. Terima kasih atas laporan Bapak mengenai jalan berlubang di Jl. Dr. Sutomo depan SD Negeri Kauman. Tim pemeliharaan jalan DPUPR telah meninjau lokasi pada Selasa, 1 Desember 2026, dan penambalan lubang dijadwalkan Senin, 7 Desember 2026 mulai pukul 08.00 WIB. Selama pengerjaan, mohon pengguna jalan berhati-hati.\n\nSalam,\nDPUPR Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['informal'],
    reply(
      'b-ps-02',
      'dlh',
      'Assalamualaikum, Ibu Siti. Terima kasih sudah melapor lewat WhatsApp 🙏 Tumpukan sampah di TPS Jl. Hayam Wuruk sudah kami angkut tadi pagi pukul 06.30 WIB dengan dua armada truk. Mulai Senin, 7 Desember 2026 jadwal angkut di TPS tersebut kami tambah menjadi dua kali sehari (pagi dan sore). Bila masih ada tumpukan, silakan kirim foto ke nomor ini ya, Bu.\n\nSalam,\nAdmin DLH Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['shouting', 'exclamations'],
    reply(
      'b-ps-03',
      'capil',
      'Yth. Saudara Pelapor,\n\nTerima kasih atas pengaduan Saudara melalui SP4N-LAPOR! tanggal 28 November 2026 tentang KTP-el yang belum tercetak. Setelah kami periksa, data NIK Saudara sudah terekam dan KTP-el Saudara telah dicetak pada Rabu, 2 Desember 2026. KTP-el dapat diambil di loket 3 Disdukcapil, Jl. Mataram No. 1, setiap hari kerja pukul 08.00–14.00 WIB dengan membawa bukti rekam. Tidak ada pungutan biaya apa pun dalam layanan ini.\n\nHormat kami,\nDisdukcapil Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-ps-04',
    'dinkes',
    'Selamat siang, Ibu Nur. Terima kasih atas masukan Ibu tentang antrean pendaftaran BPJS di Puskesmas Medono. Mulai Senin, 7 Desember 2026 kami membuka loket pendaftaran kedua khusus peserta BPJS Kesehatan dan lansia, buka pukul 07.30 WIB. Nomor antrean juga bisa diambil lewat WhatsApp sejak pukul 06.00 WIB.\n\nSalam sehat,\nPuskesmas Medono',
    [],
    puskesmas('Medono'),
  ),
  nearMiss(
    ['shouting'],
    reply(
      'b-ps-05',
      'dishub',
      'Bapak Yusuf yang kami hormati, terima kasih telah melaporkan tiga titik lampu penerangan jalan yang padam di Jl. Sriwijaya. Petugas UPTD PJU Dishub sudah mengganti dua lampu pada Rabu malam, 2 Desember 2026. Satu tiang lagi kabelnya putus dan akan diganti Jumat, 4 Desember 2026, pukul 19.00–22.00 WIB.\n\nHormat kami,\nDishub Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-ps-06',
    'satpol',
    'Selamat sore, Bapak Hendra. Terima kasih atas laporan Bapak tentang pedagang kaki lima yang menutup trotoar di depan Pasar Banjarsari. Pada Kamis, 3 Desember 2026 pukul 09.00 WIB regu Satpol PP telah menertibkan 12 lapak dan memberi surat teguran pertama. Penjagaan di titik tersebut kami lakukan setiap pagi selama dua minggu ke depan.\n\nSalam,\nSatpol PP Kota Pekalongan',
    [],
  ),
  nearMiss(
    ['informal', 'shouting'],
    reply(
      'b-ps-07',
      'kelurahan',
      'Assalamualaikum wr. wb. Ibu Darsini, terima kasih sudah menanyakan bantuan sosial untuk keluarga Ibu. Nama Ibu sudah kami usulkan masuk DTKS pada musyawarah kelurahan Senin, 30 November 2026. Hasil verifikasi dari Dinas Sosial biasanya keluar dalam 30 hari; kami kabari lewat Ketua RT 04 RW 02. Tidak ada biaya apa pun untuk pengusulan ini; bila ada yang meminta uang, mohon laporkan kepada kami.\n\nWassalamualaikum wr. wb.\nKelurahan Kuripan Kidul',
      [],
    ),
  ),
  nearMiss(
    ['apology'],
    reply(
      'b-ps-08',
      'dpupr',
      'Selamat pagi Bapak/Ibu warga Perumahan Griya Tirto. Terima kasih atas laporannya. Air yang keruh sejak Selasa disebabkan oleh pekerjaan penggantian pipa transmisi di Jl. Sriwijaya. Pekerjaan selesai Kamis, 3 Desember 2026 pukul 15.00 WIB, dan tim PDAM akan menguras jaringan pipa di perumahan Bapak/Ibu malam ini sehingga air kembali jernih paling lambat besok pagi. Mohon maaf atas ketidaknyamanannya.\n\nSalam,\nPDAM Kota Pekalongan',
      [],
      pdam,
    ),
  ),
  nearMiss(
    ['informal', 'harsh-words'],
    reply(
      'b-ps-09',
      'dinkes',
      'Yth. Bapak Wahyu, orang tua siswa SMP Negeri 6 Pekalongan.\nTerima kasih atas pengaduan Bapak mengenai pungutan uang seragam. Sekolah negeri tidak boleh mewajibkan pembelian seragam dari sekolah. Pada Rabu, 2 Desember 2026 pengawas Dinas Pendidikan telah memanggil kepala sekolah, dan sekolah sudah mencabut edaran tersebut. Uang yang terlanjur dibayarkan dikembalikan melalui wali kelas mulai Senin, 7 Desember 2026.\n\nHormat kami,\nDinas Pendidikan Kota Pekalongan',
      [],
      dindik,
    ),
  ),
  nearMiss(
    ['blaming'],
    reply(
      'b-ps-10',
      'dpupr',
      'Selamat siang, Ibu Aminah.\nTerima kasih, laporan Ibu tentang saluran yang tersumbat di Gang Melati RT 02/RW 07 Kelurahan Pasirkratonkramat sudah kami terima.\n1. Sabtu, 5 Desember 2026: pengerukan lumpur saluran sepanjang 80 meter oleh tim UPTD Drainase.\n2. Senin, 7 Desember 2026: pemasangan kembali tutup saluran yang pecah.\n3. Setelah itu petugas memeriksa aliran saat hujan pertama.\nSumbatan berasal dari endapan lumpur, bukan dari sampah warga.\n\nSalam,\nDPUPR Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['shouting', 'apology'],
    reply(
      'b-ps-11',
      'capil',
      'Selamat pagi, Bapak Slamet. Terima kasih atas laporan Bapak. Kami memahami kekesalan Bapak yang menulis "KK SAYA SUDAH 3 BULAN TIDAK JADI". Setelah kami telusuri, permohonan KK Bapak tertahan karena akta nikah belum terunggah di sistem. Petugas kami sudah mengunggahnya hari ini, Kamis 3 Desember 2026, dan KK baru dapat diambil Senin, 7 Desember 2026 di Mal Pelayanan Publik lantai 2. Mohon maaf atas keterlambatan ini.\n\nHormat kami,\nDisdukcapil Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['harsh-words'],
    reply(
      'b-ps-12',
      'dinkes',
      'Selamat sore, Bapak Ridwan. Terima kasih atas laporan Bapak tentang anjing liar di sekitar Kelurahan Degayu. Petugas Dinas Kesehatan bersama Dinas Pertanian dan Pangan melakukan vaksinasi rabies dan penangkapan anjing liar pada Selasa, 8 Desember 2026 pukul 07.00 WIB. Bila ada warga yang digigit, segera datang ke Puskesmas Dukuh untuk mendapat vaksin anti rabies gratis.\n\nSalam sehat,\nDinkes Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['harsh-words', 'apology', 'closing'],
    reply(
      'b-ps-13',
      'kelurahan',
      'Bapak Karim yang kami hormati,\nterima kasih atas laporan Bapak tentang sikap petugas loket. Kami sudah memutar rekaman CCTV hari Senin, 30 November 2026. Petugas memang berbicara terlalu keras, walau tidak ada ucapan kasar atau kata bodoh seperti yang dikhawatirkan. Kami mohon maaf atas sikap tersebut; petugas yang bersangkutan sudah kami tegur secara tertulis pada Rabu, 2 Desember 2026 dan dipindahkan ke bagian arsip.\n\nHormat kami,\nLurah Kuripan Kidul',
      [],
    ),
  ),
  reply(
    'b-ps-14',
    'dinkes',
    'Selamat pagi, Ibu Lestari. Terima kasih atas keluhan Ibu mengenai atap los ikan Pasar Grogolan yang bocor. Petugas UPTD Pasar sudah memeriksa atap pada Rabu, 2 Desember 2026: ada 14 lembar seng yang berkarat. Penggantian seng dikerjakan Selasa–Kamis, 8–10 Desember 2026 setelah pasar tutup pukul 14.00 WIB, sehingga pedagang tidak perlu memindahkan lapak.\n\nHormat kami,\nDinas Perdagangan Kota Pekalongan',
    [],
    disdag,
  ),
  reply(
    'b-ps-15',
    'dinkes',
    'Dengan hormat,\nTerima kasih atas pertanyaan Bapak tentang PBG untuk rumah tinggal. Permohonan PBG Bapak sudah lolos verifikasi teknis pada 1 Desember 2026. Langkah berikutnya:\n1. membayar retribusi melalui kode bayar yang kami kirim ke email Bapak, paling lambat 10 Desember 2026;\n2. PBG terbit dalam 3 hari kerja setelah pembayaran terverifikasi dan dapat diunduh di SIMBG.\nBila ada kendala, petugas kami siap membantu di loket 5 MPP, Senin–Jumat pukul 08.00–15.00 WIB.\n\nHormat kami,\nDPMPTSP Kota Pekalongan',
    [],
    dpmptsp,
  ),
  nearMiss(
    ['informal', 'greeting'],
    reply(
      'b-ps-16',
      'dlh',
      'Halo, Kak Dina 👋 Terima kasih laporannya. Pohon tumbang di Jl. Merdeka sudah dipotong dan diangkut tim DLH tadi pukul 10.15 WIB, jalur sudah bisa dilewati lagi. Sisa ranting di trotoar kami bersihkan besok pagi pukul 07.00 WIB.\nSalam hijau,\nDLH Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['harsh-words'],
    reply(
      'b-ps-17',
      'dishub',
      'Bapak Agus, selamat siang. Terima kasih atas laporan tentang parkir liar di bahu Jl. Gajah Mada. Pada Kamis, 3 Desember 2026 petugas Dishub bersama Satpol PP memasang rambu larangan parkir dan menggembok roda 6 kendaraan. Patroli di ruas itu kami lakukan setiap hari pukul 10.00–13.00 WIB sampai akhir Desember 2026.\n\nSalam,\nDishub Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-ps-18',
    'dinkes',
    'Assalamualaikum, Bapak Fauzan. Terima kasih atas pengaduannya. Kami sudah menghubungi RSUD Bendan pada Selasa, 1 Desember 2026: obat untuk ibu Bapak sebagai peserta BPJS Kesehatan tidak boleh ditarik biaya tambahan. Rumah sakit mengembalikan Rp185.000 yang Bapak bayarkan; silakan diambil di kasir rawat jalan mulai besok, Jumat 4 Desember 2026, dengan membawa kuitansi.\n\nWassalamualaikum,\nDinkes Kota Pekalongan',
    [],
  ),
  nearMiss(
    ['informal', 'shouting'],
    reply(
      'b-ps-19',
      'kelurahan',
      'Selamat pagi Pak Tono. Terima kasih. Surat pengantar SKCK Bapak sudah jadi, bisa diambil di kantor kelurahan hari ini sampai pukul 15.00 WIB.\nSalam, Kelurahan Kuripan Kidul',
      [],
    ),
  ),
  nearMiss(
    ['shouting', 'greeting'],
    reply(
      'b-ps-20',
      'dpupr',
      'PEMERINTAH KOTA PEKALONGAN\nDINAS PEKERJAAN UMUM DAN PENATAAN RUANG\n\nYth. Bapak Sutrisno\ndi Kelurahan Kergon\n\nDengan hormat,\nMenindaklanjuti pengaduan Bapak tanggal 25 November 2026 mengenai jembatan kayu di Kali Loji yang lapuk, bersama ini kami sampaikan:\n1. Tim teknis telah memeriksa jembatan pada 30 November 2026 dan menutupnya untuk kendaraan bermotor.\n2. Penggantian lantai jembatan dengan pelat beton dilaksanakan 9–18 Desember 2026.\n3. Selama pengerjaan, pejalan kaki dapat melewati jembatan darurat di sisi utara.\nAtas perhatian dan laporan Bapak, kami ucapkan terima kasih.\n\nKepala DPUPR Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['shouting'],
    reply(
      'b-ps-21',
      'dinkes',
      'Ibu Rohmah, selamat pagi. Terima kasih sudah menyampaikan bahwa bantuan PKH Ibu belum cair. Kami sudah mengecek di SIKS-NG: nama Ibu tercatat, tetapi rekening KKS Ibu terblokir karena lama tidak aktif. Pendamping PKH Kelurahan Panjang Wetan akan mendampingi Ibu membuka blokir di BRI Unit Pekalongan Utara pada Selasa, 8 Desember 2026 pukul 09.00 WIB. Bantuan tahap IV masuk ke rekening setelah blokir dibuka.\n\nSalam,\nDinas Sosial Kota Pekalongan',
      [],
      dinsos,
    ),
  ),
  nearMiss(
    ['blaming', 'apology'],
    reply(
      'b-ps-22',
      'dpupr',
      'Selamat malam, Saudara Ilham. Terima kasih atas laporan Anda tentang genangan di underpass Jl. Pemuda. Pompa air di underpass sempat mati karena panel listriknya terendam; teknisi DPUPR sudah mengganti panel pada pukul 20.30 WIB malam ini dan genangan surut dalam satu jam. Mulai besok pompa cadangan kami siagakan setiap hujan deras. Mohon maaf atas gangguan yang Anda alami.\n\nSalam,\nDPUPR Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['normatif'],
    reply(
      'b-ps-23',
      'capil',
      'Yth. Ibu Kartika,\nterima kasih telah menghubungi kami. Akta kelahiran anak dapat diurus secara daring tanpa datang ke kantor:\n1. unggah surat keterangan lahir, KK dan KTP-el kedua orang tua di aplikasi Dukcapil Pekalongan;\n2. petugas memverifikasi berkas dalam 1 hari kerja;\n3. akta dikirim ke email Ibu dalam bentuk PDF bertanda tangan elektronik dan bisa dicetak sendiri di kertas HVS.\nLayanan ini gratis. Bila berkas sudah diunggah tetapi belum ada kabar setelah 2 hari kerja, silakan balas pesan ini dengan nomor registrasinya.\n\nSalam,\nDisdukcapil Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['blaming'],
    reply(
      'b-ps-24',
      'satpol',
      'Selamat sore, Ibu Wulan. Terima kasih atas laporan Ibu tentang karaoke yang masih buka lewat tengah malam di Jl. Veteran. Kejadian ini bukan kesalahan Ibu maupun warga sekitar; izin usaha tersebut memang membatasi jam buka sampai pukul 23.00 WIB. Regu patroli malam Satpol PP mendatangi tempat itu Sabtu, 5 Desember 2026 pukul 23.00 WIB dan menyegelnya bila masih melanggar.\n\nHormat kami,\nSatpol PP Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['blaming'],
    reply(
      'b-ps-25',
      'dlh',
      'Selamat pagi Bapak Hasan, terima kasih atas laporan pembakaran sampah di lahan kosong Jl. Kurinci. Petugas DLH sudah mendatangi lokasi Rabu, 2 Desember 2026 dan memberi teguran tertulis kepada pemilik lahan; bila terulang, kasusnya diteruskan ke Satpol PP untuk sanksi. Jangan ragu melapor kembali bila asap masih muncul, kami pantau tiap sore sampai 16 Desember 2026.\n\nSalam lestari,\nDLH Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['informal', 'greeting', 'thanks'],
    reply(
      'b-ps-26',
      'dinkes',
      'Sugeng enjing, Ibu Sri. Matur nuwun sanget atas masukannya. Mulai Senin, 7 Desember 2026 posyandu lansia di RW 05 dipindah ke hari Senin pekan kedua pukul 08.00 WIB di balai RW, sesuai usulan Ibu. Bidan Puskesmas Kuripan hadir bersama kader untuk cek tensi dan gula darah gratis.\n\nSalam sehat nggih,\nPuskesmas Kuripan',
      [],
      puskesmas('Kuripan'),
    ),
  ),
  nearMiss(
    ['harsh-words'],
    reply(
      'b-ps-27',
      'dishub',
      'Yth. Bapak Joko, terima kasih atas informasinya. Kami tegaskan tidak ada pungutan liar yang sah di terminal; juru parkir resmi Dishub selalu memakai rompi biru dan memberikan karcis Rp2.000 untuk motor. Tim pengawas kami menyisir Terminal Bus Pekalongan pada Jumat dan Sabtu, 4–5 Desember 2026, pukul 07.00–17.00 WIB, dan juru parkir tanpa karcis diserahkan ke polisi.\n\nSalam,\nDishub Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['authority'],
    reply(
      'b-ps-28',
      'kelurahan',
      'Assalamualaikum Bapak Rozikin. Terima kasih atas laporan talud sungai yang longsor di RT 03. Lurah dan Babinsa sudah meninjau pada Selasa, 1 Desember 2026. Karena talud sungai adalah wewenang DPUPR, laporan beserta foto sudah kami kirim ke DPUPR pada hari yang sama dan tim mereka dijadwalkan mengukur lokasi Rabu, 9 Desember 2026. Sementara itu warga dan kelurahan memasang karung pasir pada Minggu, 6 Desember 2026 pukul 07.00 WIB.\n\nWassalamualaikum,\nKelurahan Kuripan Kidul',
      [],
    ),
  ),
  nearMiss(
    ['blaming'],
    reply(
      'b-ps-29',
      'dlh',
      'Selamat pagi Ibu Sari, terima kasih atas laporannya. Saluran di Jl. Bandung tersumbat oleh akar pohon ketapang yang menembus dinding saluran. Tim DLH memotong akar itu dan DPUPR menambal dinding saluran pada Senin, 7 Desember 2026.\nSalam,\nDLH Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['shouting'],
    reply(
      'b-ps-30',
      'dinkes',
      'Selamat pagi Ibu Endang, terima kasih atas laporannya. Data NIK Ibu di BPJS Kesehatan dan DTKS sudah disinkronkan oleh Dinsos dan Disdukcapil pada 2 Desember 2026, sehingga status PBI JK Ibu aktif kembali mulai 1 Januari 2027. Kartu KIS lama tetap berlaku.\nSalam,\nDinas Sosial Kota Pekalongan',
      [],
      dinsos,
    ),
  ),
  nearMiss(
    ['shouting'],
    reply(
      'b-ps-31',
      'satpol',
      'Selamat siang, Bapak Iwan. Terima kasih atas laporannya. SATPOL PP KOTA PEKALONGAN sudah menertibkan 9 baliho tanpa izin di Jl. Imam Bonjol pada Rabu, 2 Desember 2026.\nSalam,\nSatpol PP Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['informal'],
    reply(
      'b-ps-32',
      'dinkes',
      'Yth. Bpk. Suharto, S.Pd.\nTerima kasih atas laporan Bapak. Perbaikan atap ruang kelas SD Negeri Medono 02 dilaksanakan tgl. 7 s.d. 12 Desember 2026 oleh UPTD Sarana Prasarana Dinas Pendidikan; selama itu kegiatan belajar dipindah ke ruang perpustakaan.\nHormat kami,\nKabid Sarpras\nDinas Pendidikan Kota Pekalongan',
      [],
      dindik,
    ),
  ),

  // Polite but normatif: courteous and signed, but the action, its time or the unit is missing ("segera", "dalam waktu
  // dekat", "ditindaklanjuti", the report's own date). Near misses name all three in plain words.
  reply(
    'b-pn-01',
    'dpupr',
    'Selamat pagi, Bapak Anwar. Terima kasih atas laporan Bapak. Laporan sudah kami terima dan akan segera ditindaklanjuti oleh bidang terkait.\n\nSalam,\nDPUPR Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'b-pn-02',
    'dlh',
    'Yth. Ibu Mariyam,\nterima kasih atas laporan yang Ibu sampaikan pada 29 November 2026 melalui SP4N-LAPOR!. Laporan Ibu sudah kami catat dan sedang dalam proses koordinasi internal. Perkembangannya akan kami informasikan lebih lanjut.\n\nHormat kami,\nDLH Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'b-pn-03',
    'capil',
    'Selamat siang Bapak/Ibu. Terima kasih telah menghubungi Disdukcapil Kota Pekalongan. Keluhan terkait pencetakan KTP-el akan kami sampaikan kepada pimpinan untuk ditindaklanjuti sesuai ketentuan yang berlaku.\nSalam,\nDisdukcapil Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'b-pn-04',
    'dinkes',
    'Assalamualaikum, Ibu. Terima kasih atas saran dan masukannya terkait pelayanan di puskesmas. Masukan Ibu sangat berharga dan akan menjadi bahan evaluasi kami dalam waktu dekat agar pelayanan semakin baik.\n\nSalam sehat,\nDinkes Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'b-pn-05',
    'dishub',
    'Bapak Doni yang kami hormati, terima kasih atas laporannya. Lampu lalu lintas di simpang Jl. Hayam Wuruk akan kami perbaiki secepatnya.\nSalam, Dishub Kota Pekalongan',
    ['normatif'],
  ),
  nearMiss(
    ['normatif'],
    reply(
      'b-pn-06',
      'dpupr',
      'Selamat pagi Ibu Rina, terima kasih atas laporannya. Perbaikan Jl. Slamet Riyadi dengan lapis aspal baru dijadwalkan pada Februari 2027, setelah anggaran perubahan disahkan; sampai saat itu lubang yang dalam kami tambal sementara pada Selasa, 8 Desember 2026.\n\nSalam,\nDPUPR Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-pn-07',
    'kelurahan',
    'Assalamualaikum wr. wb. Terima kasih Bapak atas perhatiannya terhadap lingkungan. Kami akan berkoordinasi dengan pihak-pihak terkait untuk mencari solusi terbaik bagi warga.\nWassalam,\nKelurahan Kuripan Kidul',
    ['normatif'],
  ),
  reply(
    'b-pn-08',
    'dpupr',
    'Selamat sore Bapak, terima kasih atas laporan gangguan air. Saat ini petugas kami sedang menangani gangguan tersebut. Mohon kesabarannya.\nPDAM Kota Pekalongan',
    ['normatif'],
    pdam,
  ),
  nearMiss(
    ['harsh-words'],
    reply(
      'b-pn-09',
      'dinkes',
      'Yth. Bapak/Ibu Pelapor,\nTerima kasih atas laporan Saudara. Dinas Pendidikan Kota Pekalongan berkomitmen mewujudkan pendidikan yang bebas pungutan liar. Laporan Saudara akan kami tindak lanjuti sesuai prosedur.\n\nHormat kami,\nDinas Pendidikan Kota Pekalongan',
      ['normatif'],
      dindik,
    ),
  ),
  reply('b-pn-10', 'satpol', 'Selamat malam Bapak, terima kasih laporannya. Besok pagi anggota kami akan ke lokasi.', [
    'normatif',
    'closing',
  ]),
  reply(
    'b-pn-11',
    'dinkes',
    'Ibu yang kami hormati, terima kasih telah menyampaikan aspirasinya. Data penerima bantuan sosial ditetapkan oleh Kementerian Sosial berdasarkan DTKS yang diperbarui secara berkala. Kami akan memperjuangkan agar keluarga Ibu dapat masuk pada periode berikutnya.\n\nSalam,\nDinas Sosial Kota Pekalongan',
    ['normatif'],
    dinsos,
  ),
  reply(
    'b-pn-12',
    'dpupr',
    'Dengan hormat,\nSehubungan dengan pengaduan Saudara melalui kanal SP4N-LAPOR! mengenai kerusakan jalan lingkungan, bersama ini kami sampaikan bahwa Pemerintah Kota Pekalongan melalui DPUPR senantiasa berupaya meningkatkan kualitas infrastruktur jalan demi kenyamanan masyarakat. Pengaduan Saudara telah kami catat sebagai bahan perencanaan dan akan ditindaklanjuti sesuai skala prioritas serta ketersediaan anggaran.\nDemikian kami sampaikan, atas perhatian dan partisipasi Saudara kami ucapkan terima kasih.\n\nKepala DPUPR Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'b-pn-13',
    'dlh',
    'Selamat siang, Bu. Terima kasih informasinya 🙏 Sudah kami teruskan ke petugas lapangan ya.\nAdmin DLH Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'b-pn-14',
    'capil',
    'Selamat pagi Ibu. Terima kasih atas laporannya. Untuk permasalahan tersebut, silakan datang langsung ke kantor Disdukcapil agar dapat kami bantu.\nSalam,\nDisdukcapil Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'b-pn-15',
    'dinkes',
    'Selamat siang Bapak Imam. Terima kasih atas kepercayaan Bapak kepada Puskesmas Tirto. Keluhan Bapak tentang sikap petugas sudah kami sampaikan dalam rapat staf dan menjadi perhatian bersama. Mohon maaf atas ketidaknyamanan yang Bapak alami.\n\nSalam sehat,\nPuskesmas Tirto',
    ['normatif'],
    puskesmas('Tirto'),
  ),
  reply(
    'b-pn-16',
    'dishub',
    'Terima kasih Bapak atas laporannya. Keluhan mengenai angkutan kota yang berhenti menunggu penumpang di sembarang tempat akan menjadi perhatian kami dan akan ditertibkan.\n\nSalam,\nDishub Kota Pekalongan',
    ['normatif', 'greeting'],
  ),
  reply(
    'b-pn-17',
    'dinkes',
    'Selamat pagi Bapak Yoga, terima kasih. Permohonan NIB Bapak sedang diproses oleh petugas kami. Mohon ditunggu.\n\nSalam,\nDPMPTSP Kota Pekalongan',
    ['normatif'],
    dpmptsp,
  ),
  reply(
    'b-pn-18',
    'dpupr',
    'Selamat sore Ibu Endah, terima kasih atas laporan lampu jalan yang mati di Gang Kenanga. Petugas akan mengecek ke lokasi dalam waktu dekat.\nSalam,\nDPUPR Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'b-pn-19',
    'dinkes',
    'Selamat siang, Bapak. Terima kasih telah menyampaikan keluhan tentang kebersihan Pasar Banjarsari. Kami sudah meminta pengelola pasar untuk lebih memperhatikan kebersihan.\n\nHormat kami,\nDinas Perdagangan Kota Pekalongan',
    ['normatif'],
    disdag,
  ),
  reply(
    'b-pn-20',
    'dpupr',
    'Yth. Bapak Kusnadi,\n\nTerima kasih atas laporan Bapak tentang banjir rob di Kelurahan Bandengan. Kami memahami betapa beratnya keadaan warga yang setiap air laut pasang harus mengungsikan barang. Penanganan rob di pesisir utara Kota Pekalongan memerlukan kerja bersama antara Pemerintah Kota, Pemerintah Provinsi Jawa Tengah dan Balai Besar Wilayah Sungai Pemali Juana. Saat ini DPUPR terus mengoptimalkan pengoperasian pompa dan memantau kondisi tanggul.\n\nKami mohon doa dan dukungan warga.\n\nSalam,\nDPUPR Kota Pekalongan',
    ['normatif'],
  ),
  reply(
    'b-pn-21',
    'dpupr',
    'Selamat sore Bapak Darto, terima kasih atas laporannya. Pengaspalan ulang Jl. Kusuma Bangsa dimulai Senin, 14 Desember 2026 dan ditargetkan selesai 23 Desember 2026. Selama pengerjaan jalan ditutup separuh; mohon maaf atas ketidaknyamanannya.',
    ['normatif', 'closing'],
  ),
  reply(
    'b-pn-22',
    'dpupr',
    'Selamat sore Bapak Surono, terima kasih atas laporannya. Tim DPUPR akan mengaspal ulang Jl. Progo mulai Senin, 14 Desember 2026; targetnya selesai 23 Desember 2026. Mohon maaf bila selama pengerjaan jalan hanya bisa dilewati satu lajur.\nSalam.',
    ['closing'],
  ),

  // Rude: insults, blame put on the resident, sarcasm, lectures, capitals and exclamation runs, often with no greeting,
  // thanks or substance. Some are rude yet substantive, or insult a third party rather than the resident.
  reply('b-rd-01', 'dpupr', 'Jalan itu rusak karena truk pasir milik warga sendiri yang lewat tiap hari. Jangan asal lapor!!', [
    'greeting',
    'thanks',
    'blaming',
    'exclamations',
    'normatif',
    'closing',
  ]),
  reply(
    'b-rd-02',
    'dlh',
    'Bapak ini tukang ngeluh ya. Sampah di depan rumah Bapak itu kan Bapak sendiri yang buang sembarangan. URUS SENDIRI.',
    ['greeting', 'thanks', 'harsh-words', 'blaming', 'shouting', 'informal', 'normatif', 'closing'],
  ),
  reply(
    'b-rd-03',
    'capil',
    'KTP-el itu sudah jadi dari kemarin, Ibu saja yang tidak pernah cek. Seharusnya Ibu lebih teliti membaca pengumuman di loket 3.\nDisdukcapil',
    ['greeting', 'thanks', 'blaming'],
  ),
  reply('b-rd-04', 'satpol', 'HEI, KAMI SUDAH KE SANA!!! Pedagangnya sudah pergi waktu petugas datang. Lain kali lapor yang bener dong.', [
    'greeting',
    'thanks',
    'shouting',
    'exclamations',
    'blaming',
    'informal',
    'normatif',
    'closing',
  ]),
  reply(
    'b-rd-05',
    'dinkes',
    'Ibu kira puskesmas ini hotel? Antre ya antre, semua pasien juga nunggu. Kalau mau cepat silakan ke klinik swasta.',
    ['greeting', 'thanks', 'blaming', 'informal', 'normatif', 'closing'],
    puskesmas('Bendan'),
  ),
  reply('b-rd-06', 'dishub', 'lu kira petugas dishub cuma ngurus jalan lu doang? sabar napa', [
    'greeting',
    'thanks',
    'blaming',
    'informal',
    'normatif',
    'closing',
  ]),
  reply(
    'b-rd-07',
    'dpupr',
    'Saudara, perlu kami tegaskan bahwa genangan di depan rumah Saudara terjadi karena Saudara sendiri meninggikan lantai garasi sampai menutup saluran. Bukankah sudah kami umumkan larangan menutup saluran sejak tahun lalu? Silakan bongkar sendiri penutup saluran tersebut paling lambat 14 Desember 2026.\n\nDPUPR Kota Pekalongan',
    ['thanks', 'blaming'],
  ),
  reply(
    'b-rd-08',
    'kelurahan',
    'Dasar warga tidak tahu diri, sudah dibantu masih saja protes. Bantuan itu bukan hak, itu kebijakan.\nKelurahan Kuripan Kidul',
    ['greeting', 'thanks', 'harsh-words', 'blaming', 'normatif'],
  ),
  nearMiss(
    ['greeting'],
    reply('b-rd-09', 'dlh', 'Pak, laporan macam apa ini? Foto saja tidak jelas, alamat juga ngawur. Kirim ulang yang benar!!', [
      'thanks',
      'harsh-words',
      'blaming',
      'exclamations',
      'normatif',
      'closing',
    ]),
  ),
  reply(
    'b-rd-10',
    'dpupr',
    'Air mati itu karena Bapak nunggak tagihan 3 bulan, bukan salah PDAM. Bayar dulu baru protes.',
    ['greeting', 'thanks', 'blaming', 'informal', 'normatif', 'closing'],
    pdam,
  ),
  reply(
    'b-rd-11',
    'dinkes',
    'Yth. Ibu, sekolah tidak pernah memungut biaya. Kalau Ibu tidak mampu membeli buku, itu BUKAN URUSAN SEKOLAH. Jangan menyebarkan fitnah di media sosial.\nDinas Pendidikan Kota Pekalongan',
    ['thanks', 'shouting', 'blaming', 'normatif'],
    dindik,
  ),
  reply('b-rd-12', 'satpol', 'Bapak tidak usah sok tahu soal aturan. Penertiban itu sudah sesuai perda. Titik.', [
    'greeting',
    'thanks',
    'harsh-words',
    'blaming',
    'normatif',
    'closing',
  ]),
  reply('b-rd-13', 'capil', 'Ya ampun Bu, udh dibilangin berkali2 bawa KK asli. Masa gitu aja gak ngerti sih 🙄', [
    'greeting',
    'thanks',
    'blaming',
    'informal',
    'normatif',
    'closing',
  ]),
  reply('b-rd-14', 'dpupr', 'Goblok, itu saluran milik perumahan, bukan urusan kami!!!', [
    'greeting',
    'thanks',
    'harsh-words',
    'blaming',
    'exclamations',
    'authority',
    'normatif',
    'closing',
  ]),
  reply(
    'b-rd-15',
    'dinkes',
    'Keluhan Bapak sudah kami baca. Dokter kami tidak salah, Bapak saja yang terlalu banyak menuntut. Semua sudah sesuai SOP.\nDinkes Kota Pekalongan',
    ['greeting', 'thanks', 'blaming', 'normatif'],
  ),
  reply(
    'b-rd-16',
    'dishub',
    'Wah, hebat sekali Bapak, sehari lapor lima kali. Lampu merahnya tetap kami perbaiki Senin, 7 Desember 2026.\nDishub Kota Pekalongan',
    ['greeting', 'thanks', 'blaming'],
  ),
  reply(
    'b-rd-17',
    'kelurahan',
    'Sudah saya bilang dari awal, surat itu harus ditandatangani RT dulu. Baca lagi persyaratannya di papan pengumuman. Jangan bolak-balik tanya terus.',
    ['greeting', 'thanks', 'blaming', 'normatif', 'closing'],
  ),
  reply('b-rd-18', 'dlh', 'SAMPAH JANGAN DIBUANG KE SUNGAI. Kalau banjir jangan salahkan pemerintah.\nDLH', [
    'greeting',
    'thanks',
    'shouting',
    'blaming',
    'normatif',
  ]),
  nearMiss(
    ['greeting'],
    reply(
      'b-rd-19',
      'dinkes',
      'Bu, petugas kami bukan pesuruh Ibu. Kalau tidak puas silakan berobat di tempat lain.\nPuskesmas Noyontaan',
      ['thanks', 'blaming', 'normatif'],
      puskesmas('Noyontaan'),
    ),
  ),
  reply(
    'b-rd-20',
    'dinkes',
    'Ibu ini sudah punya motor dan HP bagus kok masih minta bansos? Malu dong sama tetangga.',
    ['greeting', 'thanks', 'blaming', 'informal', 'normatif', 'closing'],
    dinsos,
  ),
  nearMiss(
    ['blaming'],
    reply(
      'b-rd-21',
      'dinkes',
      'Pedagang yang bikin lapak di trotoar itu memang kurang ajar, Pak. Selasa, 8 Desember 2026 petugas pasar bersama Satpol PP akan membongkar semua lapak di sana. Terima kasih laporannya.\nDinas Perdagangan Kota Pekalongan',
      ['greeting', 'harsh-words', 'informal'],
      disdag,
    ),
  ),
  nearMiss(
    ['blaming'],
    reply(
      'b-rd-22',
      'dpupr',
      'Selamat siang Pak. Terima kasih laporannya. Kontraktornya memang bebal, sudah ditegur tiga kali tetap saja meninggalkan galian terbuka. Hari ini, Kamis 3 Desember 2026, DPUPR menghentikan pembayaran termin dan menutup galian dengan pelat baja.\n\nSalam,\nDPUPR Kota Pekalongan',
      ['harsh-words'],
    ),
  ),
  nearMiss(
    ['blaming'],
    reply(
      'b-rd-23',
      'satpol',
      'Selamat malam Bu. Terima kasih laporannya. Orang-orang mabuk yang nongkrong di taman itu memang sampah masyarakat. Malam ini pukul 22.00 WIB regu patroli Satpol PP menyisir Taman Kota dan menyerahkan yang membawa miras ke Polres.\nSalam, Satpol PP Kota Pekalongan',
      ['harsh-words', 'informal'],
    ),
  ),
  reply('b-rd-24', 'kelurahan', 'Sampeyan itu kurang ajar, petugas kami difoto lalu disebar ke grup WA. Kami laporkan balik ke polisi.', [
    'greeting',
    'thanks',
    'harsh-words',
    'blaming',
    'normatif',
    'closing',
  ]),

  // Mixed: courteous and substantive replies with one or two faults (chat shorthand, an emphasised phrase, a late or
  // missing greeting, no thanks, a lecture or sarcasm tucked into a helpful answer), beside near misses of each.
  reply(
    'b-mx-01',
    'dpupr',
    'Selamat pagi Pak Budi, makasih laporannya. Lubang di Jl. Urip Sumoharjo udh kami tambal kemarin sore, Rabu 2 Desember 2026. Kalau masih ada yg rusak kabari lagi ya Pak.\nSalam, DPUPR Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'b-mx-02',
    'dlh',
    'Selamat siang Ibu Yuni, terima kasih atas laporannya. Mohon diperhatikan: pengangkutan sampah di RW 08 HANYA DILAKUKAN hari Senin dan Kamis pukul 06.00 WIB, jadi sampah mohon dikeluarkan pagi hari itu saja. Truk kami sudah menjemput tumpukan di ujung gang tadi pagi.\nSalam,\nDLH Kota Pekalongan',
    ['shouting'],
  ),
  reply(
    'b-mx-03',
    'dishub',
    'Halo Bapak Arif, terima kasih banyak laporannya!! Rambu dilarang parkir di Jl. Diponegoro sudah kami pasang lagi Rabu kemarin, 2 Desember 2026 😊\nSalam, Dishub Kota Pekalongan',
    ['exclamations'],
  ),
  reply(
    'b-mx-04',
    'capil',
    'Terima kasih atas laporan Ibu. KTP-el Ibu sudah selesai dicetak hari ini dan dapat diambil di kantor Kecamatan Pekalongan Barat mulai Jumat, 4 Desember 2026, pukul 08.00–12.00 WIB.\nSalam,\nDisdukcapil Kota Pekalongan',
    ['greeting'],
  ),
  reply(
    'b-mx-05',
    'dinkes',
    'Selamat pagi, Ibu Ani. Jadwal imunisasi MR di Puskesmas Klego dipindah ke Sabtu, 12 Desember 2026 pukul 08.00 WIB karena vaksin baru tiba Jumat. Mohon maaf atas perubahan jadwal ini.\n\nSalam sehat,\nPuskesmas Klego',
    ['thanks'],
    puskesmas('Klego'),
  ),
  reply(
    'b-mx-06',
    'kelurahan',
    'Assalamualaikum Ibu Nining, terima kasih atas laporannya. Surat keterangan domisili Ibu sudah bisa diambil besok, Jumat 4 Desember 2026, di loket kelurahan. Lain kali mohon Ibu lebih teliti mengisi formulir supaya tidak perlu bolak-balik.\nSalam,\nKelurahan Kuripan Kidul',
    ['blaming'],
  ),
  reply(
    'b-mx-07',
    'dlh',
    'Selamat pagi Bapak Rudi, terima kasih atas laporannya. Saluran di Gang Mawar tersumbat oleh kasur dan plastik yang dibuang warga ke dalam saluran. Tim DLH dan DPUPR membersihkannya Sabtu, 5 Desember 2026 pukul 07.00 WIB.\nSalam,\nDLH Kota Pekalongan',
    ['blaming'],
  ),
  nearMiss(
    ['greeting'],
    reply(
      'b-mx-08',
      'satpol',
      'Pagi Pak. Terima kasih infonya. Anggota Satpol PP sudah menegur pemilik warung yang memakai bahu jalan pada Kamis, 3 Desember 2026 pukul 08.30 WIB; besok kami cek lagi.\nSalam, Satpol PP Kota Pekalongan',
      ['informal'],
    ),
  ),
  reply(
    'b-mx-09',
    'dishub',
    'Selamat siang, terima kasih kamu sudah melapor. Lampu PJU di Jl. Ahmad Yani sudah diganti tadi pagi oleh petugas Dishub.\nSalam, Dishub Kota Pekalongan',
    ['blaming'],
  ),
  nearMiss(
    ['harsh-words', 'apology'],
    reply(
      'b-mx-10',
      'dinkes',
      'Selamat pagi Bapak Heru. Terima kasih atas kritiknya. Kami tidak menganggap laporan Bapak ngawur; keluhan soal obat yang habis memang benar. Stok parasetamol sirup di Puskesmas Pekalongan Selatan sudah terisi lagi Rabu, 2 Desember 2026. Mohon maaf atas kekosongan obat kemarin.\nSalam sehat,\nDinkes Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['harsh-words', 'apology'],
    reply(
      'b-mx-11',
      'capil',
      'Yth. Ibu Ratna, terima kasih atas laporannya. Kami sudah memeriksa rekaman dan memanggil petugas yang Ibu sebut "judes dan sok pintar". Yang bersangkutan kami beri sanksi teguran tertulis pada 2 Desember 2026 dan mulai Senin, 7 Desember 2026 tidak lagi bertugas di loket. Kami mohon maaf atas pelayanan yang kurang sopan tersebut.\nHormat kami,\nDisdukcapil Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-mx-12',
    'dpupr',
    'Bapak Wahid, selamat pagi. Terima kasih laporannya. Bukankah papan proyek di lokasi sudah mencantumkan jadwal pengerjaan? Pengecoran jalan di Gang Sawo memang baru dimulai Senin, 7 Desember 2026 oleh kontraktor DPUPR.\nSalam,\nDPUPR Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'b-mx-13',
    'dlh',
    'Selamat siang Ibu, terima kasih sudah melapor. Perlu Ibu ketahui, bukan cuma gang Ibu yang sampahnya belum diangkut; armada kami terbatas. Truk akan datang Sabtu, 5 Desember 2026 pagi.\nSalam, DLH Kota Pekalongan',
    ['blaming', 'apology'],
  ),
  reply(
    'b-mx-14',
    'dinkes',
    'Assalamualaikum Pak Haji, matur nuwun laporannya. Lampu di los sayur Pasar Sorogenen sudah diganti LED tadi siang, Kamis 3 Desember 2026. Kalo ada yg mati lagi langsung WA aja ke nomor ini nggih.\nSalam, Dinas Perdagangan Kota Pekalongan',
    ['informal'],
    disdag,
  ),
  reply(
    'b-mx-15',
    'dishub',
    'Yth. Bapak Gunawan, terima kasih atas laporannya. Uji KIR angkutan umum di UPTD PKB Dishub TIDAK DIPUNGUT BIAYA TAMBAHAN selain retribusi resmi Rp85.000. Petugas yang meminta uang lebih sudah dinonaktifkan sejak 1 Desember 2026.\nSalam,\nDishub Kota Pekalongan',
    ['shouting'],
  ),
  reply('b-mx-16', 'dlh', 'Siap Bu, makasih laporannya. Nanti kami cek ya.\nAdmin DLH', ['greeting', 'informal', 'normatif']),
  reply(
    'b-mx-17',
    'dpupr',
    'Selamat sore Pak Anton, terima kasih sudah melapor. Galian kabel di trotoar Jl. Hos Cokroaminoto itu tanpa izin?! Baik, besok Jumat 4 Desember 2026 pukul 09.00 WIB tim DPUPR ke lokasi dan menghentikan pekerjaannya.\nSalam,\nDPUPR Kota Pekalongan',
    ['exclamations'],
  ),
  reply(
    'b-mx-18',
    'capil',
    'Selamat pagi Bu Ida, terima kasih laporannya. Untuk surat pindah gak ada biaya apa pun ya Bu. Berkasnya sudah kami proses dan bisa diambil Senin, 7 Desember 2026 di loket 2.\nSalam,\nDisdukcapil Kota Pekalongan',
    ['informal'],
  ),
  reply(
    'b-mx-19',
    'dinkes',
    'Selamat pagi Ibu Tari, terima kasih laporannya. Jadwal vaksin kan sudah ada di Instagram puskesmas, Bu. Tapi tidak apa-apa, kami ulangi: vaksin HPV untuk siswi kelas 5 dan 6 SD di Puskesmas Buaran pada Selasa, 8 Desember 2026 pukul 08.00 WIB.\nSalam sehat,\nPuskesmas Buaran',
    ['blaming', 'informal'],
    puskesmas('Buaran'),
  ),
  reply(
    'b-mx-20',
    'dlh',
    'Selamat sore Bapak Eko. Terima kasih atas laporan Bapak yang kelima minggu ini; semangat Bapak melapor patut dicontoh. Pohon di Jl. Cendrawasih dipangkas DLH Sabtu, 5 Desember 2026.\nSalam,\nDLH Kota Pekalongan',
    ['blaming'],
  ),
  nearMiss(
    ['harsh-words', 'blaming'],
    reply(
      'b-mx-21',
      'dinkes',
      'Bapak Fadli yang kami hormati, terima kasih atas kesabarannya. Kami paham Bapak bukan orang bodoh yang tidak bisa membaca aturan; persyaratan PBG memang berubah pada November 2026 dan pengumumannya kurang jelas. Mohon maaf atas kebingungan ini. Petugas DPMPTSP akan menelepon Bapak besok, Jumat 4 Desember 2026 pukul 10.00 WIB, untuk memandu unggah berkas.\nHormat kami,\nDPMPTSP Kota Pekalongan',
      [],
      dpmptsp,
    ),
  ),
  reply(
    'b-mx-22',
    'dishub',
    'Lampu jalan di Gang 5 Jl. Kenanga sudah menyala lagi sejak semalam pukul 19.00 WIB setelah kabelnya diganti petugas Dishub. Selamat pagi dan terima kasih, Ibu Ani, atas laporannya.\nSalam,\nDishub Kota Pekalongan',
    ['greeting'],
  ),
  reply(
    'b-mx-23',
    'kelurahan',
    "Wa'alaikumsalam Bu Rohani 🙏 Makasih ya Bu sudah cerita panjang lebar. Jadi gini Bu: BLT dana desa itu hanya ada di desa, kalau di kelurahan bantuannya lewat Dinas Sosial. Nama Ibu sudah kami masukkan usulan DTKS tanggal 30 November kemarin, hasilnya biasanya keluar Januari 2027. Nanti kalau sudah ada kabar, Pak RT yang kasih tahu Ibu.\nSalam, Kelurahan Kuripan Kidul",
    ['informal'],
  ),
  nearMiss(
    ['informal'],
    reply(
      'b-mx-24',
      'capil',
      'Assalamualaikum Ibu Zulaikha 🙏\nTerima kasih sudah menghubungi layanan WhatsApp Disdukcapil. Untuk KIA (Kartu Identitas Anak) langkahnya begini:\n1) isi formulir permohonan KIA di aplikasi Dukcapil Pekalongan;\n2) unggah foto anak berlatar merah (usia 5 tahun ke atas) dan akta kelahirannya;\n3) KIA dicetak dalam 2 hari kerja dan bisa diambil di kelurahan Ibu setiap Kamis.\nGratis, tanpa biaya apa pun. Kalau ada yang belum jelas silakan tanya lagi di sini ya, Bu.\n\nSalam,\nDisdukcapil Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['harsh-words'],
    reply(
      'b-mx-25',
      'dinkes',
      'Selamat siang Ibu Dewi.\n\nTerima kasih atas ulasan bintang satu Ibu di Google Maps. Kami baca dengan saksama tuduhan Ibu bahwa petugas kami "tolol dan lamban". Sungguh menarik bahwa Ibu lebih memahami prosedur triase daripada dokter kami yang bersekolah sepuluh tahun. Pasien di ruang tindakan dilayani menurut tingkat kegawatan, bukan urutan datang.\nBila Ibu ingin penjelasan langsung, Kepala Puskesmas Bendan menerima Ibu pada Senin, 7 Desember 2026 pukul 10.00 WIB.\n\nSalam sehat,\nPuskesmas Bendan',
      ['blaming'],
      puskesmas('Bendan'),
    ),
  ),
  reply(
    'b-mx-26',
    'dinkes',
    'Yth. Bapak/Ibu Orang Tua Murid,\n\nTerima kasih atas perhatiannya. Perlu kami luruskan bahwa sumbangan komite di SD Negeri Kraton Lor 01 bersifat sukarela dan telah disepakati dalam rapat komite yang seharusnya Bapak/Ibu hadiri. Jika Bapak/Ibu tidak hadir dalam rapat, tentu wajar bila informasinya tidak sampai. Sekali lagi kami tegaskan: TIDAK ADA KEWAJIBAN membayar sumbangan, dan siswa tidak boleh dibedakan.\nPengawas sekolah hadir pada rapat komite berikutnya, Sabtu, 12 Desember 2026 pukul 09.00 WIB, untuk menjelaskan ulang.\n\nHormat kami,\nDinas Pendidikan Kota Pekalongan',
    ['blaming', 'shouting'],
    dindik,
  ),
  reply(
    'b-mx-27',
    'dpupr',
    'Yth. Bapak Sunarto,\n\nDengan hormat,\nMenanggapi pengaduan Bapak perihal banjir di Perumahan Tirto Indah, perlu kami sampaikan beberapa hal. Pertama, banjir di kawasan tersebut disebabkan oleh banyaknya bangunan warga yang berdiri di atas saluran, termasuk teras rumah Bapak sendiri. Kedua, sebagaimana telah berulang kali kami sosialisasikan, warga wajib menjaga saluran tetap terbuka. Ketiga, Pemerintah Kota tidak dapat terus-menerus disalahkan atas akibat perbuatan warga sendiri.\nMeski demikian, tim DPUPR akan membongkar bangunan di atas saluran mulai 14 Desember 2026 setelah surat peringatan ketiga.\n\nDemikian untuk menjadi perhatian.\n\nKepala DPUPR Kota Pekalongan',
    ['thanks', 'blaming'],
  ),
  reply(
    'b-mx-28',
    'dinkes',
    'Kepada Yth. Sdr. Handoko\n\nKami sudah tiga kali menjelaskan bahwa berkas NIB Saudara ditolak karena KBLI yang Saudara pilih salah. Kesalahan itu ada pada Saudara, bukan pada sistem OSS. Silakan perbaiki sendiri. Kami tidak akan menjawab pertanyaan yang sama lagi.\n\nDPMPTSP Kota Pekalongan',
    ['thanks', 'blaming', 'normatif'],
    dpmptsp,
  ),
  nearMiss(
    ['exclamations'],
    reply(
      'b-mx-29',
      'dlh',
      'Selamat pagi Ibu Suci. Terima kasih atas laporannya. Kami memahami kekesalan Ibu yang menulis "Bau sampahnya sampai ke rumah!!!". TPS Jl. Pelita sudah kami tutup sejak Rabu, 2 Desember 2026 dan dipindah ke Jl. Kalimantan yang jauh dari permukiman. Terima kasih atas kesabaran Ibu!\nSalam,\nDLH Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['greeting'],
    reply(
      'b-mx-30',
      'dpupr',
      'Ref. laporan SP4N-LAPOR! 2026-1129-0087\n\nBapak Yunus yang kami hormati,\nterima kasih atas laporan tentang jalan amblas di Jl. Ki Mangunsarkoro. Berikut perkembangan penanganannya:\n• 30 November 2026: lokasi dipasangi pembatas dan rambu oleh tim DPUPR;\n• 4–9 Desember 2026: penggalian dan penggantian gorong-gorong yang runtuh di bawah jalan;\n• 10–11 Desember 2026: pengaspalan ulang.\nJalan ditutup untuk mobil selama pekerjaan; motor dapat lewat sisi selatan.\n\nSalam,\nDPUPR Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['shouting', 'greeting'],
    reply(
      'b-mx-31',
      'dlh',
      'PEMERINTAH KOTA PEKALONGAN\nDINAS LINGKUNGAN HIDUP\n\nNomor : 660/1452/DLH\nPerihal : Tanggapan Pengaduan\n\nYth. Bapak Mukhlisin\ndi Kelurahan Pabean\n\nDengan hormat,\nMenindaklanjuti pengaduan Bapak melalui SP4N-LAPOR! tanggal 23 November 2026 perihal bau limbah dari usaha pencucian batik di Kelurahan Pabean, bersama ini kami sampaikan:\n1. Pada 26 November 2026 petugas DLH mengambil sampel air buangan di tiga titik; hasil uji laboratorium menunjukkan kadar COD jauh di atas baku mutu.\n2. Pemilik usaha telah diberi sanksi administratif berupa paksaan pemerintah untuk menyalurkan limbah ke IPAL komunal paling lambat 15 Desember 2026.\n3. Bila kewajiban tersebut tidak dipenuhi, izin lingkungan usaha tersebut dibekukan.\nDemikian kami sampaikan. Atas perhatian dan kepedulian Bapak terhadap lingkungan, kami ucapkan terima kasih.\n\nKepala Dinas Lingkungan Hidup\nKota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-mx-32',
    'satpol',
    'Dengan ini diberitahukan bahwa pengaduan Saudara telah diterima dan dicatat dalam register pengaduan Satpol PP Kota Pekalongan dengan nomor 412/XII/2026. Tindak lanjut akan dilaksanakan sesuai dengan standar operasional prosedur yang berlaku.\n\nSatpol PP Kota Pekalongan',
    ['greeting', 'thanks', 'normatif'],
  ),

  // "Bukan wewenang": answers that say the matter belongs elsewhere, with the body named (an office, a company, a
  // foundation) or left vague ("dinas terkait", "pusat", "provinsi", "pihak yang berwajib").
  reply(
    'b-bw-01',
    'dpupr',
    'Selamat siang Bapak, terima kasih atas laporannya. Mohon maaf, jalan tersebut bukan kewenangan DPUPR Kota Pekalongan. Silakan menghubungi dinas terkait.\nSalam,\nDPUPR Kota Pekalongan',
    ['authority', 'normatif'],
  ),
  nearMiss(
    ['authority', 'exclamations'],
    reply(
      'b-bw-02',
      'dpupr',
      'Selamat siang Bapak Ikhsan, terima kasih atas laporannya. Jalan Pantura (Jl. Gajah Mada–Jl. Jenderal Sudirman) adalah jalan nasional yang dipelihara Balai Besar Pelaksanaan Jalan Nasional (BBPJN) Jawa Tengah–DI Yogyakarta, bukan DPUPR Kota. Laporan dan foto Bapak sudah kami teruskan ke BBPJN pada Kamis, 3 Desember 2026; Bapak juga bisa memantau tindak lanjutnya lewat SP4N-LAPOR!\nSalam,\nDPUPR Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-bw-03',
    'kelurahan',
    'Assalamualaikum, Ibu. Terima kasih atas pengaduannya. Urusan sertifikat tanah bukan wewenang kelurahan, silakan ke instansi yang berwenang.\nWassalam,\nKelurahan Kuripan Kidul',
    ['authority', 'normatif'],
  ),
  nearMiss(
    ['authority'],
    reply(
      'b-bw-04',
      'kelurahan',
      'Assalamualaikum, Ibu Halimah. Terima kasih atas pengaduannya. Sertifikat tanah diterbitkan oleh Kantor Pertanahan (BPN) Kota Pekalongan, bukan oleh kelurahan. Yang dapat kami bantu adalah surat keterangan riwayat tanah; suratnya bisa Ibu ambil Senin, 7 Desember 2026 di kantor kelurahan.\nWassalam,\nKelurahan Kuripan Kidul',
      [],
    ),
  ),
  reply('b-bw-05', 'dlh', 'Itu bukan urusan DLH. Jangan semua dilaporkan ke kami.', [
    'greeting',
    'thanks',
    'authority',
    'blaming',
    'normatif',
    'closing',
  ]),
  nearMiss(
    ['authority', 'shouting'],
    reply(
      'b-bw-06',
      'dpupr',
      'Selamat malam Bapak Ahmad, terima kasih atas laporannya. Tiang listrik yang miring di depan rumah Bapak adalah milik PLN, bukan PDAM. Silakan melapor melalui aplikasi PLN Mobile atau call center 123 agar petugas PLN ULP Pekalongan Kota datang; laporan Bapak juga sudah kami teruskan ke PLN lewat WhatsApp hari ini pukul 19.40 WIB.\nSalam,\nPDAM Kota Pekalongan',
      [],
      pdam,
    ),
  ),
  reply(
    'b-bw-07',
    'dinkes',
    'Selamat pagi Ibu. Terima kasih atas laporannya. Masalah iuran BPJS merupakan kebijakan pusat dan di luar kewenangan Dinas Kesehatan Kota.\nSalam sehat,\nDinkes Kota Pekalongan',
    ['authority', 'normatif'],
  ),
  nearMiss(
    ['authority'],
    reply(
      'b-bw-08',
      'dinkes',
      'Selamat pagi Ibu Mulyani, terima kasih atas pertanyaannya. Kenaikan kelas rawat dan tunggakan iuran BPJS Kesehatan diurus oleh BPJS Kesehatan Kantor Cabang Pekalongan, bukan oleh Dinkes. Ibu dapat datang Senin–Jumat pukul 08.00–15.00 WIB atau menghubungi Care Center 165. Bila Ibu tidak mampu membayar, Dinkes bisa mengusulkan Ibu menjadi peserta PBI; formulirnya tersedia di puskesmas terdekat.\nSalam sehat,\nDinkes Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-bw-09',
    'dishub',
    'Yth. Bapak, terima kasih atas laporan. Bus AKDP yang ugal-ugalan itu izinnya dari provinsi, jadi kami tidak bisa menindak.\nSalam,\nDishub Kota Pekalongan',
    ['authority', 'normatif'],
  ),
  nearMiss(
    ['authority'],
    reply(
      'b-bw-10',
      'dishub',
      'Yth. Bapak Fikri, terima kasih atas laporannya. Izin trayek bus AKDP diterbitkan oleh Dinas Perhubungan Provinsi Jawa Tengah, sehingga penindakan izinnya di luar kewenangan Dishub Kota. Laporan Bapak beserta nomor polisi bus sudah kami kirim ke Dinas Perhubungan Provinsi Jawa Tengah pada 2 Desember 2026; pelanggaran lalu lintasnya kami serahkan ke Satlantas Polres Pekalongan Kota hari ini.\nSalam,\nDishub Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-bw-11',
    'satpol',
    'Mohon maaf Bapak, keributan antarwarga bukan ranah Satpol PP. Silakan lapor ke pihak yang berwajib. Terima kasih.',
    ['greeting', 'authority', 'normatif', 'closing'],
  ),
  reply(
    'b-bw-12',
    'satpol',
    'Selamat malam Bapak Yanto. Terima kasih sudah melapor. Perkelahian dan ancaman kekerasan adalah tindak pidana yang ditangani kepolisian, bukan Satpol PP. Silakan hubungi Polsek Pekalongan Barat atau layanan darurat 110; malam ini pukul 21.00 WIB regu kami juga berpatroli di Jl. Kurinci.\nSalam,\nSatpol PP Kota Pekalongan',
    [],
  ),
  nearMiss(
    ['authority'],
    reply(
      'b-bw-13',
      'dinkes',
      'Maaf Bu, itu sekolah swasta, jadi bukan wewenang kami ya. Coba tanya ke Yayasan Al-Hikmah yang mengelola sekolahnya aja.',
      ['greeting', 'thanks', 'informal', 'normatif', 'closing'],
      dindik,
    ),
  ),
  reply(
    'b-bw-14',
    'dinkes',
    'Yth. Ibu, terkait SMA Negeri 1 Pekalongan, sesuai UU 23/2014 pengelolaan SMA/SMK adalah kewenangan Pemerintah Provinsi, sehingga kami tidak dapat menindaklanjuti. Terima kasih.\nDinas Pendidikan Kota Pekalongan',
    ['authority', 'normatif'],
    dindik,
  ),
  reply(
    'b-bw-15',
    'dinkes',
    'Yth. Ibu Suryani, terima kasih atas laporannya. SMA Negeri 1 Pekalongan dikelola Pemerintah Provinsi Jawa Tengah melalui Cabang Dinas Pendidikan Wilayah XIII. Laporan Ibu tentang pungutan wisuda sudah kami teruskan ke Cabang Dinas tersebut pada Rabu, 2 Desember 2026; Ibu juga dapat melapor ke Saber Pungli Provinsi Jawa Tengah.\nHormat kami,\nDinas Pendidikan Kota Pekalongan',
    [],
    dindik,
  ),
  nearMiss(
    ['authority', 'blaming'],
    reply(
      'b-bw-16',
      'dpupr',
      'Selamat pagi Bapak. Terima kasih. Pipa yang bocor di dalam pagar rumah Bapak merupakan tanggung jawab pelanggan, bukan PDAM. Silakan memanggil tukang ledeng.',
      ['normatif', 'closing'],
      pdam,
    ),
  ),
  reply(
    'b-bw-17',
    'dlh',
    'Halo Bu 🙏 makasih ya udah lapor. Tapi maaf, pohon itu bukan punya DLH, jadi kami ga bisa potong. Coba hub pihak terkait ya Bu.\nAdmin DLH',
    ['informal', 'authority', 'normatif'],
  ),
  nearMiss(
    ['authority'],
    reply(
      'b-bw-18',
      'dlh',
      'Selamat siang, Ibu Yati. Terima kasih atas laporannya. Pohon mangga yang dahannya menyentuh kabel listrik di Jl. Teratai berada di halaman rumah warga, jadi pemangkasannya menjadi tanggung jawab pemilik rumah bersama PLN ULP Pekalongan Kota untuk bagian yang dekat kabel. Kami sudah menelepon PLN hari ini pukul 11.00 WIB, dan petugas PLN menjadwalkan pemangkasan Sabtu, 5 Desember 2026.\nSalam,\nDLH Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-bw-19',
    'kelurahan',
    'Selamat sore Bapak, terima kasih atas laporannya. Untuk izin keramaian itu bukan di kelurahan, Bapak bisa mengurusnya di tempat lain.\nSalam, Kelurahan Kuripan Kidul',
    ['authority', 'normatif'],
  ),
  nearMiss(
    ['authority'],
    reply(
      'b-bw-20',
      'kelurahan',
      'Selamat sore Bapak Sodikin, terima kasih atas pertanyaannya. Izin keramaian untuk hajatan dikeluarkan oleh Polsek Pekalongan Selatan, bukan kelurahan. Kelurahan cukup memberi surat pengantar; surat pengantar Bapak bisa diambil besok, Jumat 4 Desember 2026, pukul 08.00–12.00 WIB, lalu dibawa ke Polsek paling lambat 7 hari sebelum acara.\nSalam,\nKelurahan Kuripan Kidul',
      [],
    ),
  ),
  reply(
    'b-bw-21',
    'capil',
    'Yth. Saudara,\nterima kasih atas laporannya. Penerbitan paspor bukan kewenangan Disdukcapil. Demikian.\nDisdukcapil Kota Pekalongan',
    ['authority', 'normatif'],
  ),
  nearMiss(
    ['authority'],
    reply(
      'b-bw-22',
      'capil',
      'Yth. Saudara Rizal,\nterima kasih atas laporannya. Paspor diterbitkan oleh Kantor Imigrasi Kelas II TPI Pemalang, yang juga melayani warga Kota Pekalongan, bukan oleh Disdukcapil. Bagian kami adalah memastikan data KTP-el dan KK Saudara sama dengan akta kelahiran; data Saudara sudah kami perbaiki pada 2 Desember 2026 sehingga Saudara bisa mendaftar antrean paspor melalui aplikasi M-Paspor.\nHormat kami,\nDisdukcapil Kota Pekalongan',
      [],
    ),
  ),
  reply('b-bw-23', 'satpol', 'BUKAN WEWENANG KAMI. Silakan ke instansi lain.', [
    'greeting',
    'thanks',
    'shouting',
    'authority',
    'normatif',
    'closing',
  ]),
  reply(
    'b-bw-24',
    'dinkes',
    'Selamat siang Ibu, terima kasih atas laporannya. Harga elpiji 3 kg di pangkalan memang bukan kami yang menetapkan. Kami hanya bisa memantau.\nSalam,\nDinas Perdagangan Kota Pekalongan',
    ['authority', 'normatif'],
    disdag,
  ),
  reply(
    'b-bw-25',
    'dinkes',
    'Selamat siang, Ibu Maesaroh. Terima kasih atas laporannya. HET elpiji 3 kg ditetapkan Gubernur Jawa Tengah dan pasokannya diatur Pertamina Patra Niaga, namun pengawasan pangkalan di kota adalah tugas kami. Pangkalan di Jl. Bugenvil yang menjual Rp25.000 kami datangi Senin, 7 Desember 2026 bersama Bagian Perekonomian Setda; bila terbukti melebihi HET, kami usulkan ke Pertamina agar pasokannya dihentikan.\nSalam,\nDinas Perdagangan Kota Pekalongan',
    [],
    disdag,
  ),
  reply(
    'b-bw-26',
    'dinkes',
    'Assalamualaikum Bapak. Matur nuwun atas laporannya. Kartu Prakerja di luar kewenangan Dinas Sosial.\nSalam,\nDinas Sosial Kota Pekalongan',
    ['authority', 'normatif'],
    dinsos,
  ),
  nearMiss(
    ['authority', 'greeting'],
    reply(
      'b-bw-27',
      'dpupr',
      'Pak, jalan lingkungan di perumahan itu belum diserahkan pengembang ke Pemkot, jadi masih tanggung jawab PT Griya Batik Sejahtera sebagai pengembang. Kami sudah bersurat ke PT Griya Batik Sejahtera pada 1 Desember 2026 meminta perbaikan dalam 30 hari. Terima kasih laporannya.\nDPUPR Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-bw-28',
    'dpupr',
    'Selamat siang, Bapak. Terima kasih. Ruas Jl. Pekalongan–Kajen adalah jalan provinsi, sehingga bukan tanggung jawab kami untuk memperbaikinya.\nSalam,\nDPUPR Kota Pekalongan',
    ['authority', 'normatif'],
  ),
  reply('b-bw-29', 'dishub', 'PAK, ITU BUKAN LAMPU KAMI!! Itu lampu taman punya perumahan.', [
    'thanks',
    'shouting',
    'exclamations',
    'authority',
    'normatif',
    'closing',
  ]),

  // Overdue complaints (the context says so) and replies that admit a delay or a fault, with and without an apology;
  // near misses deny a delay, name the resident's own lateness, or apologise in other words.
  reply(
    'b-od-01',
    'dpupr',
    'Selamat pagi Bapak Salim. Mohon maaf, jawaban atas laporan Bapak melewati batas waktu yang kami janjikan. Terima kasih atas kesabarannya. Perbaikan talud Kali Banger di RW 04 Kelurahan Kuripan Lor dijadwalkan 10–17 Desember 2026 oleh tim DPUPR; material sudah dikirim ke lokasi hari ini.\nSalam,\nDPUPR Kota Pekalongan',
    [],
    overdue,
  ),
  reply(
    'b-od-02',
    'dlh',
    'Selamat siang Ibu Fitri, terima kasih atas laporannya. Sampah di TPS Jl. Sulawesi sudah diangkut pada Rabu, 2 Desember 2026 pukul 07.00 WIB. Jadwal angkut berikutnya setiap Rabu dan Sabtu.\nSalam,\nDLH Kota Pekalongan',
    ['apology'],
    overdue,
  ),
  reply(
    'b-od-03',
    'capil',
    'Selamat pagi Bapak. Terima kasih. Maaf, berkas Bapak masih kurang fotokopi akta nikah. Silakan lengkapi di loket 4 Disdukcapil paling lambat Jumat, 11 Desember 2026.\nSalam,\nDisdukcapil Kota Pekalongan',
    ['apology'],
    overdue,
  ),
  reply(
    'b-od-04',
    'dinkes',
    'Assalamualaikum Ibu Rosidah. Kami mohon maaf baru membalas sekarang; laporan Ibu sempat terlewat. Terima kasih sudah menunggu. Alat USG di Puskesmas Sokorejo yang rusak sudah diperbaiki teknisi pada Selasa, 1 Desember 2026, dan pemeriksaan kehamilan dengan USG kembali dilayani setiap Rabu pukul 08.00–11.00 WIB.\nSalam sehat,\nPuskesmas Sokorejo',
    [],
    { ...puskesmas('Sokorejo'), ...overdue },
  ),
  reply(
    'b-od-05',
    'dishub',
    'Selamat sore Bapak Hadi, terima kasih atas laporannya. Balasan ini terlambat karena petugas kami sedang mengatur lalu lintas di sekitar perbaikan jembatan Jl. Sultan Agung. Lampu APILL di simpang Jl. Mansyur sudah kembali normal sejak 30 November 2026.\nSalam,\nDishub Kota Pekalongan',
    ['apology'],
    overdue,
  ),
  reply(
    'b-od-06',
    'dpupr',
    'Selamat pagi Ibu Nurul, terima kasih atas laporannya. Pengerjaan saluran di Jl. Seruni memang molor dua minggu dari jadwal karena hujan terus-menerus. Kontraktor DPUPR menargetkan selesai Sabtu, 19 Desember 2026.\nSalam,\nDPUPR Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'b-od-07',
    'dpupr',
    'Bapak Taufik, selamat siang. Terima kasih telah mengingatkan kami. Kami akui petugas kami lalai tidak menutup kembali lubang galian setelah perbaikan pipa. Lubang sudah ditutup dan dipadatkan hari ini pukul 13.00 WIB.\nSalam,\nPDAM Kota Pekalongan',
    ['apology'],
    pdam,
  ),
  reply(
    'b-od-08',
    'dlh',
    'Selamat pagi Ibu Laila, terima kasih atas laporannya. Agar tidak terlambat lagi, mulai Senin, 7 Desember 2026 truk sampah DLH berangkat dari pool pukul 05.30 WIB dan tiba di Perumahan Pesona Kota paling lambat pukul 06.30 WIB.\nSalam,\nDLH Kota Pekalongan',
    ['apology'],
  ),
  nearMiss(
    ['apology'],
    reply(
      'b-od-09',
      'dlh',
      'Selamat siang Bapak Anton, terima kasih atas pertanyaannya. Supaya pengangkutan sampah tidak terlambat selama libur Natal dan Tahun Baru, DLH menambah 4 truk cadangan mulai 24 Desember 2026 sampai 2 Januari 2027; jadwal angkut di RW Bapak tetap setiap pagi pukul 06.00 WIB.\nSalam,\nDLH Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['apology'],
    reply(
      'b-od-10',
      'capil',
      'Selamat pagi Ibu Sumarni, terima kasih atas laporannya. Dari catatan loket, Ibu datang pukul 14.30 WIB, setelah pendaftaran rekam KTP-el ditutup pukul 14.00 WIB; karena itu Ibu diminta kembali esok hari. Untuk Ibu, kami sediakan jadwal rekam khusus Senin, 7 Desember 2026 pukul 08.00 WIB di loket 1 tanpa antre.\nSalam,\nDisdukcapil Kota Pekalongan',
      ['blaming'],
    ),
  ),
  reply(
    'b-od-11',
    'dishub',
    'Yth. Bpk. Kasim, lampu PJU Jl. Kartini sudah diperbaiki petugas Dishub pada 2/12/2026. Trm ksh.\nDishub Kota Pekalongan',
    ['apology', 'informal'],
    overdue,
  ),
  reply(
    'b-od-12',
    'dlh',
    'Pagi Bu, maaf ya baru bales 🙏 Kemarin admin lagi cuti. Sampahnya udah diangkut tadi jam 7. Makasih udah sabar.\nAdmin DLH Kota Pekalongan',
    ['informal'],
    overdue,
  ),
  reply(
    'b-od-13',
    'dpupr',
    'Laporan ini sudah lewat batas karena Ibu sendiri yang tidak melengkapi nomor rumah. Sekarang sudah kami kerjakan.',
    ['greeting', 'thanks', 'blaming', 'apology', 'normatif', 'closing'],
    overdue,
  ),
  reply(
    'b-od-14',
    'dpupr',
    'Yth. Bapak Zaenal, terima kasih atas laporannya. Sungai Loji yang meluap dikelola BBWS Pemali Juana, bukan DPUPR Kota. Laporan Bapak sudah kami teruskan ke BBWS Pemali Juana pada Senin, 30 November 2026.\nHormat kami,\nDPUPR Kota Pekalongan',
    ['apology'],
    overdue,
  ),
  reply(
    'b-od-15',
    'satpol',
    'Selamat siang Ibu. Mohon maaf atas keterlambatan jawaban kami. Terima kasih atas laporannya. Setelah kami pelajari, masalah tersebut di luar kewenangan Satpol PP dan sebaiknya Ibu sampaikan ke instansi terkait.\nSalam,\nSatpol PP Kota Pekalongan',
    ['authority', 'normatif'],
    overdue,
  ),
  reply(
    'b-od-16',
    'kelurahan',
    'Bapak Harun yang terhormat,\nkami meminta maaf karena jawaban ini datang lebih lambat dari 5 hari kerja yang dijanjikan. Terima kasih atas kesabaran Bapak. Permohonan surat keterangan tidak mampu (SKTM) Bapak telah ditandatangani Lurah pada Rabu, 2 Desember 2026 dan dapat diambil di loket pelayanan kelurahan pukul 08.00–14.00 WIB.\nSalam,\nKelurahan Kuripan Kidul',
    [],
    overdue,
  ),
  nearMiss(
    ['apology'],
    reply(
      'b-od-17',
      'dpupr',
      'Selamat pagi Bapak. MOHON MAAF ATAS KETERLAMBATAN. Terima kasih laporannya. Pompa air di Perumahan Bumi Tirto Asri sudah diperbaiki PDAM pada Selasa, 1 Desember 2026.\nPDAM Kota Pekalongan',
      ['shouting'],
      { ...pdam, ...overdue },
    ),
  ),
  reply(
    'b-od-18',
    'capil',
    'Maaf ya Bu, kami juga manusia, bukan robot yang bisa membalas ratusan laporan dalam sehari. KK Ibu sudah jadi, ambil di loket 2 hari Senin, 7 Desember 2026.\nDisdukcapil Kota Pekalongan',
    ['greeting', 'thanks', 'blaming', 'apology'],
    overdue,
  ),
  reply(
    'b-od-19',
    'dinkes',
    'Selamat sore Ibu Wahyuni. Terima kasih atas laporan Ibu. Kami lalai: surat rujukan Ibu ke RSUD Bendan tertahan di meja kami selama dua minggu. Surat rujukan sudah kami kirim hari ini pukul 14.00 WIB, dan Ibu bisa langsung ke Poli Penyakit Dalam RSUD Bendan besok pagi.\nSalam sehat,\nPuskesmas Kramatsari',
    ['apology'],
    { ...puskesmas('Kramatsari'), ...overdue },
  ),
  reply(
    'b-od-20',
    'dinkes',
    'Yth. Saudara Pelapor,\nDengan hormat, kami mohon maaf atas keterlambatan tanggapan ini dan terima kasih atas kesabaran Saudara. Terhadap pengaduan izin toko modern di Jl. Binagriya, DPMPTSP bersama Satpol PP telah memeriksa lokasi pada 1 Desember 2026; toko tersebut belum memiliki PBG dan kegiatannya dihentikan sementara sejak 2 Desember 2026 sampai izinnya lengkap.\nHormat kami,\nDPMPTSP Kota Pekalongan',
    [],
    { ...dpmptsp, ...overdue },
  ),
  reply(
    'b-od-21',
    'dishub',
    'Siang Pak, baru sempet bales. Lampu jalannya udah nyala kok dari kemarin.\nDishub',
    ['thanks', 'informal', 'apology'],
    overdue,
  ),
  nearMiss(
    ['apology'],
    reply(
      'b-od-22',
      'dpupr',
      'Selamat pagi Bapak Kholil. Terima kasih atas laporan Bapak. Kami mohon maaf, petugas pencatat meter kami salah memasukkan angka sehingga pemakaian air Bapak bulan November tercatat 58 m³. Tagihan sudah dikoreksi menjadi 19 m³ pada 2 Desember 2026; kelebihan bayar Rp142.000 dipotong dari tagihan Desember.\nSalam,\nPDAM Kota Pekalongan',
      [],
      pdam,
    ),
  ),
  reply(
    'b-od-23',
    'capil',
    'Selamat pagi Ibu Rina. Terima kasih atas laporannya. Petugas loket yang meminta uang Rp50.000 untuk legalisir memang melanggar aturan dan sudah dibebastugaskan sejak 2 Desember 2026. Uang Ibu dapat diambil kembali di ruang Sekretariat Disdukcapil, Senin–Jumat pukul 09.00–14.00 WIB.\nSalam,\nDisdukcapil Kota Pekalongan',
    ['apology'],
  ),
  reply(
    'b-od-24',
    'dpupr',
    'Sugeng siang Bapak. Matur nuwun laporanipun. Saluran di Gang Bayam sampun dikeruk tim DPUPR dinten Rabu, 2 Desember 2026.\nSalam, DPUPR Kota Pekalongan',
    ['apology'],
    overdue,
  ),
  nearMiss(
    ['apology'],
    reply(
      'b-od-25',
      'dinkes',
      'Ibu Hartini yang kami hormati, terima kasih atas kesabaran Ibu. Kami sangat menyesal jawaban ini baru kami kirim setelah tiga minggu. Bantuan beras untuk keluarga Ibu sudah bisa diambil di Kantor Pos Pekalongan pada Selasa, 8 Desember 2026 dengan membawa undangan dan KTP-el.\nSalam,\nDinas Sosial Kota Pekalongan',
      [],
      { ...dinsos, ...overdue },
    ),
  ),
  reply(
    'b-od-26',
    'dinkes',
    'Selamat pagi Ibu Tuti. Terima kasih laporannya. Betul, bidan jaga kami kemarin bersikap ketus kepada Ibu. Yang bersangkutan sudah ditegur Kepala Puskesmas pada 2 Desember 2026.\nSalam sehat,\nPuskesmas Noyontaan',
    ['apology'],
    puskesmas('Noyontaan'),
  ),
  nearMiss(
    ['apology'],
    reply(
      'b-od-27',
      'dlh',
      'Sugeng enjing Ibu Muniroh. Nyuwun pangapunten, tanggapan kami telat. Matur nuwun sampun sabar. Kontainer sampah baru untuk Pasar Podosugih dipasang DLH Senin, 7 Desember 2026.\nSalam,\nDLH Kota Pekalongan',
      ['informal'],
      overdue,
    ),
  ),
  reply('b-od-28', 'capil', 'Laporan Saudara sedang dalam proses.', ['greeting', 'thanks', 'apology', 'normatif', 'closing'], overdue),

  // SMS and WhatsApp: terse answers, sender tags, abbreviations, chat greetings; the closing is skipped where the
  // channel is a 160-character SMS.
  nearMiss(
    ['shouting'],
    reply(
      'b-sm-01',
      'capil',
      'Yth. Bpk/Ibu, KTP-el a.n. SITI AMINAH sdh jadi. Ambil di Disdukcapil Senin-Jumat 08.00-14.00 WIB bawa resi. Trm kasih.',
      ['informal'],
      sms,
    ),
  ),
  reply(
    'b-sm-02',
    'dpupr',
    'Laporan Anda No. 2026-11-4471 telah diterima DPUPR Kota Pekalongan. Terima kasih.',
    ['greeting', 'normatif'],
    sms,
  ),
  reply('b-sm-03', 'dlh', 'Bu, sampahnya besok pagi diangkut ya, jam 6an. Makasih 🙏', ['informal', 'normatif', 'closing']),
  nearMiss(
    ['closing'],
    reply(
      'b-sm-04',
      'dishub',
      'Yth. Bapak Ridho, lampu APILL di simpang Ponolawen sudah diperbaiki Dishub pukul 10.20 WIB hari ini. Terima kasih atas laporannya.',
      [],
      sms,
    ),
  ),
  reply(
    'b-sm-05',
    'dinkes',
    'Selamat pagi Bu, kuota vaksin hari ini sudah habis. Silakan datang lagi Senin 7/12 pukul 07.30 WIB, kami siapkan 50 dosis. Terima kasih.\nPuskesmas Pekalongan Selatan',
    [],
    puskesmas('Pekalongan Selatan'),
  ),
  reply('b-sm-06', 'satpol', 'Udh ditindak. Gak usah lapor2 lagi.', ['greeting', 'thanks', 'informal', 'blaming', 'normatif', 'closing']),
  nearMiss(
    ['normatif'],
    reply('b-sm-07', 'kelurahan', 'Pak, surat pengantar nikah sudah bisa diambil besok jam 8 di kelurahan. Trims.', ['informal'], sms),
  ),
  nearMiss(
    ['greeting'],
    reply(
      'b-sm-08',
      'dpupr',
      'PDAM Kota Pekalongan: Yth. Pelanggan, aliran air di wil. Podosugih & Medono terganggu krn perbaikan pipa, Jumat 4/12 pkl. 09.00-15.00 WIB. Mohon maaf atas ketidaknyamanannya.',
      ['thanks', 'informal'],
      { ...pdam, ...sms },
    ),
  ),
  reply(
    'b-sm-09',
    'capil',
    'Siang kak, NIK-nya sudah aktif lagi ya sejak tadi jam 11. Silakan coba daftar BPJS lagi. Terima kasih 🙏\nDisdukcapil Kota Pekalongan',
    ['informal'],
  ),
  reply('b-sm-10', 'dlh', 'Laporan sdh diteruskan ke petugas. Tks.', ['greeting', 'informal', 'normatif'], sms),
  reply(
    'b-sm-11',
    'dpupr',
    'Assalamualaikum Pak RT. Matur nuwun. Besok Sabtu 5/12 jam 07.00 alat berat DPUPR masuk ke Gang Jambu buat ngeruk saluran, mohon warga memindahkan motor dari gang ya Pak.\nDPUPR Kota Pekalongan',
    ['informal'],
  ),
  reply('b-sm-12', 'satpol', 'Yth. Bapak, petugas Satpol PP akan ke lokasi. Trm ksh.', ['informal', 'normatif'], sms),
  reply(
    'b-sm-13',
    'dinkes',
    'Bu, demamnya anak Ibu kemarin itu ga usah lebay gitu lah, cuma demam biasa kata dokter. Kalau masih panas besok bawa lagi ke Puskesmas Jenggot.',
    ['thanks', 'informal', 'blaming', 'closing'],
    puskesmas('Jenggot'),
  ),
  reply(
    'b-sm-14',
    'dinkes',
    'Yth. Ibu Sulastri, retribusi los Pasar Banjarsari bulan Desember tetap Rp3.000/hari, tidak ada kenaikan. Penarik yang meminta lebih sudah diganti per 1/12/2026. Terima kasih.\nDisdag Kota Pekalongan',
    [],
    disdag,
  ),
  reply('b-sm-15', 'kelurahan', 'Oke Bu, nanti kami sampaikan ke Pak RW.', ['greeting', 'thanks', 'informal', 'normatif', 'closing']),
  nearMiss(
    ['informal'],
    reply(
      'b-sm-16',
      'dpupr',
      'Yth. Ibu Warsini, terima kasih. Lubang di Jl. Kartini No. 12 ditambal tim DPUPR hari Senin 7 Des 2026 pkl. 09.00 WIB.',
      [],
      sms,
    ),
  ),
  reply(
    'b-sm-17',
    'capil',
    'DISDUKCAPIL KOTA PEKALONGAN: BERKAS AKTA KELAHIRAN ANDA SUDAH SELESAI. SILAKAN AMBIL DI LOKET 3 HARI KERJA PUKUL 08.00-14.00 WIB.',
    ['greeting', 'thanks', 'shouting'],
    sms,
  ),
  reply('b-sm-18', 'dishub', 'Mas, udah dicek td sore, lampunya emang mati. Bsk diganti. Thx', ['informal', 'normatif', 'closing']),

  // Emphasis: capitals and exclamation runs in warm, cold and rude replies, beside acronyms, quoted banners and single
  // exclamation marks that are not raised tone.
  reply(
    'b-em-01',
    'dlh',
    'Selamat pagi Bu Rina! Terima kasih banyak laporannya!! Truk DLH sudah mengangkut sampah di Gang Kenari tadi pukul 06.15 WIB, dan mulai minggu depan jadwalnya Selasa dan Jumat pagi.\nSalam, DLH Kota Pekalongan',
    ['exclamations'],
  ),
  reply(
    'b-em-02',
    'dpupr',
    'Bapak, tolong baca dulu pengumumannya dong!! Jalan ditutup karena pengecoran, bukan karena kami iseng. Dibuka lagi Senin, 7 Desember 2026.\nDPUPR',
    ['thanks', 'exclamations', 'informal', 'blaming'],
  ),
  reply(
    'b-em-03',
    'dishub',
    'Yth. Ibu, lampu lalu lintas di simpang Jl. Patiunus sudah kami perbaiki Selasa kemarin, kok masih dilaporkan lagi?! Terima kasih.\nDishub Kota Pekalongan',
    ['exclamations', 'informal', 'blaming'],
  ),
  reply(
    'b-em-04',
    'capil',
    'PENTING!! Mulai 1 Januari 2027 perekaman KTP-el di kecamatan DIHENTIKAN SEMENTARA. Yth. Bapak, terima kasih atas pertanyaannya; perekaman tetap bisa dilakukan di kantor Disdukcapil, Senin–Jumat pukul 08.00–14.00 WIB.\nDisdukcapil Kota Pekalongan',
    ['greeting', 'exclamations', 'shouting'],
  ),
  reply('b-em-05', 'satpol', 'Siap laksanakan!!! Besok pagi jam 7 tim Satpol PP langsung ke Pasar Kraton, Pak. Makasih infonya.', [
    'greeting',
    'exclamations',
    'informal',
    'closing',
  ]),
  reply(
    'b-em-06',
    'dpupr',
    'Mohon maaf!! Jadwal perbaikan pipa mundur ke Sabtu, 5 Desember 2026 karena material terlambat datang. Terima kasih atas kesabaran Bapak/Ibu.\nPDAM Kota Pekalongan',
    ['greeting', 'exclamations'],
    { ...pdam, ...overdue },
  ),
  reply(
    'b-em-07',
    'dlh',
    'Selamat siang Bapak. Terima kasih laporannya. Sekali lagi kami sampaikan, sampah TIDAK BOLEH dibuang di bantaran Kali Banger. Petugas DLH membersihkan tumpukan di sana Jumat, 4 Desember 2026.\nSalam,\nDLH Kota Pekalongan',
    ['shouting', 'blaming'],
  ),
  reply(
    'b-em-08',
    'dinkes',
    'Ibu, SEKALI LAGI kami jelaskan: obat ini hanya bisa diberikan dengan resep dokter. Silakan periksa dulu di poli umum Puskesmas Medono, buka Senin–Sabtu pukul 07.30–12.00 WIB.\nPuskesmas Medono',
    ['thanks', 'shouting', 'blaming'],
    puskesmas('Medono'),
  ),
  reply(
    'b-em-09',
    'kelurahan',
    'Selamat pagi Bapak Amir. Terima kasih. Surat keterangan usaha Bapak SUDAH JADI sejak Senin dan bisa diambil hari ini sampai pukul 15.00 WIB di loket kelurahan.\nSalam, Kelurahan Kuripan Kidul',
    ['shouting'],
  ),
  nearMiss(
    ['shouting'],
    reply(
      'b-em-10',
      'dpupr',
      'Yth. Bapak Suroso, terima kasih. Hasil survei UPTD PAL (Pengelolaan Air Limbah) DPUPR: IPAL komunal di RT 05 RW 11 tersumbat. Pengurasan dengan truk tinja dijadwalkan Rabu, 9 Desember 2026 pukul 08.00 WIB; biaya ditanggung APBD, tidak ada pungutan ke warga.\nSalam,\nDPUPR Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-em-11',
    'dinkes',
    'Ibu ini gimana sih, timbangan yang Ibu laporkan itu milik pedagang, bukan milik pasar?! Tapi baiklah, petugas metrologi kami menera ulang timbangan di Pasar Banyurip pada Selasa, 8 Desember 2026.\nDinas Perdagangan Kota Pekalongan',
    ['greeting', 'thanks', 'exclamations', 'informal', 'blaming'],
    disdag,
  ),
  reply(
    'b-em-12',
    'dishub',
    'SELAMAT PAGI BAPAK HERMAN. Terima kasih atas laporannya. Rambu peringatan sekolah di depan SD Negeri Bendan 01 dipasang Dishub pada Jumat, 4 Desember 2026.\nSalam, Dishub Kota Pekalongan',
    ['shouting'],
  ),
  nearMiss(
    ['shouting'],
    reply(
      'b-em-13',
      'satpol',
      'Selamat sore Ibu Narti. Terima kasih atas laporannya. Spanduk bertuliskan "JUAL TANAH KAVLING MURAH" di pagar taman kota sudah dicopot petugas Satpol PP tadi pukul 14.00 WIB; pemasangnya kami panggil Senin, 7 Desember 2026.\nSalam,\nSatpol PP Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-em-14',
    'dinkes',
    'Mohon maaf Ibu, pencairan BPNT bulan ini memang terlambat dari pusat!! Dana masuk ke rekening KKS paling lambat 15 Desember 2026. Terima kasih atas kesabarannya.\nDinas Sosial Kota Pekalongan',
    ['greeting', 'exclamations'],
    dinsos,
  ),
  reply(
    'b-em-15',
    'dpupr',
    'Selamat pagi Ibu. Terima kasih laporannya. Untuk keselamatan, JANGAN MELINTAS di jembatan Kali Pekalongan sampai perbaikan selesai Jumat, 11 Desember 2026. Tim DPUPR berjaga di lokasi setiap hari.\nSalam,\nDPUPR Kota Pekalongan',
    ['shouting'],
  ),
  nearMiss(
    ['exclamations', 'shouting'],
    reply(
      'b-em-16',
      'dinkes',
      'Selamat pagi Bapak Subhan! Terima kasih sudah ikut menjaga kesehatan warga. Fogging di RW 06 Kelurahan Bendan dilakukan petugas DBD Puskesmas Bendan pada Sabtu, 5 Desember 2026 pukul 06.00 WIB. Jangan lupa 3M Plus: menguras, menutup, mendaur ulang!\nSalam sehat,\nPuskesmas Bendan',
      [],
      puskesmas('Bendan'),
    ),
  ),

  // Harsh words: insults aimed at the resident or at third parties, beside negated, quoted and reported insults and terms
  // that only contain such a word (rabies, "parkir liar", "dasar penarikan").
  reply(
    'b-hw-01',
    'dlh',
    'Bu, yang buang kasur ke sungai itu orang bodoh. Tim DLH mengangkat kasur itu Kamis, 3 Desember 2026 pukul 09.00 WIB. Terima kasih laporannya.\nDLH Kota Pekalongan',
    ['harsh-words'],
  ),
  reply(
    'b-hw-02',
    'dpupr',
    'Pak, kontraktor yg ngerjain itu emang tolol. Udh kami suruh bongkar ulang, Senin 7/12 mulai dikerjain lagi. Makasih ya Pak.\nDPUPR',
    ['harsh-words', 'informal'],
  ),
  reply('b-hw-03', 'capil', 'Ibu jangan sok pintar. Syarat KIA sudah jelas di papan informasi.\nDisdukcapil', [
    'greeting',
    'thanks',
    'harsh-words',
    'blaming',
    'normatif',
  ]),
  nearMiss(
    ['harsh-words'],
    reply(
      'b-hw-04',
      'kelurahan',
      'Bapak Sahlan yang kami hormati, terima kasih atas laporannya. Kami sama sekali tidak menganggap Bapak tukang ngeluh; justru laporan Bapak membantu kami. Lampu penerangan gang di RT 01 RW 03 sudah dipasang 4 titik oleh kelurahan pada Rabu, 2 Desember 2026.\nSalam,\nKelurahan Kuripan Kidul',
      [],
    ),
  ),
  nearMiss(
    ['harsh-words'],
    reply(
      'b-hw-05',
      'dinkes',
      'Selamat siang Ibu Asih, terima kasih atas laporannya. Anjing yang menggigit anak Ibu diduga anjing gila; petugas Dinkes dan Dinas Pertanian mengobservasi anjing tersebut selama 14 hari sejak 1 Desember 2026. Anak Ibu mendapat vaksin anti rabies dosis kedua di Puskesmas Pekalongan Utara pada Senin, 7 Desember 2026.\nSalam sehat,\nDinkes Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-hw-06',
    'dinkes',
    'Selamat pagi Bapak. Terima kasih laporannya. Pengunjung yang membuang sampah sembarangan di pasar itu memang kampungan. Mulai Senin, 7 Desember 2026 kami pasang 20 tempat sampah dan 2 petugas kebersihan tambahan di Pasar Grogolan.\nDinas Perdagangan Kota Pekalongan',
    ['harsh-words'],
    disdag,
  ),
  reply('b-hw-07', 'dishub', 'Yang parkir di trotoar itu otaknya di mana sih. Besok kami derek.\nDishub', [
    'greeting',
    'thanks',
    'harsh-words',
    'informal',
  ]),
  nearMiss(
    ['harsh-words', 'apology'],
    reply(
      'b-hw-08',
      'dpupr',
      'Selamat pagi Bapak Suyono. Terima kasih atas laporannya. Kami mencatat keluhan Bapak bahwa "petugasnya bodoh semua" dan menerimanya sebagai kritik. Kesalahan pengukuran garis sempadan di rumah Bapak sudah diperbaiki tim DPUPR pada 2 Desember 2026. Kami mohon maaf atas kekeliruan tersebut.\nSalam,\nDPUPR Kota Pekalongan',
      [],
    ),
  ),
  reply('b-hw-09', 'dlh', 'Bu, jgn bego deh, kalo sampah dicampur ya ga bakal diterima bank sampah. Pisahin dulu organik sama plastik.', [
    'thanks',
    'harsh-words',
    'blaming',
    'informal',
    'normatif',
    'closing',
  ]),
  reply(
    'b-hw-10',
    'dinkes',
    'Keluarga pasien jangan cerewet, dokter sedang bekerja. Hasil lab keluar besok pukul 10.00 WIB.\nPuskesmas Bendan',
    ['greeting', 'thanks', 'harsh-words', 'blaming'],
    puskesmas('Bendan'),
  ),
  reply('b-hw-11', 'capil', 'Ibu itu TUKANG FITNAH!! Tidak ada petugas kami yang minta uang.\nDisdukcapil Kota Pekalongan', [
    'greeting',
    'thanks',
    'harsh-words',
    'blaming',
    'shouting',
    'exclamations',
    'normatif',
  ]),
  nearMiss(
    ['harsh-words', 'apology'],
    reply(
      'b-hw-12',
      'dinkes',
      'Selamat siang Bapak Muslih, terima kasih atas laporannya. Pendamping PKH yang Bapak sebut kurang ajar sudah kami panggil pada 2 Desember 2026. Bila terbukti meminta potongan bantuan, yang bersangkutan diberhentikan; hasil pemeriksaan kami kabarkan paling lambat 16 Desember 2026. Kami mohon maaf atas perlakuan tersebut.\nSalam,\nDinas Sosial Kota Pekalongan',
      [],
      dinsos,
    ),
  ),
  nearMiss(
    ['harsh-words', 'blaming'],
    reply(
      'b-hw-13',
      'dinkes',
      'Selamat malam Bapak. Terima kasih. Tidak ada yang bilang Bapak goblok, petugas kami hanya menjelaskan syaratnya. Izin usaha mikro Bapak bisa terbit besok, Jumat 4 Desember 2026, setelah foto lokasi usaha diunggah ke OSS.\nSalam,\nDPMPTSP Kota Pekalongan',
      [],
      dpmptsp,
    ),
  ),
  reply(
    'b-hw-14',
    'dpupr',
    'Selamat siang, Bapak Darmin. Terima kasih atas laporannya. Pemasangan paving oleh pemborong di Gang Duku memang ngawur, permukaannya tidak rata. Kami mohon maaf; pemborong wajib membongkar dan memasang ulang pada 8–12 Desember 2026 atas biayanya sendiri, diawasi DPUPR.\nSalam,\nDPUPR Kota Pekalongan',
    ['harsh-words'],
  ),
  nearMiss(
    ['harsh-words'],
    reply(
      'b-hw-15',
      'satpol',
      'Selamat pagi Bapak Arifin, terima kasih atas laporannya. Tim gabungan Satpol PP dan Dishub menertibkan parkir liar dan pungutan liar di depan Stasiun Pekalongan pada Jumat, 4 Desember 2026 mulai pukul 07.00 WIB; juru parkir resmi memakai kartu identitas dan memberi karcis.\nSalam,\nSatpol PP Kota Pekalongan',
      [],
    ),
  ),
  nearMiss(
    ['blaming', 'harsh-words'],
    reply(
      'b-hw-16',
      'dlh',
      'Selamat pagi Ibu Suwarti, terima kasih atas pertanyaannya. Dasar penarikan retribusi sampah Rp10.000 per rumah per bulan adalah perda retribusi daerah, dan pembayarannya hanya melalui petugas DLH yang membawa karcis bernomor. Penarik tanpa karcis di RW Ibu kami datangi bersama ketua RW pada Sabtu, 5 Desember 2026.\nSalam,\nDLH Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-hw-17',
    'dpupr',
    'Bapak ini bebal sekali, sudah dua kali dijelaskan meteran itu rusak karena segelnya dibuka sendiri.',
    ['greeting', 'thanks', 'harsh-words', 'blaming', 'normatif', 'closing'],
    pdam,
  ),

  // Other topics and registers: schools, markets, permits, social aid, water, transport, in every tone.
  reply(
    'b-tp-01',
    'dinkes',
    'Selamat siang Ibu Farida. Terima kasih atas pertanyaannya. Untuk SPMB 2027, jarak rumah Ibu ke SMP Negeri 2 Pekalongan dihitung dari titik koordinat pada KK, bukan dari alamat di KTP-el. Operator kami sudah memperbaiki titik koordinat Ibu pada 2 Desember 2026; silakan cek ulang di laman SPMB mulai Senin, 7 Desember 2026.\nHormat kami,\nDinas Pendidikan Kota Pekalongan',
    [],
    dindik,
  ),
  reply('b-tp-02', 'dinkes', 'Siang Bu, bansosnya msh diproses ya. Ditunggu aja.\nDinsos', ['thanks', 'informal', 'normatif'], dinsos),
  reply(
    'b-tp-03',
    'dpupr',
    'Yth. Bapak Rohmat, terima kasih atas laporannya. Seharusnya Bapak melapor lewat call center, bukan lewat media sosial, supaya cepat kami tangani. Pipa bocor di depan rumah Bapak sudah kami perbaiki Selasa, 1 Desember 2026.\nPDAM Kota Pekalongan',
    ['blaming', 'apology'],
    { ...pdam, ...overdue },
  ),
  reply(
    'b-tp-04',
    'dishub',
    'Assalamualaikum Bapak Sholeh. Terima kasih atas masukannya. Mulai Senin, 14 Desember 2026 trayek angkutan kota jurusan Terminal–Kraton diperpanjang sampai Perumahan Kuripan Asri, dengan jam operasi pukul 05.30–18.00 WIB. Dishub juga memasang dua halte baru di Jl. Ahmad Yani minggu depan.\nWassalamualaikum,\nDishub Kota Pekalongan',
    [],
  ),
  reply(
    'b-tp-05',
    'dinkes',
    'Relokasi pedagang Pasar Banjarsari sudah sesuai keputusan wali kota dan tidak dapat diubah. Pedagang dimohon mengikuti ketentuan.\nDinas Perdagangan Kota Pekalongan',
    ['greeting', 'thanks', 'normatif'],
    disdag,
  ),
  reply(
    'b-tp-06',
    'dinkes',
    'Dengan hormat, Bapak. Terima kasih. Sepertinya Bapak belum paham bedanya NIB dan izin usaha, jadi kami jelaskan pelan-pelan ya: NIB terbit otomatis di OSS begitu data Bapak lengkap, tanpa perlu datang ke kantor. Data Bapak sudah lengkap sejak 2 Desember 2026, jadi NIB sudah bisa diunduh hari ini.\nHormat kami,\nDPMPTSP Kota Pekalongan',
    ['blaming'],
    dpmptsp,
  ),
  nearMiss(
    ['normatif'],
    reply(
      'b-tp-07',
      'dinkes',
      'Selamat pagi Bapak Samsul. Terima kasih atas pertanyaannya. Pindah faskes BPJS Kesehatan dari Puskesmas Tirto ke Puskesmas Kusuma Bangsa bisa lewat aplikasi Mobile JKN dan berlaku mulai tanggal 1 bulan berikutnya, jadi per 1 Januari 2027. Sampai akhir Desember Bapak tetap berobat di Puskesmas Tirto.\nSalam sehat,\nPuskesmas Tirto',
      [],
      puskesmas('Tirto'),
    ),
  ),
  reply(
    'b-tp-08',
    'kelurahan',
    'Yth. Ibu Wartini, terima kasih. Bukankah surat undangan kerja bakti sudah diedarkan Ketua RT sejak minggu lalu? Kerja bakti membersihkan saluran tetap dilaksanakan Minggu, 6 Desember 2026 pukul 06.30 WIB.\nSalam,\nKelurahan Kuripan Kidul',
    ['blaming'],
  ),
  reply(
    'b-tp-09',
    'dlh',
    'Pagi Pak, mohon ditunggu ya, tim lagi banyak kerjaan. Senin 7/12 kami ke lokasi.\nDLH Kota Pekalongan',
    ['thanks', 'informal', 'apology'],
    overdue,
  ),
  nearMiss(
    ['authority'],
    reply(
      'b-tp-10',
      'dpupr',
      'Selamat malam Ibu Aisyah, terima kasih atas laporannya. Lampu penerangan jalan umum dikelola Dishub, bukan DPUPR. Laporan Ibu sudah kami teruskan ke Dishub malam ini pukul 19.15 WIB, dan petugas Dishub menjadwalkan penggantian lampu Jumat, 4 Desember 2026.\nSalam,\nDPUPR Kota Pekalongan',
      [],
    ),
  ),
  reply('b-tp-11', 'capil', 'Sudah.', ['greeting', 'thanks', 'normatif', 'closing']),
  reply(
    'b-tp-12',
    'dinkes',
    'Ibu Sumiyati yang baik, kami membaca pesan Ibu dengan sedih. Mohon maaf, nama Ibu memang terhapus dari daftar penerima BPNT saat pemutakhiran data bulan Oktober karena salah input NIK oleh operator kami. Data sudah kami perbaiki pada 1 Desember 2026, dan bantuan bulan Desember cair bersama tahap berikutnya paling lambat 20 Desember 2026.\nSalam,\nDinas Sosial Kota Pekalongan',
    ['thanks'],
    dinsos,
  ),
  reply(
    'b-tp-13',
    'dishub',
    'Selamat sore. Anda sudah tiga kali melaporkan hal yang sama; petugas kami sudah menjelaskan bahwa pemasangan polisi tidur di jalan kota harus melalui kajian. Kajian untuk Jl. Kurinci dijadwalkan Januari 2027 oleh Dishub.\nDishub Kota Pekalongan',
    ['thanks', 'blaming'],
  ),
  nearMiss(
    ['blaming', 'informal', 'apology'],
    reply(
      'b-tp-14',
      'dpupr',
      'Selamat siang Bapak Agung. Terima kasih atas laporannya. Kami sudah mendengar rekaman telepon ketika petugas kami berkata "urus aja sendiri, lu"; ucapan itu tidak pantas dan petugas tersebut sudah diberi sanksi pada 2 Desember 2026. Mohon maaf. Kebocoran meteran air Bapak diperbaiki tim PDAM besok, Jumat 4 Desember 2026 pukul 09.00 WIB.\nSalam,\nPDAM Kota Pekalongan',
      [],
      pdam,
    ),
  ),
  nearMiss(
    ['harsh-words'],
    reply('b-tp-15', 'dlh', 'Pagi Bu, gak ada yang bilang Ibu bodoh kok. Laporannya udah kami terusin ke bagian terkait ya.\nAdmin DLH', [
      'thanks',
      'informal',
      'normatif',
    ]),
  ),

  // Further hard cases: runs of exclamation marks in warm and cold replies, vague and named bodies, a salam in other
  // words, Javanese krama, "uang terima kasih", closings signed by a person or by the unit's long name.
  reply(
    'b-hc-01',
    'dpupr',
    'Alhamdulillah sudah beres ya Bu!!! Makasih banyak sudah lapor 🙏 Saluran depan rumah Ibu sudah dikeruk tim DPUPR tadi pagi.\nDPUPR Kota Pekalongan',
    ['greeting', 'exclamations', 'informal'],
  ),
  reply(
    'b-hc-02',
    'dpupr',
    "Yth. Bapak, apa maksudnya laporan 'jalan rusak' tanpa nama jalan?!! Mohon dilengkapi.\nDPUPR Kota Pekalongan",
    ['thanks', 'exclamations', 'blaming', 'normatif'],
  ),
  nearMiss(
    ['exclamations'],
    reply(
      'b-hc-03',
      'dlh',
      'Halo Ibu Nia! Terima kasih laporannya! Sampah di Jl. Otista sudah diangkut DLH tadi pukul 08.00 WIB! Mulai Senin, 7 Desember 2026 truk lewat setiap hari.\nSalam, DLH Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-hc-04',
    'capil',
    'Selamat siang Bapak, terima kasih. Lift di Mal Pelayanan Publik bukan tanggung jawab kami, silakan hubungi pengelola gedung.\nDisdukcapil Kota Pekalongan',
    ['authority', 'normatif'],
  ),
  reply(
    'b-hc-05',
    'dishub',
    'Dengan hormat,\nberkenaan dengan pengaduan Saudara tentang tarif tol, perlu kami sampaikan bahwa hal tersebut bukan kewenangan Pemerintah Kota Pekalongan. Terima kasih atas perhatian Saudara.\n\nDishub Kota Pekalongan',
    ['authority', 'normatif'],
  ),
  nearMiss(
    ['authority', 'apology'],
    reply(
      'b-hc-06',
      'kelurahan',
      'Selamat pagi Ibu Rukmini. Mohon maaf jawaban kami terlambat, dan terima kasih atas kesabarannya. Pemadaman listrik bergilir di wilayah kami adalah wewenang PLN UP3 Pekalongan, bukan kelurahan. Kami sudah meminta jadwalnya ke PLN pada 2 Desember 2026: pemadaman terakhir Sabtu, 5 Desember 2026 pukul 09.00–12.00 WIB.\nSalam,\nKelurahan Kuripan Kidul',
      [],
      overdue,
    ),
  ),
  reply('b-hc-07', 'dinkes', 'Bu, yang ngurus sinyal HP itu bukan kami ya, masa Dinkes disuruh benerin tower 😅', [
    'thanks',
    'authority',
    'informal',
    'blaming',
    'normatif',
    'closing',
  ]),
  reply(
    'b-hc-08',
    'capil',
    'Yth. Bapak Rizki, terima kasih atas laporannya. Aplikasi antrean daring Disdukcapil memang sempat galat pada 30 November–2 Desember 2026 sehingga nomor antrean Bapak hilang. Sistem sudah diperbaiki, dan Bapak mendapat antrean prioritas Senin, 7 Desember 2026 pukul 08.00 WIB.\nSalam,\nDisdukcapil Kota Pekalongan',
    ['apology'],
  ),
  nearMiss(
    ['greeting'],
    reply(
      'b-hc-09',
      'dinkes',
      'Salam sejahtera untuk Bapak Yohanes. Terima kasih atas laporannya. Kursi tunggu yang rusak di ruang tunggu Puskesmas Krapyak Kidul diganti 20 kursi baru pada Rabu, 9 Desember 2026.\nSalam sehat,\nPuskesmas Krapyak Kidul',
      [],
      puskesmas('Krapyak Kidul'),
    ),
  ),
  reply(
    'b-hc-10',
    'dpupr',
    'Menanggapi laporan Saudara, jalan di depan SD Negeri Klego 02 sudah ditambal DPUPR pada 2 Desember 2026. Terima kasih.\nDPUPR Kota Pekalongan',
    ['greeting'],
  ),
  reply(
    'b-hc-11',
    'dlh',
    'Selamat siang Ibu Erna. DLH KOTA PEKALONGAN MENGUCAPKAN TERIMA KASIH atas laporan Ibu. Bank sampah di RW 09 menerima minyak jelantah setiap Sabtu pukul 08.00–11.00 WIB mulai 12 Desember 2026.\nSalam lestari,\nDLH Kota Pekalongan',
    ['shouting'],
  ),
  nearMiss(
    ['informal'],
    reply(
      'b-hc-12',
      'kelurahan',
      'Sugeng sonten Bapak Parjo. Matur nuwun. Monggo surat pengantar Bapak dipendhet wonten kelurahan dinten Jumat, 4 Desember 2026 jam 08.00–12.00 WIB nggih.\nKelurahan Kuripan Kidul',
      [],
    ),
  ),
  nearMiss(
    ['blaming'],
    reply(
      'b-hc-13',
      'dpupr',
      'Selamat pagi Bapak Hamdan, terima kasih atas laporannya. Saluran di Jl. Seroja sudah dikuras tim DPUPR pada Rabu, 2 Desember 2026. Mari bersama menjaga saluran agar tidak dipakai membuang sampah, supaya banjir seperti minggu lalu tidak terulang.\nSalam,\nDPUPR Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-hc-14',
    'dishub',
    'Selamat sore Ibu Nafisah, terima kasih atas laporannya. Sebenarnya kalau warga di sekitar ikut menjaga, lampu taman tidak akan dirusak terus. Lampu di Taman Sorogenen diganti Dishub Senin, 7 Desember 2026.\nSalam,\nDishub Kota Pekalongan',
    ['blaming'],
  ),
  reply(
    'b-hc-15',
    'dpupr',
    'Selamat pagi Bapak Ali, terima kasih atas laporannya. Laporan Bapak sudah kami terima pada 3 Desember 2026 pukul 09.12 WIB dan sudah diteruskan ke bidang terkait pada hari yang sama.\nSalam,\nDPUPR Kota Pekalongan',
    ['normatif'],
  ),
  nearMiss(
    ['normatif'],
    reply(
      'b-hc-16',
      'dlh',
      'Yth. Ibu Laras, terima kasih. Petugas DLH akan memangkas pohon ketapang di depan rumah Ibu dalam 3 hari kerja sejak hari ini.\nSalam,\nDLH Kota Pekalongan',
      [],
    ),
  ),
  reply(
    'b-hc-17',
    'capil',
    'Selamat siang Bapak Jono. Tidak ada uang terima kasih atau biaya apa pun untuk pengurusan akta kematian. Akta almarhum ayah Bapak sudah jadi dan dapat diambil Senin, 7 Desember 2026 di loket 3.\nSalam,\nDisdukcapil Kota Pekalongan',
    ['thanks'],
  ),
  nearMiss(
    ['thanks'],
    reply(
      'b-hc-18',
      'dinkes',
      'Ibu Winarsih, selamat pagi. Kami sangat berterima kasih atas laporan Ibu. Tempat sampah medis di Puskesmas Pekalongan Utara kini dikosongkan setiap hari pukul 14.00 WIB oleh petugas kebersihan, mulai 3 Desember 2026.\nSalam sehat,\nPuskesmas Pekalongan Utara',
      [],
      puskesmas('Pekalongan Utara'),
    ),
  ),
  nearMiss(
    ['closing'],
    reply(
      'b-hc-19',
      'dpupr',
      'Assalamualaikum Ibu Mardiyah. Terima kasih atas laporannya. Tutup saluran yang hilang di Jl. Sumatera diganti dengan tutup beton oleh tim kami pada Jumat, 4 Desember 2026.\nWassalam,\nDinas Pekerjaan Umum dan Penataan Ruang',
      [],
    ),
  ),
  reply(
    'b-hc-20',
    'dpupr',
    'Yth. Bapak Saiful, terima kasih atas laporannya. Tim Bina Marga DPUPR memasang pagar pengaman di tikungan Jl. Jlamprang pada Selasa, 8 Desember 2026.\n\nHormat kami,\nIr. Bambang Sutejo, M.T.\nKepala Bidang Bina Marga',
    ['closing'],
  ),
];
