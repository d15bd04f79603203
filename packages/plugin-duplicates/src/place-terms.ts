import { isIndonesianStopword, stemIndonesian, tokenizeIndonesian, type NormalizeOptions } from '@aduan/text-id';

/**
 * Words that name the kind of a place, with the kind they stand for; the word right after them
 * names the place itself ("jalan Sriwijaya", "gang 3", "RT 03", "pasar Banjarsari", "SMP Kergon").
 * Chat forms are normalised first, so "jln", "jl." and "gg" count too.
 */
const PLACE_KINDS: ReadonlyMap<string, string> = new Map([
  ...['jalan', 'gang', 'lorong', 'rt', 'rw', 'nomor', 'blok', 'perumahan', 'komplek', 'kampung', 'dukuh', 'dusun', 'pasar'].map(
    (kind) => [kind, kind] as const,
  ),
  ...['masjid', 'musala', 'gereja', 'sd', 'smp', 'sma', 'smk', 'puskesmas', 'apotek', 'jembatan', 'taman', 'stadion', 'terminal'].map(
    (kind) => [kind, kind] as const,
  ),
  ...['stasiun', 'alun', 'simpang', 'perempatan', 'pertigaan', 'tps', 'sungai'].map((kind) => [kind, kind] as const),
  ['kompleks', 'komplek'],
  ['musholla', 'musala'],
  ['kali', 'sungai'],
  ['lr', 'lorong'],
]);
// Words that say where on or what about a place rather than name it ("jalan depan pasar", "jalan rusak").
const NOT_A_NAME: ReadonlySet<string> = new Set(
  'depan belakang samping dekat sebelah ujung pinggir tepi seberang arah menuju utama raya besar kecil baru lama rusak berlubang gelap mati macet banjir tergenang licin sempit'.split(
    ' ',
  ),
);

/** Where a text says a problem is. */
export interface PlaceTerms {
  /** Stems of the words that name places (a street's or landmark's name, an RT or house number): weighed above other words. */
  names: Set<string>;
  /** Each place as kind and name, e.g. `jalan sriwijaya`, `gang 3`, `rt 3`: two reports of one problem share one. */
  keys: Set<string>;
}

/** Whether a normalised word names a kind of place (jalan, gang, RT, pasar): such words say little about the problem. */
export const isPlaceKind = (word: string): boolean => PLACE_KINDS.has(word);

/**
 * The places a text names: the word after each kind of place, and a number after that ("gang Mawar
 * 3"); numbers without leading zeros. Two reports of one problem name the same street, gang or
 * landmark; two problems in one kelurahan usually do not.
 */
export function placeTerms(text: string, options: NormalizeOptions = {}): PlaceTerms {
  const tokens = tokenizeIndonesian(text, options);
  const names = new Set<string>();
  const keys = new Set<string>();
  for (let i = 0; i < tokens.length - 1; i++) {
    const kind = PLACE_KINDS.get(tokens[i]!);
    if (kind === undefined) continue;
    const name = nameOf(tokens[i + 1]!);
    if (name === undefined) continue;
    names.add(name);
    keys.add(`${kind} ${name}`);
    const number = /^\d+$/.test(name) ? undefined : numberOf(tokens[i + 2]);
    if (number !== undefined) {
      names.add(number);
      keys.add(`${kind} ${name} ${number}`);
    }
  }
  return { names, keys };
}

function numberOf(token: string | undefined): string | undefined {
  return token !== undefined && /^\d+$/.test(token) ? token.replace(/^0+(?=\d)/, '') : undefined;
}

function nameOf(token: string): string | undefined {
  const number = numberOf(token);
  if (number !== undefined) return number;
  if (token.length < 2 || PLACE_KINDS.has(token) || isIndonesianStopword(token) || NOT_A_NAME.has(token)) return undefined;
  return stemIndonesian(token);
}
