import { COLLOQUIAL_FORMS } from './colloquial-forms.js';

/** Options of `normalizeIndonesian` and of everything built on it. */
export interface NormalizeOptions {
  /**
   * Extra informal forms (`{ 'lmpu': 'lampu' }`), merged over the built-in list; a form mapped to `''` is
   * dropped (particles such as `sih`). Keys are matched in lower case, whole words only.
   */
  forms?: Readonly<Record<string, string>>;
}

const DEFAULT_FORMS: ReadonlyMap<string, string> = new Map(
  [...COLLOQUIAL_FORMS].reverse().map((entry) => [entry.form, entry.standard] as const),
);
const mergedForms = new WeakMap<Readonly<Record<string, string>>, ReadonlyMap<string, string>>();

function formsOf(options: NormalizeOptions): ReadonlyMap<string, string> {
  const extra = options.forms;
  if (!extra) return DEFAULT_FORMS;
  let merged = mergedForms.get(extra);
  if (!merged) {
    merged = new Map([
      ...DEFAULT_FORMS,
      ...Object.entries(extra).map(([form, standard]) => [form.toLowerCase(), standard.toLowerCase()] as const),
    ]);
    mergedForms.set(extra, merged);
  }
  return merged;
}

// Personal numbers never reach an index or a comparison: phone numbers (08…, +62…, 62…) and the 16-digit NIK.
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gu;
const PHONE_OR_NIK = /(?:\+?62[\s.-]?|\b0)8[\d\s.-]{7,14}\d\b|\b\d{16}\b/gu;
// A letter written three or more times in a row is one letter stretched for emphasis ("tolooong").
const STRETCHED = /(\p{L})\1{2,}/gu;
// "lampu2" is how chat writes the reduplication "lampu-lampu".
const CHAT_REDUPLICATION = /(?<![\p{L}\p{N}])(\p{L}{2,})2(?![\p{L}\p{N}])/gu;
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * Brings informal Indonesian to a standard, comparable form: Unicode NFKC, lower case, URLs,
 * e-mail addresses, phone numbers and NIKs removed, stretched letters shortened, chat
 * reduplication (`lampu2`) written out, and informal forms replaced by their standard words
 * (`gak` → `tidak`, `jln` → `jalan`, `sih` → dropped). The result is the words separated by single
 * spaces, without punctuation; hyphenated words keep their hyphen. Work is linear in the text's length.
 */
export function normalizeIndonesian(text: string, options: NormalizeOptions = {}): string {
  const forms = formsOf(options);
  const cleaned = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(URL_OR_EMAIL, ' ')
    .replace(PHONE_OR_NIK, ' ')
    .replace(STRETCHED, '$1')
    .replace(CHAT_REDUPLICATION, '$1-$1');
  const words: string[] = [];
  for (const [word] of cleaned.matchAll(WORD)) {
    const standard = forms.get(word);
    if (standard === undefined) words.push(word);
    else if (standard !== '') words.push(standard);
  }
  return words.join(' ');
}
