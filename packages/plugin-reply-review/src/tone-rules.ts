import { COLLOQUIAL_FORMS } from '@aduan/text-id';
import type { RuleHit } from './reply-context.js';
import type { ReplyText } from './reply-text.js';
import { KNOWN_BODIES } from './named-bodies.js';

const ACRONYMS = new Set([
  ...KNOWN_BODIES.filter((body) => body === body.toUpperCase()),
  'PJU',
  'TPS',
  'TPA',
  'WIB',
  'KTP',
  'NIK',
  'SP4N',
  'LAPOR',
  'SMS',
  'APBD',
  'TPAD',
  'KOTA',
  'PEKALONGAN',
]);
const CAPITAL_WORD = /\p{Lu}[\p{Lu}\d]*(?![\p{Ll}])/u;
const MIN_SHOUTED_WORDS = 3;

/** Three or more words in capitals in a row (acronyms and words of up to three letters neither count nor break a run). */
export function shouting(reply: ReplyText): RuleHit | undefined {
  let run: string[] = [];
  let longest: string[] = [];
  for (const word of reply.raw.match(/[\p{L}\d]+/gu) ?? []) {
    const capitals = CAPITAL_WORD.test(word) && word === word.toUpperCase();
    if (!capitals) {
      run = [];
      continue;
    }
    if (ACRONYMS.has(word) || word.replace(/\d/g, '').length <= 3) continue;
    run.push(word);
    if (run.length > longest.length) longest = [...run];
  }
  if (longest.length < MIN_SHOUTED_WORDS) return undefined;
  return {
    message: 'Jangan menulis dengan huruf kapital semua: terbaca seperti berteriak. Tulis dengan huruf biasa.',
    messageEn: 'Do not write in capitals: it reads as shouting. Use normal case.',
    evidence: longest.join(' '),
  };
}

const EXCLAMATION_RUN = /!\s*[!?1]|\?\s*!/u;

/** Two or more exclamation marks in a row, or `?!`. */
export function exclamations(reply: ReplyText): RuleHit | undefined {
  const match = EXCLAMATION_RUN.exec(reply.raw);
  if (!match) return undefined;
  return {
    message: 'Hapus tanda seru berderet: cukup titik, atau satu tanda seru.',
    messageEn: 'Remove the run of exclamation marks: a full stop, or one mark, is enough.',
    evidence: match[0],
  };
}

/** Insults that must never reach a resident (normalised words). */
const HARSH_WORDS: readonly string[] = [
  'bodoh',
  'goblok',
  'tolol',
  'bego',
  'dungu',
  'idiot',
  'gila',
  'sinting',
  'brengsek',
  'bangsat',
  'bajingan',
  'kampungan',
  'norak',
  'ngawur',
  'cerewet',
  'bawel',
  'rewel',
  'lebay',
  'cengeng',
  'sok tahu',
  'tidak tahu diri',
  'tidak tahu malu',
  'banyak omong',
];
const HARSH = new RegExp(`(?<![\\p{L}])(?:${HARSH_WORDS.join('|')})(?![\\p{L}])`, 'u');

/** An insult, matched on the normalised text (so `gblk`-style forms a deployment adds are caught too). */
export function harshWords(reply: ReplyText): RuleHit | undefined {
  const match = HARSH.exec(reply.standard);
  if (!match) return undefined;
  return {
    message: `Hapus kata kasar "${match[0]}": tidak pantas ditujukan kepada warga.`,
    messageEn: `Remove the insult "${match[0]}": it is not acceptable towards a resident.`,
    evidence: match[0],
  };
}

