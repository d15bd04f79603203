import { isIndonesianStopword, stemIndonesian } from '@aduan/text-id';

/**
 * Roots of concrete actions. Promises without content (`ditindaklanjuti`, `diproses`, `ditangani`,
 * `dikoordinasikan`, `dipantau`) are deliberately absent: they are what makes a reply "normatif".
 */
const ACTION_ROOTS: readonly string[] = [
  'ganti',
  'pasang',
  'tambal',
  'angkut',
  'angkat',
  'ambil',
  'keruk',
  'kuras',
  'sedot',
  'pangkas',
  'tebang',
  'potong',
  'survei',
  'tinjau',
  'periksa',
  'ukur',
  'cor',
  'aspal',
  'uruk',
  'bongkar',
  'tegur',
  'segel',
  'semprot',
  'fogging',
  'normalisasi',
  'jadwal',
  'usul',
  'cetak',
  'terbit',
  'nyala',
  'sambung',
  'tutup',
  'buka',
  'tanam',
  'sapu',
  'kirim',
  'terjun',
  'datang',
  'kunjung',
  'hubung',
  'panggil',
  'patroli',
  'bubar',
  'henti',
  'derek',
  'tilang',
  'jemput',
  'rawat',
  'tambah',
  'cek',
  'bina',
  'rekam',
  'jaga',
  'awas',
  'salur',
  'bangun',
  'rehabilitasi',
  'evakuasi',
  'padam',
  'gali',
  'pindah',
  'cat',
  'tempel',
  'vaksinasi',
  'bayar',
  'setor',
  'hapus',
  'copot',
  'rapi',
  'transfer',
  'cair',
  'luncur',
  'mutakhir',
  'ubah',
  'koreksi',
  'sinkron',
  'unggah',
  'tandatangan',
  'blokir',
  'tangkap',
  'sita',
  'razia',
  'relokasi',
  'latih',
  'pimpin',
  'pompa',
  'imunisasi',
  'praktik',
  'praktek',
  'pecat',
  'bebastugas',
  'denda',
  'cabut',
];

/** Roots of forwarding: an action only when the reply names where the complaint went. */
const FORWARDING_ROOTS = ['terus', 'limpah', 'rujuk', 'alih', 'sampai', 'serah'];

// meN- and peN- change the root's first sound (tambal → menambal, survei → menyurvei); the stemmer
// does not always undo it, so each root's affixed forms are stemmed too and every result counts.
function nasalPrefixed(prefix: 'me' | 'pe', root: string): string {
  const first = root[0] ?? '';
  if ('aiueo'.includes(first)) return `${prefix}ng${root}`;
  if ('bfv'.includes(first)) return `${prefix}m${root}`;
  if (first === 'p') return `${prefix}m${root.slice(1)}`;
  if ('dcjz'.includes(first)) return `${prefix}n${root}`;
  if (first === 't') return `${prefix}n${root.slice(1)}`;
  if ('gh'.includes(first)) return `${prefix}ng${root}`;
  if (first === 'k') return `${prefix}ng${root.slice(1)}`;
  if (first === 's') return `${prefix}ny${root.slice(1)}`;
  return `${prefix}${root}`;
}

function stemsOf(roots: readonly string[]): ReadonlySet<string> {
  const forms = roots.flatMap((root) => [
    root,
    `di${root}`,
    `di${root}kan`,
    `${root}kan`,
    `${root}an`,
    nasalPrefixed('me', root),
    `${nasalPrefixed('me', root)}kan`,
    `${nasalPrefixed('pe', root)}an`,
    `per${root}an`,
    `diper${root}i`,
    `ber${root}`,
    // One-syllable roots take menge-/penge- (cat → mengecat, cek → pengecekan).
    `menge${root}`,
    `penge${root}an`,
  ]);
  return new Set(forms.map(stemIndonesian));
}

/** The stems of every form of the concrete actions' roots. */
export const ACTION_STEMS = stemsOf(ACTION_ROOTS);

/**
 * Roots that are mostly a noun, an adjective or a state elsewhere ("layanan", "jalan rata", "status aktif",
 * "surat"): only their verb forms are actions ("dilayani", "meratakan", "diaktifkan", "disurati").
 */
const VERB_ONLY_ROOTS: readonly string[] = [
  // "baik" and "betul" as adjectives ("yang terbaik", "baik, Pak"), "bersih" and "tertib" as states, "anggaran" as a noun.
  'baik',
  'betul',
  'bersih',
  'tertib',
  'anggar',
  'layan',
  'aktif',
  'rata',
  'tinggi',
  'lebar',
  'panjang',
  'bagi',
  'distribusi',
  'erah',
  'tempat',
  'aman',
  'sedia',
  'keluar',
  'surat',
  'data',
  'kosong',
  'antar',
  'damping',
  'renovasi',
  'rehab',
  'roboh',
  'kembali',
  'pasok',
  'input',
  'diri',
  'turun',
];

/** The verb forms of `VERB_ONLY_ROOTS`, as words of the normalised text. */
const VERB_FORMS: ReadonlySet<string> = new Set(
  VERB_ONLY_ROOTS.flatMap((root) => {
    const me = nasalPrefixed('me', root);
    const per = [`per${root}i`, `per${root}kan`, `per${root}an`, `memper${root}i`, `memper${root}kan`, `diper${root}i`, `diper${root}kan`];
    return [`di${root}`, `di${root}kan`, `di${root}i`, me, `${me}kan`, `${me}i`, `${root}kan`, `${nasalPrefixed('pe', root)}an`, ...per];
  }),
);

// "aktif kembali" (a service restored) and going to the place ("regu Satpol PP akan ke Pasar Sugihwaras", "turun ke lokasi").
const ACTION_PHRASE =
  /(?<!\p{L})(?:aktif kembali|(?:akan|sudah|telah|segera|langsung) (?:kami )?(?:ke|menuju|turun ke)|turun ke (?:lokasi|lapangan))(?!\p{L})/u;

/** Whether the normalised text names an action through a verb form of a root that is mostly no action, or a phrase. */
export function namesActionPhrase(standard: string): boolean {
  return ACTION_PHRASE.test(standard) || standard.split(' ').some((word) => VERB_FORMS.has(word));
}
/** The stems of every form of forwarding (`diteruskan`, `dilimpahkan`). */
export const FORWARDING_STEMS = stemsOf(FORWARDING_ROOTS);

// Spoken Indonesian drops the me- of a nasal verb: "nambal" for "menambal", "nyapu" for "menyapu", "ngangkut".
const CLIPPED_NASAL = /^(?:n[aiueo]|ng[aiueo]|ny[aiueo])/u;

/**
 * The stem a word has when it is a clipped nasal verb of a concrete action ("nambal" → the stem of "menambal"), or
 * `undefined`. A standard word is never one: it is an action's own form ("normalisasi"), or its stem with me- put
 * back is itself or no action ("nanti", "nama").
 */
export function clippedActionStem(word: string): string | undefined {
  if (!CLIPPED_NASAL.test(word) || isIndonesianStopword(word)) return undefined;
  const own = stemIndonesian(word);
  // A word that is itself a form of an action ("normalisasi", "nyala") is written as it should be.
  if (ACTION_STEMS.has(own)) return undefined;
  const stem = stemIndonesian(`me${word}`);
  return stem !== word && stem !== own && ACTION_STEMS.has(stem) ? stem : undefined;
}
