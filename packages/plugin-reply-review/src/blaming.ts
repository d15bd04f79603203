import { meantInsults } from './harsh-words.js';
import type { RuleHit } from './reply-context.js';
import type { ReplyText } from './reply-text.js';

// The resident, however a reply names them (on the normalised text: "sdr" is already "saudara").
const RESIDENT = '(?:anda|kamu|bapak|ibu|saudara|saudari|warga|pelapor|pengadu|masyarakat)';
const COMPLAINING = '(?:lapor|melapor|melaporkan|mengadu|mengeluh|protes|komplain|menuntut|menyalahkan|salahkan|marah marah|menggerutu)';
// What a resident is blamed for doing, or failing to do, right after being named ("karena warga membuang…").
const FAULT =
  '(?:sendiri|tidak (?!mampu|memiliki|punya)|kurang|belum|lupa|lalai|terlambat|salah|kelebihan|melebihi|membuang|buang|menutup|parkir|memarkir|membangun|mendirikan|melanggar|mengabaikan|menggali|merusak|membakar|menimbun|menaruh|menumpuk|sembarangan|ceroboh|teledor)';
// What residents do that a reply tells them off for ("jangan parkir di situ lagi ya").
const RESIDENT_ACT =
  '(?:parkir|memarkir|buang|membuang|taruh|menaruh|meletakkan|menutup|membakar|berjualan|menggali|membangun|menumpuk|menimbun|mengulangi)';
const WE = '(?:kami|saya|dinas|petugas|pemerintah|pemkot|kelurahan|kecamatan|instansi)';

/**
 * Phrases that put the blame on the resident, lecture them, dismiss them or talk down to them, on
 * the normalised text (informal forms written out, so "aja" is "saja" and "gak" is "tidak"). Grouped
 * by what they do; each is a whole phrase, so a polite sentence with the same words does not match.
 */