// Phrases that put the blame on the resident, lecture them, or talk down to them (on the normalised text).
const BLAMING_PHRASES: readonly string[] = [
  'bukan (?:urusan|salah|masalah) (?:kami|saya|pemerintah|dinas)',
  'salah (?:anda|kamu|bapak|ibu|saudara|warga|sendiri)',
  '(?:kesalahan|ulah|kelalaian) (?:anda|kamu|warga|bapak|ibu|saudara|sendiri)',
  'berkali kali (?:kami |saya )?(?:sampaikan|bilang|jelaskan|katakan|umumkan|ingatkan|informasikan|beri tahu)',
  '(?:sampaikan|bilang|jelaskan|katakan|umumkan|ingatkan|informasikan) (?:sudah |itu )?berkali kali',
  '(?:baca|lihat|cek|periksa|cari) (?:saja )?sendiri',
  'baca (?:lagi|dulu)',
  '(?:hal|masalah|urusan|aduan|laporan) (?:sepele|remeh|receh)',
  'silakan baca (?:sendiri|lagi|pengumuman)',
  'makanya',
  'seharusnya (?:anda|kamu|bapak|ibu|saudara|warga)',
  'harusnya (?:anda|kamu|bapak|ibu|saudara|warga)',
  'anda harus',
  'kamu',
  'kalian',
  'jangan (?:asal|sembarangan|sedikit sedikit|hanya bisa|cuma bisa|hanya) (?:lapor|melapor|mengadu|mengeluh|protes|komplain)',
  '(?:tidak usah|jangan) (?:banyak )?(?:lapor|melapor|mengadu|mengeluh|protes|komplain|menuntut)',
  '(?:percuma|buat apa) (?:lapor|melapor|mengadu|mengeluh)',
  'bisanya (?:hanya|cuma) (?:lapor|melapor|mengeluh|protes|menuntut)',
  'mengada ada',
  'urus sendiri',
  'terserah (?:anda|kamu|bapak|ibu|saudara)',
  'kalau tidak (?:puas|suka|terima)',
  'tanya (?:saja |sendiri )?(?:ke|kepada|sendiri)',
  'sudah tahu (?:kok|kan|begitu)',
  'warga (?:sendiri )?(?:yang )?(?:tidak|kurang) (?:disiplin|peduli|sadar|tertib)',
];
const BLAMING = new RegExp(`(?<![\\p{L}])(?:${BLAMING_PHRASES.join('|')})(?![\\p{L}])`, 'u');

/** Blaming, lecturing or talking down to the resident. */
export function blaming(reply: ReplyText): RuleHit | undefined {
  const match = BLAMING.exec(reply.standard);
  if (!match) return undefined;
  return {
    message: `Jangan menyalahkan atau menggurui warga ("${match[0]}"). Sapa dengan Bapak/Ibu, jelaskan apa yang sudah dan akan dilakukan.`,
    messageEn: `Do not blame or lecture the resident ("${match[0]}"). Address them as Bapak/Ibu and say what was and will be done.`,
    evidence: match[0],
  };
}

// Short forms of address (Pak, Bu) are courteous in replies; every other slang or chat form is not standard writing.
const ACCEPTED_SHORT_FORMS = new Set(['pak', 'bu']);
const INFORMAL = new Map(
  COLLOQUIAL_FORMS.filter((entry) => entry.kind !== 'abbreviation' && !ACCEPTED_SHORT_FORMS.has(entry.form)).map(
    (entry) => [entry.form, entry.standard] as const,
  ),
);

/** Non-standard words or chat shorthand; the message names the standard words to use. */
export function informal(reply: ReplyText): RuleHit | undefined {
  const found = [...new Set(reply.rawWords.filter((word) => INFORMAL.has(word)))];
  if (found.length === 0) return undefined;
  const fixes = found.slice(0, 5).map((word) => (INFORMAL.get(word) ? `"${word}" → "${INFORMAL.get(word)}"` : `hapus "${word}"`));
  return {
    message: `Gunakan bahasa baku: ${fixes.join(', ')}.`,
    messageEn: `Use standard Indonesian: ${fixes.join(', ')}.`,
    evidence: found.join(' '),
  };
}
