import { isIndonesianStopword } from '@aduan/text-id';
import type { ResolvedReplyContext, RuleHit } from './reply-context.js';
import type { ReplyText } from './reply-text.js';
import { KNOWN_BODIES } from './named-bodies.js';

// Acronyms and capitalised names that official writing spells in capitals (compared in capitals).
const ACRONYMS: ReadonlySet<string> = new Set(
  [
    ...KNOWN_BODIES.flatMap((body) => body.split(/\s+/)),
    ...['PJU', 'TPS', 'TPA', 'TPST', 'WIB', 'KTP', 'NIK', 'KK', 'KIA', 'SKTM', 'SP4N', 'LAPOR', 'SMS', 'APBD', 'APBN', 'TPAD'],
    ...['DPRD', 'BAPPEDA', 'DISPERKIM', 'DISPERKIMTAN', 'KOMINFO', 'PEMKOT', 'SATPOL', 'POLRI', 'DAMKAR', 'PKK', 'LPMK', 'MUSRENBANG'],
    ...['BANSOS', 'PKH', 'BPNT', 'JKN', 'KIS', 'RSUD', 'PUSKESMAS', 'POSYANDU', 'UMKM', 'PKL', 'IMB', 'PBG', 'PBB', 'NPWP', 'WHATSAPP'],
    ...['KOTA', 'PEKALONGAN', 'JAWA', 'TENGAH', 'PROVINSI', 'INDONESIA', 'REPUBLIK'],
  ].map((word) => word.toUpperCase()),
);
const WORD = /[\p{L}\d]+/gu;
const CAPITALS = /^[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*$/u;
// A shouted run: two or more words in capitals with at least this many letters between them ("SUDAH SELESAI").
const MIN_SHOUTED_WORDS = 2;
const MIN_SHOUTED_LETTERS = 9;

/** Whether a word in capitals is most likely an acronym or a name rather than a shouted word. */
function isAcronymLike(word: string, names: ReadonlySet<string>): boolean {
  if (ACRONYMS.has(word) || names.has(word) || /\d/.test(word)) return true;
  // Function words in capitals are shouted whatever their length. Indonesian words alternate consonants
  // and vowels, so a word with at most one vowel is an acronym (UPTD, BPJS, SKCK, RT, GOR); "ASLI" is not.
  if (isIndonesianStopword(word.toLowerCase())) return false;
  return (word.match(/[AIUEO]/g) ?? []).length <= 1;
}

/**
 * A run of words in capitals ("SUDAH SELESAI", "JANGAN LAPOR KE SINI LAGI"). Acronyms (DPUPR, RT/RW,
 * KTP-el, SP4N-LAPOR), words with at most one vowel that are not function words (UPTD, SKCK), and the words of
 * the unit's and the authorities' names neither count nor break a run.
 */
export function shouting(reply: ReplyText, context: ResolvedReplyContext): RuleHit | undefined {
  const names = new Set([...context.ownNames, ...context.authorities].flatMap((name) => name.toUpperCase().match(WORD) ?? []));
  let run: string[] = [];
  let longest: string[] = [];
  const letters = (words: readonly string[]) => words.reduce((total, word) => total + word.length, 0);
  // A quoted passage is someone else's voice, and a sentence end ends a run.
  for (const line of reply.rawUnquoted.split(/[.!?;:\n]+/u)) {
    run = [];
    for (const [word] of line.matchAll(WORD)) {
      if (!CAPITALS.test(word)) {
        run = [];
        continue;
      }
      if (isAcronymLike(word, names)) continue;
      run.push(word);
      if (run.length >= MIN_SHOUTED_WORDS && letters(run) > letters(longest)) longest = [...run];
    }
  }
  if (longest.length < MIN_SHOUTED_WORDS || letters(longest) < MIN_SHOUTED_LETTERS) return undefined;
  return {
    message: `Jangan menulis dengan huruf kapital semua ("${longest.join(' ')}"): terbaca seperti berteriak. Tulis dengan huruf biasa; singkatan seperti DPUPR atau RT/RW boleh tetap kapital.`,
    messageEn: `Do not write in capitals ("${longest.join(' ')}"): it reads as shouting. Use normal case; acronyms such as DPUPR or RT/RW may stay in capitals.`,
    evidence: longest.join(' '),
  };
}