const BLAMING_PHRASES: readonly string[] = [
  // The fault is the resident's: "salah Bapak sendiri", "itu kesalahan Ibu", "karena warga sendiri".
  `bukan (?:urusan|salah|masalah|kesalahan) ${WE}`,
  `(?<!bukan )(?<!bukan karena )(?<!tidak )salah (?:${RESIDENT}|sendiri)`,
  `(?<!bukan )(?<!bukan karena )(?<!tidak ada )(?:kesalahan|ulah|kelalaian|kecerobohan|kebiasaan buruk|keteledoran|kelakuan) (?:${RESIDENT}|sendiri)`,
  `(?:sembarangan|seenaknya|sesuka hati|tidak tertib) oleh ${RESIDENT}`,
  `(?:karena|akibat|gara gara|disebabkan(?: oleh)?|ditimbulkan(?: oleh)?) (?:ulah |kelakuan |kebiasaan |sikap )?${RESIDENT} sendiri`,
  `${RESIDENT} sendiri (?:yang )?(?:salah|lalai|membuang|menyebabkan|membuat|tidak|kurang|terlambat|teledor|ceroboh)`,
  `(?:risiko|resiko|tanggung jawab|urusan) ${RESIDENT} sendiri`,
  `(?:disebabkan|diakibatkan|ditimbulkan|dipicu) (?:oleh )?(?:ulah |kelakuan |perilaku |kebiasaan )?${RESIDENT}`,
  `(?:akibat|karena) (?:ulah|kelakuan|perilaku|kebiasaan|ketidakdisiplinan) ${RESIDENT}`,
  `${RESIDENT} (?:sendiri )?(?:yang )?(?:tidak|kurang) (?:disiplin|peduli|sadar|tertib|teliti|sabar|paham|mengerti|membaca|memperhatikan)`,
  `(?:kalau|jika|seandainya|andai|coba) (?:saja )?${RESIDENT} (?:tidak|mau|lebih|sudah|dari awal)[^.]{0,80}(?:tidak (?:akan )?(?:terjadi|begini|seperti ini|rusak|banjir|ada|muncul))`,
  `${RESIDENT} (?:yang )?(?:membuang|buang) sampah sembarangan`,
  `dibuang (?:oleh )?${RESIDENT} (?:secara )?sembarangan`,
  // The cause put on the resident: "karena warga membuang…", "akibat truk milik Bapak sendiri", "ditolak karena Ibu tidak…".
  // "karena laporan Bapak terlambat kami tangani" names the resident's report, not the resident, as what was late.
  `(?:karena|akibat|gara gara|disebabkan|diakibatkan|lantaran|sebab)(?: \\p{L}+){0,5} (?<!(?:laporan|aduan|surat|berkas|permohonan|pengajuan|dokumen|data|pesan) )${RESIDENT}(?: \\p{L}+){0,2}? ${FAULT}(?! kami)`,
  // Lecturing: "seharusnya Ibu…", "makanya", "lain kali jangan…", "sudah berkali-kali kami sampaikan".
  'makanya',
  'sebagai warga yang baik',
  `(?:tolong|harap|mohon) (?:${RESIDENT} )?(?:pahami|dipahami|mengerti|dimengerti)(?! (?:kondisi|keadaan) (?:kami|ini))`,
  `(?:harus|wajib|perlu) ${RESIDENT} (?:pahami|ketahui|patuhi|mengerti|sadari)`,
  `(?:sudah |kan )?(?:berulang kali|berkali kali) ${RESIDENT} (?:tanyakan|laporkan|adukan|keluhkan|tanya)`,
  // The rhetorical "kan": "ini kan sudah…", "kan warga sendiri".
  `kan (?:sudah|${RESIDENT}|aturannya|jelas|sendiri)`,
  `jangan(?: (?!ragu|lupa|sungkan|segan)\\p{L}+)? ${RESIDENT_ACT}(?: \\p{L}+){0,4} (?:lagi|ya)(?!\\p{L})`,
  '(?:selesaikan|urus|atasi|bicarakan|tanyakan|tangani) (?:saja|sendiri)',
  'urusan (?:antar ?tetangga|antarwarga|pribadi|keluarga) (?:bapak|ibu|anda|warga)?',
  `bukan (?:hanya|cuma) (?:\\p{L}+ ){0,2}${RESIDENT} (?:yang|saja)`,
  `(?:laporan|aduan|keluhan) (?:ini |itu |${RESIDENT} )?(?:berlebihan|mengada ada|dibesar besarkan|dilebih lebihkan|tidak benar|bohong)`,
  `tukang ${COMPLAINING}`,
  'tukang (?:ngeluh|protes)',
  `${RESIDENT} (?:\\p{L}+ )?lebih (?:teliti|cermat|hati hati|berhati hati|disiplin|sabar|bijak|tertib|rajin|peduli|memperhatikan)`,
  `(?:kalau|jika|seandainya|andai|coba) (?:saja )?${RESIDENT} (?:rajin|mau|dari awal|lebih|ikut|membaca|mengikuti|memperhatikan|disiplin|tidak)[^.]{0,80} (?:pasti|tentu|tidak akan)`,
  'padahal(?: \\p{L}+){0,3} (?:sudah|telah) (?:kami |di)?(?:umumkan|sampaikan|jelaskan|informasikan|ingatkan|bilang|beri tahu|pasang)',
  'sudah (?:dibilang|diingatkan|kami ingatkan|kami bilang)',
  'masih saja (?:dilanggar|melanggar|membuang|dibuang|parkir|diulangi|mengulangi|tidak)',
  '(?:laporan|aduan|keluhan|pertanyaan) (?:macam|seperti) apa (?:ini|itu)',
  '(?:jangan|tidak usah) sok \\p{L}+',
  `(?:seharusnya|harusnya|semestinya|mestinya) (?:${RESIDENT}|dari awal|sejak awal|sebelum lapor)`,
  'anda harus',
  'lain kali (?:jangan|harus|tolong jangan|baca|dibaca)',
  'berkali kali (?:kami |saya )?(?:sampaikan|bilang|jelaskan|katakan|umumkan|ingatkan|informasikan|beri tahu)',
  '(?:sampaikan|bilang|jelaskan|katakan|umumkan|ingatkan|informasikan) (?:sudah |itu )?berkali kali',
  '(?:sudah|kan) (?:dibilang|diberi tahu|diingatkan|dijelaskan|diumumkan) (?:dari dulu|sejak dulu|berkali kali|sebelumnya|kan)',
  'sudah tahu (?:mengapa|kan|begitu|tetapi|masih)',
  '(?:semua |syaratnya |informasinya |jadwalnya )?sudah (?:ada|tertulis|diumumkan|dipasang) (?:jelas )?di (?:website|situs|laman|papan pengumuman|pengumuman|brosur|media sosial|instagram|spanduk)',
  'bukankah(?: \\p{L}+){0,2} (?:sudah|telah|jelas)',
  'masa (?:masih|sih|tidak tahu|tidak bisa|belum tahu|begitu saja)',
  '(?:baca|lihat|cek|periksa|cari|pikir) (?:saja )?sendiri',
  'baca (?:lagi|dulu)',
  'cek dulu (?:faktanya|sebelum)',
  'silakan baca (?:sendiri|lagi|pengumuman)',
  // Dismissing the complaint: "jangan asal lapor", "hal sepele", "laporan dibuat-buat", "sabar, semua antre".
  '(?:hal|masalah|urusan|aduan|laporan|keluhan) (?:sepele|remeh|receh|kecil begini|kecil seperti ini|seperti ini saja)',
  `jangan (?:asal|sembarangan|sedikit sedikit|hanya bisa|hanya|bisanya hanya|terus terusan|sering) ${COMPLAINING}`,
  `(?:tidak usah|jangan) (?:banyak |terus |lagi )?${COMPLAINING}`,
  `jangan ${COMPLAINING} (?:ke sini|ke kami|di sini|lagi|terus)`,
  `(?:percuma|buat apa|untuk apa) ${COMPLAINING}`,
  `bisanya (?:hanya )?${COMPLAINING}`,
  '(?:jangan|tidak usah) (?:sok tahu|sok pintar|berlebihan|dibesar besarkan|membesar besarkan|mendramatisasi|lebay|cerewet|rewel|manja|cengeng|menuduh|memfitnah|mengada ada)',
  '(?:mengada ada|dibuat buat|dilebih lebihkan|dibesar besarkan)',
  `jangan menyalahkan ${WE}`,
  '(?:(?<!mohon )(?<!harap )(?<!agar )(?<!untuk )(?<!dapat )(?<!mohon untuk )sabar|antri|antre|tunggu) saja',
  '(?:semua|semuanya|yang lain) (?:juga )?(?:ada|harus|perlu) (?:antriannya|antreannya|antrian|antrean|mengantre|mengantri|menunggu|giliran)',
  // Sending the resident away: "urus sendiri", "tanya RT saja", "jangan ke kelurahan".
  'urus sendiri',
  `terserah ${RESIDENT}`,
  'kalau tidak (?:puas|suka|terima|mau menunggu)',
  'tanya (?:saja )?sendiri',
  // A bare "tanya ke kelurahan" sends the resident off; "silakan/coba tanya ke …" suggests where to ask.
  'tanya(?<!(?:coba|silakan|dapat|bisa|mohon|untuk|agar|dengan) tanya) (?:saja )?(?:ke|kepada)',
  // "Lapor ke yang lain sana": "sana" sends the resident off; "silakan bertanya ke Kelurahan Podosugih" refers them.
  '(?:lapor|melapor|tanya|bertanya|mengadu|adukan|urus) (?:saja )?(?:ke|kepada) (?:\\p{L}+ ){0,3}sana',
  'tanya (?:ke )?(?:rt|rw|pak rt|ketua rt|lurah|tetangga|orang lain|yang lain) (?:saja|sana|dulu)',
  `jangan (?:datang |lapor |mengadu )?(?:ke|kemari) (?:sini|kami|kantor ini|${WE})`,
  // Sarcasm: the rhetorical "Ibu kira …?" and mock praise for complaining.
  `${RESIDENT} (?:kira|pikir)(?! kira)`,
  `(?:rajin|senang|suka|getol|doyan) (?:sekali|sangat|betul|benar|amat) ${COMPLAINING}`,
  `(?:sangat|paling) (?:rajin|getol|doyan|hobi) ${COMPLAINING}`,
  `hobi ${COMPLAINING}`,
  // More lecturing: "tolong baca baik-baik", "sudah dijawab berkali-kali", "tidak usah diulang-ulang".
  // Not after "mohon" or "silakan", which ask politely ("mohon perhatikan baik-baik jadwal berikut").
  '(?:baca|dengar|simak|perhatikan)(?<!(?:mohon|silakan) (?:baca|dengar|simak|perhatikan)) (?:lagi )?(?:baik baik|yang benar|yang teliti)',
  '(?:sudah|kan) (?:dijawab|disampaikan|kami jawab|kami sampaikan) (?:berkali kali|dari dulu|sejak dulu|sebelumnya)',
  '(?:tidak usah|jangan) (?:di|meng)?ulang(?: ulang)?',
  'nanti juga (?:dikerjakan|diperbaiki|ditangani|diurus|diproses|beres|selesai)',
  // Dismissing: "antre seperti yang lain", "(kami) bukan robot", "bukan pembantu Ibu", "jangan ngarang".
  '(?:antre|antri|tunggu) (?:saja )?(?:seperti|sama seperti|sama dengan) (?:yang lain|warga lain|orang lain|semua orang|lainnya)',
  `bukan (?:robot|mesin|pembantu|pelayan|babu|budak|tukang suruh|tukang sulap|pesulap|dukun|malaikat)(?: ${RESIDENT}| pribadi)?`,
  '(?:pindah|pergi|keluar) saja (?:ke|dari)',
  // Contempt put as a question: "memangnya Bapak siapa", "tidak punya pekerjaan lain", "masih tidak paham".
  `memangnya ${RESIDENT}`,
  'tidak (?:punya|ada) (?:kerjaan|pekerjaan|kegiatan|kesibukan) lain',
  // "kok masih tidak paham" ("kok" is written out as "mengapa"); "jika masih belum paham, silakan…" is polite.
  'mengapa (?:masih )?(?:saja )?(?:tidak|belum) (?:juga )?(?:paham|mengerti|tahu aturan|bisa membaca)',
  '(?:jangan|tidak usah) (?:ngarang|mengarang|asal bicara|asal ngomong|bohong|berbohong)',
  `jangan (?:kirim|mengirim|buat|membuat) (?:laporan|aduan|keluhan)`,
  // Talking down: contempt ("dasar warga…") and the resident as kamu/kalian/situ.
  `dasar ${RESIDENT}`,
  '(?:seperti|dasar) orang (?:kampung|udik|desa|hutan|gunung)',
  'kamu',
  'kalian',
  // "situ" as a pronoun ("Situ tinggal di mana?"), not the place ("lewat situ", "di situ").
  'situ(?<!(?:di|ke|dari|lewat|sana|sini) situ) (?:tinggal|mau|harus|kira|pikir|sendiri|lapor|melapor|coba|baca|tahu)',
];
const BLAMING = new RegExp(`(?<![\\p{L}])(?:${BLAMING_PHRASES.join('|')})(?![\\p{L}])`, 'u');
// Sarcasm that only the written reply shows, read on the raw words (the normalised text loses the comma of a polite
// "Ya, jelas …"): "ya jelas kuota habis", "ya wajar ditilang", "ya percuma", the tautology "obat habis ya habis".
const SARCASM = /(?<!\p{L})(?:ya\s+(?:jelas|wajar|pantas|percuma|iyalah)|(?<said>\p{L}+)\s+ya\s+\k<said>)(?!\p{L})/iu;

