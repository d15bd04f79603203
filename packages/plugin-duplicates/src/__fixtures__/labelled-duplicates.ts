/**
 * A labelled set for duplicate suggestions, written for aduan: each problem is reported two to four
 * times in different words (formal, WhatsApp style, with typos), and decoys of the same category and
 * kelurahan describe other problems. Complaints of one problem are duplicates of each other; nothing
 * else is.
 */
export interface LabelledComplaint {
  /** The problem it reports; equal keys mean duplicates, `decoy-…` keys are unique. */
  problem: string;
  category: string;
  kelurahan: string;
  title: string;
  description: string;
}

const c = (problem: string, category: string, kelurahan: string, title: string, description: string): LabelledComplaint => ({
  problem,
  category,
  kelurahan,
  title,
  description,
});

export const LABELLED_COMPLAINTS: readonly LabelledComplaint[] = [
  c(
    'lubang-sriwijaya',
    'jalan',
    'Kuripan Kidul',
    'Jalan berlubang di Jl. Sriwijaya',
    'Ada lubang besar di Jalan Sriwijaya depan toko bangunan, sudah dua motor jatuh.',
  ),
  c(
    'lubang-sriwijaya',
    'jalan',
    'Kuripan Kidul',
    'Lubang jln sriwijaya',
    'jln sriwijaya depan toko bangunan bolong gede bgt, bahaya buat motor',
  ),
  c(
    'lubang-sriwijaya',
    'jalan',
    'Kuripan Kidul',
    'Tolong tambal lubang',
    'Lubang di jalan Sriwijaya dekat toko material makin lebar, pengendara motor sering terjatuh.',
  ),
  c(
    'aspal-sriwijaya-ujung',
    'jalan',
    'Kuripan Kidul',
    'Aspal mengelupas',
    'Aspal di ujung gang Sriwijaya 3 mengelupas dan berkerikil sepanjang 20 meter.',
  ),
  c('aspal-sriwijaya-ujung', 'jalan', 'Kuripan Kidul', 'Jalan gang rusak', 'gg sriwijaya 3 aspalnya ngelupas semua, kerikil berserakan'),
  c(
    'decoy-jalan-1',
    'jalan',
    'Kuripan Kidul',
    'Polisi tidur terlalu tinggi',
    'Polisi tidur di perumahan Kuripan terlalu tinggi sehingga mobil tergores.',
  ),
  c('decoy-jalan-2', 'jalan', 'Kuripan Kidul', 'Trotoar retak', 'Trotoar di depan SD Kuripan retak dan pavingnya lepas.'),

  c(
    'sampah-pasar-banjarsari',
    'sampah',
    'Kauman',
    'Sampah menumpuk di Pasar Banjarsari',
    'Tumpukan sampah di belakang Pasar Banjarsari sudah tiga hari tidak diangkut dan berbau.',
  ),
  c(
    'sampah-pasar-banjarsari',
    'sampah',
    'Kauman',
    'Sampah pasar bau',
    'sampah blkg pasar banjarsari numpuk udh 3 hr gak diangkut, bau bgt',
  ),
  c(
    'sampah-pasar-banjarsari',
    'sampah',
    'Kauman',
    'Belum diangkut',
    'Mohon sampah di belakang pasar Banjarsari segera diangkut, baunya sampai ke rumah warga.',
  ),
  c(
    'tps-liar-kauman',
    'sampah',
    'Kauman',
    'TPS liar di tepi sungai',
    'Warga membuang sampah di tepi sungai Kauman dekat jembatan sehingga menjadi TPS liar.',
  ),
  c(
    'tps-liar-kauman',
    'sampah',
    'Kauman',
    'Buang sampah di sungai',
    'banyak org buang sampah di pinggir sungai dkt jembatan kauman, jadi tempat sampah liar',
  ),
  c('decoy-sampah-1', 'sampah', 'Kauman', 'Tong sampah rusak', 'Tong sampah di taman kota rusak dan tutupnya hilang.'),
  c(
    'decoy-sampah-2',
    'sampah',
    'Kauman',
    'Jadwal angkut',
    'Petugas angkut sampah datang terlalu pagi sehingga warga belum sempat mengeluarkan sampah.',
  ),

  c(
    'selokan-mampet-medono',
    'drainase',
    'Medono',
    'Selokan mampet',
    'Selokan di RT 03 RW 05 Medono mampet karena lumpur, air meluap ke jalan saat hujan.',
  ),
  c(
    'selokan-mampet-medono',
    'drainase',
    'Medono',
    'Saluran tersumbat lumpur',
    'Saluran air RT 3 RW 5 tersumbat lumpur, setiap hujan air naik ke jalan.',
  ),
  c(
    'selokan-mampet-medono',
    'drainase',
    'Medono',
    'Got penuh lumpur',
    'got di rt 03 rw 05 penuh lumpur, mampet, kalo hujan banjir ke jalan',
  ),
  c(
    'genangan-jl-medono',
    'drainase',
    'Medono',
    'Genangan air di jalan utama',
    'Jalan utama Medono depan masjid selalu tergenang setinggi lutut setelah hujan deras.',
  ),
  c(
    'genangan-jl-medono',
    'drainase',
    'Medono',
    'Banjir depan masjid',
    'depan masjid medono banjir selutut tiap hujan deras, jalan gak bisa dilewati',
  ),
  c(
    'decoy-drainase-1',
    'drainase',
    'Medono',
    'Tutup gorong-gorong hilang',
    'Tutup gorong-gorong di dekat sekolah hilang, berbahaya untuk anak-anak.',
  ),
  c(
    'decoy-drainase-2',
    'drainase',
    'Medono',
    'Talud sungai longsor',
    'Talud sungai di belakang perumahan Medono longsor sepanjang lima meter.',
  ),

  c(
    'pju-mati-hos',
    'pju',
    'Podosugih',
    'Lampu jalan mati',
    'Lampu penerangan jalan di Jl. HOS Cokroaminoto depan apotek mati sejak seminggu.',
  ),
  c('pju-mati-hos', 'pju', 'Podosugih', 'PJU padam', 'PJU jl hos cokroaminoto dpn apotek mati udh seminggu, gelap bgt malam'),
  c(
    'pju-mati-hos',
    'pju',
    'Podosugih',
    'Penerangan jalan padam',
    'Penerangan jalan umum di depan apotek Jalan HOS Cokroaminoto padam, rawan kejahatan.',
  ),
  c('pju-kedip-podosugih', 'pju', 'Podosugih', 'Lampu berkedip', 'Lampu jalan di gang Podosugih 2 berkedip terus sepanjang malam.'),
  c('pju-kedip-podosugih', 'pju', 'Podosugih', 'Lampu kedip-kedip', 'lampu jln gg podosugih 2 kedip2 trs tiap malam'),
  c(
    'decoy-pju-1',
    'pju',
    'Podosugih',
    'Tiang lampu miring',
    'Tiang lampu di perempatan Podosugih miring hampir roboh karena tertabrak truk.',
  ),
  c(
    'decoy-pju-2',
    'pju',
    'Podosugih',
    'Usulan lampu baru',
    'Mohon pemasangan lampu jalan baru di jalan tembus perumahan yang masih gelap.',
  ),

  c(
    'pohon-tumbang-merdeka',
    'pohon',
    'Kergon',
    'Pohon tumbang',
    'Pohon angsana tumbang menutup Jalan Merdeka dekat alun-alun setelah angin kencang.',
  ),
  c('pohon-tumbang-merdeka', 'pohon', 'Kergon', 'Pohon roboh tutup jalan', 'pohon angsana roboh di jl merdeka dkt alun2, jalan ketutup'),
  c(
    'dahan-rawan-kergon',
    'pohon',
    'Kergon',
    'Dahan rawan patah',
    'Dahan pohon beringin di depan SMP Kergon sudah retak dan rawan patah menimpa siswa.',
  ),
  c(
    'dahan-rawan-kergon',
    'pohon',
    'Kergon',
    'Mohon pangkas pohon',
    'Tolong dahan beringin depan SMP Kergon dipangkas, sudah retak dan bisa jatuh ke siswa.',
  ),
  c('decoy-pohon-1', 'pohon', 'Kergon', 'Akar pohon rusak trotoar', 'Akar pohon di Jalan Kergon merusak trotoar dan saluran.'),
  c('decoy-pohon-2', 'pohon', 'Kergon', 'Daun berserakan', 'Daun kering dari pohon taman berserakan dan menyumbat selokan.'),

  c(
    'pipa-bocor-bendan',
    'air',
    'Bendan',
    'Pipa air bocor',
    'Pipa PDAM di depan rumah nomor 12 Jalan Bendan bocor, air terbuang sejak kemarin.',
  ),
  c(
    'pipa-bocor-bendan',
    'air',
    'Bendan',
    'Kebocoran pipa PDAM',
    'pipa pdam depan rmh no 12 jl bendan bocor, air ngalir terus dari kemarin',
  ),
  c('pipa-bocor-bendan', 'air', 'Bendan', 'Air PDAM terbuang', 'Air dari pipa PDAM yang bocor di Jl. Bendan nomor 12 mengalir ke jalan.'),
  c('air-keruh-bendan', 'air', 'Bendan', 'Air keruh', 'Air PDAM di perumahan Bendan keruh kecoklatan sejak tiga hari.'),
  c('air-keruh-bendan', 'air', 'Bendan', 'Air PDAM coklat', 'air pdam perum bendan coklat keruh udh 3 hari, gak bisa buat masak'),
  c('decoy-air-1', 'air', 'Bendan', 'Air tidak mengalir', 'Air PDAM tidak mengalir sama sekali di RT 07 sejak pagi.'),
  c('decoy-air-2', 'air', 'Bendan', 'Tagihan air naik', 'Tagihan air bulan ini naik dua kali lipat padahal pemakaian sama.'),

  c(
    'parkir-liar-pasar',
    'parkir',
    'Kauman',
    'Parkir liar di depan pasar',
    'Parkir liar di depan Pasar Banjarsari memakan separuh jalan dan membuat macet.',
  ),
  c(
    'parkir-liar-pasar',
    'parkir',
    'Kauman',
    'Macet karena parkir',
    'parkir liar dpn pasar banjarsari bikin macet, separuh jalan dipakai parkir',
  ),
  c('decoy-parkir-1', 'parkir', 'Kauman', 'Tarif parkir mahal', 'Juru parkir di alun-alun menarik tarif melebihi ketentuan.'),
  c(
    'decoy-parkir-2',
    'parkir',
    'Kauman',
    'Parkir di trotoar',
    'Mobil diparkir di atas trotoar Jalan Hayam Wuruk sehingga pejalan kaki turun ke jalan.',
  ),
];
