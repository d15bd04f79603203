import type { RuleHit } from './reply-context.js';
import type { ReplyText } from './reply-text.js';

/** Insults and contemptuous words that must never reach a resident (normalised words). */
const HARSH_WORDS: readonly string[] = [
  'bodoh',
  'goblok',
  'tolol',
  'bego',
  'dungu',
  'idiot',
  '(?<!anjing )(?<!sapi )gila',
  'sinting',
  'brengsek',
  'bangsat',
  'bajingan',
  'keparat',
  'sialan',
  'kampret',
  'biadab',
  'kampungan',
  'udik',
  'norak',
  'ngawur',
  'ngaco',
  'cerewet',
  'bawel',
  'rewel',
  'cengeng',
  'manja',
  'pemalas',
  'pembohong',
  'penipu',
  'provokator',
  'tukang (?:mengeluh|ngeluh|protes|mengadu|lapor)',
  'kurang ajar',
  'sok (?:tahu|pintar|penting|jagoan|suci)',
  'tidak tahu diri',
  'tidak tahu malu',
  'tidak punya otak',
  'banyak omong',
  'bacot',
  'otak udang',
  'otak kosong',
  'tidak berotak',
  'bebal',
  'bloon',
  'oon',
  'pandir',
  'ndeso',
  'primitif',
  'tidak sabaran',
  'pemarah',
  'konyol',
  'tidak berpendidikan',
  'otak (?:bapak |ibu |anda |kamu |saudara )?(?:di mana|dimana|ditaruh|ditaruh di mana)',
  // Dirty is said of a place as well; as an insult it is said of people ("warga sendiri yang jorok").
  'jorok(?<=(?:warga|bapak|ibu|anda|kamu|pelapor|orang|sendiri)(?: (?:yang|ini|itu|memang|sangat))* jorok)',
  // Contempt for where a resident comes from: "jangan kayak orang kampung" ("kayak" is written out as "seperti").
  '(?:seperti|dasar) orang (?:kampung|udik|desa|hutan|gunung)',
  // The epithet "dasar …" aimed at the resident ("dasar warga tidak sabaran"); "dasar hukum" is a legal basis.
  'dasar (?:warga|bapak|ibu|kamu|pelapor|orang)',
];
const HARSH = new RegExp(`(?<![\\p{L}])(?:${HARSH_WORDS.join('|')})(?![\\p{L}])`, 'gu');
// A negation up to five words before the word denies it ("tidak menganggap laporan Bapak ngawur", "tidak ada tindakan
// kasar atau ucapan bodoh"), unless the clause turns first ("tidak tahu aturan dan kampungan", "tidak becus itu pembohong");
// "tidak usah" / "tidak perlu" tell the resident off instead, so they do not count.
const NEGATED =
  /(?:^|\s)(?:tidak|bukan|tak|tanpa)(?!\s+(?:usah|perlu)(?!\p{L}))(?:\s+(?!(?:dan|itu|ini|tetapi|namun|dasar|memang|sangat|benar)(?!\p{L}))\p{L}+){0,5}\s*$/u;

// Words the reply reports rather than says ("petugas yang Bapak sebut kurang ajar", "tidak ada yang menyebut Ibu cerewet").
const REPORTED =
  /(?:^|\s)(?:sebut|disebut|menyebut|sebutkan|katakan|dikatakan|mengatakan|bilang|dibilang|keluhkan|dikeluhkan|laporkan|dilaporkan|istilah|kata)(?:\s+(?:bapak|ibu|anda|saudara|saudari|warga|pelapor|kami|sebagai|dengan))?\s*$/u;

/** An insult in a reply's `unquoted` text, and where it starts. */
export interface Insult {
  word: string;
  at: number;
}

// Both the harsh-words and the blaming rule read a reply's insults: they are found once per reply.
const found = new WeakMap<ReplyText, readonly Insult[]>();

/** The insults of a reply that are meant (outside quotations, not negated, not reported), with where they start in `unquoted`. */
export function meantInsults(reply: ReplyText): readonly Insult[] {
  const known = found.get(reply);
  if (known) return known;
  const text = reply.unquoted;
  const meant: Insult[] = [];
  for (const match of text.matchAll(HARSH)) {
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    if (!NEGATED.test(before) && !REPORTED.test(before)) meant.push({ word: match[0], at: match.index });
  }
  found.set(reply, meant);
  return meant;
}

/** An insult at the resident, on the normalised text outside quotations (a resident's own words), and not negated. */
export function harshWords(reply: ReplyText): RuleHit | undefined {
  const [insult] = meantInsults(reply);
  if (!insult) return undefined;
  return {
    message: `Hapus kata kasar "${insult.word}": tidak pantas ditujukan kepada warga. Sampaikan isi jawaban dengan bahasa yang santun.`,
    messageEn: `Remove the insult "${insult.word}": it is not acceptable towards a resident. Say what you mean in courteous words.`,
    evidence: insult.word,
  };
}
