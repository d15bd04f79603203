import type { ResolvedReplyContext, RuleHit } from './reply-context.js';
import type { ReplyText } from './reply-text.js';
import { ACTION_STEMS, clippedActionStem, FORWARDING_STEMS, namesActionPhrase } from './concrete-actions.js';
import { isOwnName, namedBodies } from './named-bodies.js';

const MONTHS =
  'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des';
const NUMBER_WORDS = 'satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\\p{L}+ belas|\\p{L}+ puluh|beberapa';
const TIME_FRAME = new RegExp(
  [
    `\\d{1,2} (?:${MONTHS})`,
    '\\d{1,2} \\d{1,2} \\d{2,4}',
    'senin|selasa|rabu|kamis|jumat|sabtu|minggu|ahad',
    '(?:pada )?hari yang sama|hari itu juga|saat itu juga|hari ini|besok|lusa|kemarin|tadi (?:pagi|siang|sore|malam)|pagi ini|siang ini|sore ini|malam ini',
    '(?:pekan|minggu|bulan|tahun|triwulan|semester) (?:ini|depan|berikutnya|anggaran)',
    `(?:akhir|awal|pertengahan) (?:pekan|minggu|bulan|tahun|${MONTHS})`,
    `(?:bulan|minggu \\p{L}+|pekan \\p{L}+) (?:${MONTHS})`,
    '(?:nanti|esok) (?:pagi|siang|sore|malam)|esok hari|(?:pekan|minggu|bulan|tahun) lalu',
    `(?:\\d+|${NUMBER_WORDS}) (?:hari|minggu|pekan|bulan|tahun|jam)`,
    '\\d+ x 24 jam',
    // "seminggu", "sebulan", and a schedule ("setiap hari", "tiap pagi").
    'se(?:hari|minggu|pekan|bulan|tahun)|(?:setiap|tiap) (?:hari|pagi|siang|sore|malam|pekan|minggu|bulan)',
    'paling lambat|selambat lambatnya|sebelum tanggal|mulai tanggal|tanggal \\d{1,2}|pukul \\d{1,2}|jam \\d{1,2}',
    'tahun 20\\d\\d|20\\d\\d',
  ].join('|'),
  'u',
);
const BOUNDED_TIME_FRAME = new RegExp(`(?<![\\p{L}\\d])(?:${TIME_FRAME.source})(?![\\p{L}\\d])`, 'u');

/** What a reply says of substance: a concrete action, a date or time frame, the unit responsible. */
interface Substance {
  action: boolean;
  timeFrame: boolean;
  unit: boolean;
}

/** Finds the three parts of a substantive answer. */
function substanceOf(reply: ReplyText, context: ResolvedReplyContext): Substance {
  const bodies = namedBodies(reply.raw, [...context.ownNames, ...context.authorities]);
  const forwardedSomewhere = bodies.length > 0 && [...reply.stems].some((stem) => FORWARDING_STEMS.has(stem));
  return {
    action:
      forwardedSomewhere ||
      [...reply.stems].some((stem) => ACTION_STEMS.has(stem)) ||
      namesActionPhrase(reply.standard) ||
      reply.rawWords.some((word) => clippedActionStem(word) !== undefined),
    timeFrame: BOUNDED_TIME_FRAME.test(reply.standard),
    unit: bodies.length > 0,
  };
}

const MISSING_ID: Readonly<Record<keyof Substance, string>> = {
  action: 'tindakan nyata yang sudah atau akan dilakukan',
  timeFrame: 'tanggal atau jangka waktu',
  unit: 'unit yang bertanggung jawab',
};
const MISSING_EN: Readonly<Record<keyof Substance, string>> = {
  action: 'the concrete action taken or planned',
  timeFrame: 'a date or time frame',
  unit: 'the responsible unit',
};

/** A reply without a concrete action, a time frame or the responsible unit is "normatif". */
export function normatif(reply: ReplyText, context: ResolvedReplyContext): RuleHit | undefined {
  const substance = substanceOf(reply, context);
  const missing = (Object.keys(substance) as (keyof Substance)[]).filter((part) => !substance[part]);
  if (missing.length === 0) return undefined;
  return {
    message: `Jawaban masih normatif: sebutkan ${missing.map((part) => MISSING_ID[part]).join(', ')}.`,
    messageEn: `The answer is boilerplate ("normatif"): state ${missing.map((part) => MISSING_EN[part]).join(', ')}.`,
  };
}

// A "not our authority" answer (on the normalised text), also put as who decides ("yang menentukan pusat, bukan
// kelurahan") or as the unit being only the executor ("kami cuma pelaksana").
const NOT_OURS =
  /(?<!\p{L})(?:bukan (?:merupakan )?(?:wewenang|kewenangan|tugas|ranah|tanggung jawab|domain|tupoksi|urusan)|(?:milik|aset|kewenangan|wewenang) (?:provinsi|pusat|pemerintah pusat|negara)|di luar (?:wewenang|kewenangan|tugas|ranah|tupoksi)|bukan kami yang (?:menangani|berwenang|mengurus|bertanggung jawab)|tidak berwenang|tidak memiliki kewenangan|kewenangan (?:instansi|pihak|lembaga) lain|bukan (?:bagian )?dari (?:tugas|kewenangan)|(?:tidak|bukan) termasuk (?:dalam )?(?:tugas|kewenangan|wewenang|urusan|tupoksi)|(?:urusan|kewenangan|wewenang|tugas|ranah) (?:instansi|pihak|lembaga|dinas) lain|yang (?:menentukan|memutuskan|berwenang|mengurus|menangani|mengelola|mengatur)(?: \p{L}+){1,3} bukan (?:kami|kelurahan|kecamatan|dinas|puskesmas|pemkot|kantor ini)|kami (?:hanya|sekadar) (?:pelaksana|perantara|meneruskan|menyalurkan))(?!\p{L})/u;

/** A "bukan wewenang" answer must name the authority that is responsible (not only the answering unit). */
export function authority(reply: ReplyText, context: ResolvedReplyContext): RuleHit | undefined {
  const notOurs = NOT_OURS.exec(reply.standard);
  if (!notOurs) return undefined;
  const others = namedBodies(reply.raw, context.authorities).filter((name) => !isOwnName(name, context.ownNames));
  if (others.length > 0) return undefined;
  return {
    message: 'Balasan menyatakan bukan wewenang: sebutkan instansi yang berwenang dan ke mana aduan diteruskan.',
    messageEn: 'The reply says the matter is not ours: name the authority responsible and where the complaint was forwarded.',
    evidence: notOurs[0],
  };
}
