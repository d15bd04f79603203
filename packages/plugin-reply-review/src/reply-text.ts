import { normalizeIndonesian, stemIndonesian, tokenizeIndonesian, type NormalizeOptions } from '@aduan/text-id';

/** A reply prepared once for every rule: its raw words, its standard form and its stems. */
export interface ReplyText {
  /** The reply as written (NFKC). */
  raw: string;
  /** The raw words in lower case outside quoted passages, before any normalisation (for spotting informal words). */
  rawWords: readonly string[];
  /** Normalised: lower case, informal forms written out, no punctuation or hyphens, single spaces (see `normalizeIndonesian`). */
  standard: string;
  /** `standard` without the quoted passages (a resident's words the reply quotes). */
  unquoted: string;
  /** Words written in capitals (SMP, TPS), in lower case: acronyms, never chat shorthand. */
  acronyms: ReadonlySet<string>;
  /** `raw` with the quoted passages blanked out. */
  rawUnquoted: string;
  /** The stems of every normalised word, stopwords included (actions hide among them: `dilakukan`). */
  stems: ReadonlySet<string>;
  /** Sentences and lines, trimmed, in order; abbreviations such as `Kel.` do not end one. */
  segments: readonly string[];
}

const RAW_WORD = /[\p{L}\p{N}]+/gu;
// A segment ends at a line break, or at . ! ? followed by space, unless the dot closes a known abbreviation.
const SEGMENT_END = /\n+|(?<!\b(?:Kel|Kec|Jl|Jln|Gg|No|Yth|Sdr|Sdri|Bpk|Kab|Prov|Dr|Ir|H|Tgl|Hj|St|Kp)\.)(?<=[.!?])\s+/u;

// Quoted passages: straight, curly and guillemet double quotes, and single quotes that are not apostrophes (Jum'at).
const QUOTED = /["“”„«»][^"“”„«»\n]{1,200}["“”„«»]|(?<![\p{L}\d])['‘’][^'‘’\n]{1,200}['‘’](?![\p{L}\d])/gu;

/** Words of two or more letters written wholly in capitals, in lower case. */
function acronymsOf(text: string): ReadonlySet<string> {
  return new Set((text.match(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu) ?? []).map((word) => word.toLowerCase()));
}

/** Prepares a reply for the rules; linear in its length. */
export function prepareReply(text: string, options: NormalizeOptions = {}): ReplyText {
  const raw = text.normalize('NFKC');
  const standard = normalizeIndonesian(raw, options).replaceAll('-', ' ');
  const withoutQuotes = raw.replace(QUOTED, ' ');
  const unquoted = normalizeIndonesian(withoutQuotes, options).replaceAll('-', ' ');
  const stems = new Set(tokenizeIndonesian(raw, options).map(stemIndonesian));
  const segments = raw
    .split(SEGMENT_END)
    .map((segment) => segment.trim())
    .filter((segment) => segment !== '');
  return {
    raw,
    rawWords: withoutQuotes.toLowerCase().match(RAW_WORD) ?? [],
    standard,
    unquoted,
    rawUnquoted: withoutQuotes,
    acronyms: acronymsOf(withoutQuotes),
    stems,
    segments,
  };
}
