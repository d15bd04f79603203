/** One reason a reply sounds like a raised voice ("dengan nada tinggi"). */
export interface ToneFinding {
  rule: 'shouting' | 'exclamations' | 'harsh-word' | 'no-courtesy';
  message: string;
}

export interface ToneRules {
  /** Share of capital letters (among at least 12 letters) that reads as shouting. Default 0.6. */
  maxUppercaseShare?: number;
  /** Longest allowed run of `!`. Default 1. */
  maxExclamationRun?: number;
  /** Words that must never reach a resident (matched whole, case-insensitively). */
  harshWords?: readonly string[];
  /** When set, the reply must contain at least one of these courtesy phrases. */
  courtesyPhrases?: readonly string[];
}

export const DEFAULT_HARSH_WORDS: readonly string[] = ['bodoh', 'goblok', 'tolol', 'bego', 'dungu', 'ngawur', 'cerewet', 'bawel'];
export const DEFAULT_COURTESY_PHRASES: readonly string[] = ['terima kasih', 'mohon', 'maaf', 'bapak', 'ibu', 'salam', 'silakan'];

const MIN_LETTERS_FOR_SHOUTING = 12;

/** Checks a reply to a resident against the rules; an empty list means it may be sent. */
export function reviewTone(text: string, rules: ToneRules = {}): ToneFinding[] {
  const findings: ToneFinding[] = [];
  const letters = text.match(/\p{L}/gu) ?? [];
  const capitals = letters.filter((letter) => letter !== letter.toLowerCase()).length;
  const maxShare = rules.maxUppercaseShare ?? 0.6;
  if (letters.length >= MIN_LETTERS_FOR_SHOUTING && capitals / letters.length > maxShare) {
    findings.push({
      rule: 'shouting',
      message: `Terlalu banyak huruf kapital (${Math.round((100 * capitals) / letters.length)}%): tulis dengan huruf biasa.`,
    });
  }
  const longestRun = Math.max(0, ...(text.match(/!+/g) ?? []).map((run) => run.length));
  const maxRun = rules.maxExclamationRun ?? 1;
  if (longestRun > maxRun) {
    findings.push({ rule: 'exclamations', message: `Tanda seru berderet (${longestRun}×): cukup satu, atau titik.` });
  }
  const lowered = text.toLowerCase();
  for (const word of rules.harshWords ?? DEFAULT_HARSH_WORDS) {
    if (new RegExp(`(?<!\\p{L})${word.toLowerCase()}(?!\\p{L})`, 'u').test(lowered)) {
      findings.push({ rule: 'harsh-word', message: `Kata kasar "${word}" tidak pantas untuk warga.` });
    }
  }
  if (rules.courtesyPhrases && !rules.courtesyPhrases.some((phrase) => lowered.includes(phrase.toLowerCase()))) {
    findings.push({ rule: 'no-courtesy', message: `Tambahkan sapaan atau ungkapan santun, misalnya "${rules.courtesyPhrases[0]}".` });
  }
  return findings;
}
