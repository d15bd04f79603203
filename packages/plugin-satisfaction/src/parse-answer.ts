/**
 * What a resident answered to "Sudah beres?": exactly the payload of `satisfaction/answered`.
 * `fixed` is null when they said they do not know or gave only a rating.
 */
export interface SatisfactionAnswer {
  fixed: boolean | null;
  /** 1 (very poor) to 5 (very good); null when none was given. */
  rating: number | null;
  /** What they wrote after the answer, trimmed; absent when nothing. */
  comment?: string;
}

/** The longest comment kept: a longer message is a story, not an answer, and goes to the officers. */
export const MAX_COMMENT_LENGTH = 1_000;

const END = String.raw`(?=$|[\s,.;:!?/)\-])`;
const DONE_WORDS = String.raw`(?:\s+(?:beres|selesai|tuntas|diperbaiki|ditangani|fixed|sudah))?`;
/** Spoken forms, longest first within each answer; "tidak tahu" before "tidak". */
const FIXED_FORMS: readonly { pattern: RegExp; fixed: boolean | null }[] = [
  { pattern: new RegExp(String.raw`^(?:tidak|tdk|gak|nggak|ngga|ga|enggak|kurang)\s+(?:tahu|tau)${END}`), fixed: null },
  { pattern: new RegExp(`^(?:don'?t know|not sure|entah)${END}`), fixed: null },
  { pattern: new RegExp(`^(?:belum|blm|blum|not|no|tidak|tdk|gak|nggak|ngga|ga|enggak)${DONE_WORDS}${END}`), fixed: false },
  { pattern: new RegExp(`^(?:sudah|udah|sdh|dah|ya|iya|yes)${DONE_WORDS}${END}`), fixed: true },
  { pattern: new RegExp(`^(?:beres|selesai|tuntas|fixed)${END}`), fixed: true },
];
const RATING = new RegExp(String.raw`^(?:(?:nilai|rating|skor|score|bintang)\s*:?\s*)?([1-5])(?:\s*/\s*5|\s+bintang)?${END}`);
const STARS = /^([⭐★]{1,5})(?![⭐★])/u;
const SEPARATOR = /^[\s,.;:!?/-]+/;

const endsOrPunctuates = (rest: string): boolean => /^\s*(?:$|[,.;:!?/-])/.test(rest);

/** Lower case, compatibility forms folded, emoji variation selectors and repeated spaces dropped. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\uFE0F/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function takeRating(rest: string): { rating: number; rest: string } | undefined {
  const number = RATING.exec(rest);
  if (number) return { rating: Number(number[1]), rest: rest.slice(number[0].length) };
  const stars = STARS.exec(rest);
  if (stars) return { rating: [...stars[1]!].length, rest: rest.slice(stars[0].length) };
  return undefined;
}

/**
 * Reads a resident's reply to "Sudah beres?". The grammar, on the text in lower case:
 *
 * ```
 * answer  = fixed [sep] [rating] [sep comment]  |  rating [sep comment]
 * fixed   = ("sudah" | "udah" | "sdh" | "dah" | "ya" | "iya" | "yes") [done]  |  "beres" | "selesai" | "tuntas" | "fixed"   → true
 *         | ("belum" | "blm" | "blum" | "tidak" | "tdk" | "gak" | "ga" | "nggak" | "no" | "not") [done]             → false
 *         | ("tidak" | "gak" | …) ("tahu" | "tau")  |  "entah" | "don't know" | "not sure"                            → null
 * done    = "beres" | "selesai" | "tuntas" | "diperbaiki" | "ditangani" | "fixed"
 * rating  = ["nilai" | "rating" | "skor" | "bintang"] digit 1–5 ["/5" | "bintang"]  |  1 to 5 of ⭐ or ★
 * sep     = spaces and , . ; : ! ? / -
 * ```
 *
 * So "sudah", "SUDAH BERES", "Sudah, terima kasih", "belum 2 masih berlubang", "1", "4/5" and
 * "⭐⭐⭐⭐" are answers. A word right after the answer word that is neither a rating nor behind
 * punctuation makes the message a sentence, not an answer ("sudah seminggu lampu mati", "tidak ada
 * perubahan"); so does a rating alone followed by a word ("2 minggu belum diperbaiki"), and so
 * does a comment longer than {@link MAX_COMMENT_LENGTH}: the officers read those. Answers
 * `undefined` for a message that is not an answer.
 */
export function parseSatisfactionAnswer(text: string): SatisfactionAnswer | undefined {
  const normalized = normalize(text);
  let fixed: boolean | null = null;
  let rest = normalized;
  let saidFixed = false;
  for (const form of FIXED_FORMS) {
    const match = form.pattern.exec(normalized);
    if (!match) continue;
    fixed = form.fixed;
    rest = normalized.slice(match[0].length);
    saidFixed = true;
    break;
  }
  const separated = SEPARATOR.exec(rest);
  // After the answer word, only a rating may follow without punctuation ("belum 2").
  let afterSeparator = separated ? rest.slice(separated[0].length) : rest;
  const rated = takeRating(afterSeparator);
  if (!saidFixed && !rated) return undefined;
  if (saidFixed && !rated && !endsOrPunctuates(rest)) return undefined;
  // A number alone is a rating only when nothing but punctuation follows it: "2 minggu belum diperbaiki" is a sentence.
  if (!saidFixed && rated && !endsOrPunctuates(rated.rest)) return undefined;
  if (rated) {
    const tail = SEPARATOR.exec(rated.rest);
    afterSeparator = tail ? rated.rest.slice(tail[0].length) : rated.rest;
  }
  const comment = commentFrom(text, normalized, afterSeparator);
  if (comment !== undefined && comment.length > MAX_COMMENT_LENGTH) return undefined;
  return { fixed, rating: rated ? rated.rating : null, ...(comment ? { comment } : {}) };
}

/** The comment in the resident's own letters: the same tail of the original text, when it can be found. */
function commentFrom(original: string, normalized: string, tail: string): string | undefined {
  const trimmed = tail.trim();
  if (trimmed.length === 0) return undefined;
  const spaced = original
    .normalize('NFKC')
    .replace(/\uFE0F/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Lower-casing keeps lengths for the letters residents write; when it does not, keep the lower-case text.
  if (spaced.length !== normalized.length) return trimmed;
  return spaced.slice(normalized.length - tail.length).trim();
}
