/**
 * Acronyms and short names of bodies a Pekalongan reply names: the city's dinas and badan, vertical
 * agencies, utilities and service points. Matched as whole words, case-sensitively as written (an
 * all-capitals acronym, or the capitalised short name).
 */
export const KNOWN_BODIES: readonly string[] = [
  'DPUPR',
  'PUPR',
  'DLH',
  'DPRKP',
  'DPRKPLH',
  'Dinperkim',
  'Dishub',
  'Disdukcapil',
  'Dukcapil',
  'Dinkes',
  'Dindik',
  'Disdik',
  'Dinsos',
  'DinsosP2KB',
  'DPMPTSP',
  'BPBD',
  'Satpol PP',
  'PDAM',
  'PLN',
  'BPJS',
  'Bappeda',
  'Bapenda',
  'BPKAD',
  'BKPSDM',
  'Diskominfo',
  'Dinkominfo',
  'Damkar',
  'RSUD',
  'Puskesmas',
  'UPTD',
  'UPT',
  'Polres',
  'Polsek',
  'Satlantas',
  'Kodim',
  'Koramil',
  'BBWS',
  'Pemprov',
  'Pemkot',
  'DKP',
  'Dinperpa',
  'Dindagkop',
  'Disperindag',
  'Disnaker',
  'Disparbud',
  'Kemenag',
  'Kemensos',
  'BPN',
  'Telkom',
  'Pertamina',
  'KAI',
  'Samsat',
  'Inspektorat',
  'Perumda',
];

// A kind of body followed by a capitalised name: "Dinas Lingkungan Hidup", "Kelurahan Kuripan Kidul", "Tim Reaksi Cepat".
const TITLED_BODY =
  /(?<!\p{L})(?:Dinas|Badan|Kantor|Bagian|Bidang|Seksi|Kelurahan|Kecamatan|Balai|Kementerian|Pemerintah|Unit|Tim|Satuan|Direktorat|Perusahaan|PT|Lurah|Camat|Pengadilan|Kejaksaan|Kepolisian)\s+(?:\p{Lu}[\p{L}\d&]*)(?:\s+(?:\p{Lu}[\p{L}\d&]*|dan|Kota|Kabupaten))*/gu;
const KNOWN_BODY = new RegExp(`(?<!\\p{L})(?:${KNOWN_BODIES.map((body) => body.replace(/\s+/g, '\\s+')).join('|')})(?!\\p{L})`, 'gu');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names of public bodies a text names, in order of appearance, plus any of `extra` it contains (any case). */
export function namedBodies(text: string, extra: readonly string[] = []): string[] {
  const found: { at: number; name: string }[] = [];
  for (const match of text.matchAll(TITLED_BODY)) found.push({ at: match.index, name: match[0] });
  for (const match of text.matchAll(KNOWN_BODY)) found.push({ at: match.index, name: match[0] });
  for (const name of extra) {
    if (name.trim() === '') continue;
    const match = new RegExp(`(?<!\\p{L})${escapeRegExp(name.trim()).replace(/\s+/g, '\\s+')}(?!\\p{L})`, 'iu').exec(text);
    if (match) found.push({ at: match.index, name: match[0] });
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.name);
}

/** Whether `name` is one of the unit's own names (compared without case and spacing). */
export function isOwnName(name: string, ownNames: readonly string[]): boolean {
  const squash = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const candidate = squash(name);
  return ownNames.some((own) => {
    const mine = squash(own);
    return mine !== '' && (candidate === mine || candidate.includes(mine) || mine.includes(candidate));
  });
}