// An insult aimed at the resident ("Ibu ini cerewet sekali", "jangan goblok"); insulting the complaint itself is harsh, not blaming.
const AIMED = new RegExp(
  `(?:(?<![\\p{L}])(?<!(?:laporan|aduan|keluhan|pertanyaan|permohonan|surat) )${RESIDENT}(?: (?:ini|itu|sangat|memang|benar benar))*|(?<![\\p{L}])jangan) $`,
  'u',
);

/** The first meant insult that is aimed at the resident, with the words that aim it ("ibu ini cerewet"). */
function aimedInsult(reply: ReplyText): string | undefined {
  for (const { word, at } of meantInsults(reply)) {
    const aimed = AIMED.exec(reply.unquoted.slice(Math.max(0, at - 40), at));
    if (aimed) return `${aimed[0]}${word}`;
  }
  return undefined;
}

/** Blaming, lecturing, dismissing or talking down to the resident. */
export function blaming(reply: ReplyText): RuleHit | undefined {
  const evidence = BLAMING.exec(reply.unquoted)?.[0] ?? SARCASM.exec(reply.rawUnquoted)?.[0] ?? aimedInsult(reply);
  if (!evidence) return undefined;
  return {
    message: `Jangan menyalahkan, menggurui atau meremehkan warga ("${evidence}"). Sapa dengan Bapak/Ibu dan jelaskan apa yang sudah dan akan dilakukan; saran kepada warga sampaikan sebagai ajakan ("Mari bersama…", "Mohon bantuan Bapak/Ibu…").`,
    messageEn: `Do not blame, lecture or belittle the resident ("${evidence}"). Address them as Bapak/Ibu and say what was and will be done; put advice as an invitation ("Let us…", "We ask for your help…").`,
    evidence,
  };
}
