import { COLLOQUIAL_FORMS } from '@aduan/text-id';
import { clippedActionStem } from './concrete-actions.js';
import type { RuleHit } from './reply-context.js';
import type { ReplyText } from './reply-text.js';

const EXCLAMATION_RUN = /!\s*[!?1]|\?\s*!/u;

/** Two or more exclamation marks in a row, or `?!`, outside quoted passages (a resident's own title or words). */
export function exclamations(reply: ReplyText): RuleHit | undefined {
  const match = EXCLAMATION_RUN.exec(reply.rawUnquoted);
  if (!match) return undefined;
  return {
    message: 'Hapus tanda seru berderet: cukup titik, atau satu tanda seru.',
    messageEn: 'Remove the run of exclamation marks: a full stop, or one mark, is enough.',
    evidence: match[0],
  };
}

// Short forms of address (Pak, Bu) are courteous in replies, Javanese courtesy (matur nuwun) is not chat, and `cuma`
// is standard (KBBI: "hanya"); every other slang or chat form is not standard writing.
const ACCEPTED_SHORT_FORMS = new Set(['pak', 'bu', 'nuwun', 'cuma']);
const INFORMAL = new Map(
  COLLOQUIAL_FORMS.filter((entry) => entry.kind !== 'abbreviation' && !ACCEPTED_SHORT_FORMS.has(entry.form)).map(
    (entry) => [entry.form, entry.standard] as const,
  ),
);

// "Pagi Pak," is how a chat greets; a reply says "Selamat pagi". "Siap, Pak" and "Noted" answer like a chat too.
const BARE_GREETING = /^(pagi|siang|sore|malam)(?!\p{L})/iu;
const CHAT_OPENER = /^(siap|noted)(?=\s*[,.!]|\s+(?:pak|bu|bapak|ibu|kak|mas|mbak)(?!\p{L}))/iu;

/**
 * Non-standard words, chat shorthand and clipped verbs ("nambal"), a chat greeting without "Selamat" and a chat
 * answer such as "Siap, Pak"; the message names the standard words to use.
 */
export function informal(reply: ReplyText): RuleHit | undefined {
  const found = [...new Set(reply.rawWords.filter((word) => INFORMAL.has(word) || clippedActionStem(word)))].filter(
    (word) => !reply.acronyms.has(word),
  );
  const fixes = found.slice(0, 5).map((word) => {
    const standard = INFORMAL.get(word) ?? (INFORMAL.has(word) ? '' : `me${word}`);
    return standard ? `"${word}" → "${standard}"` : `hapus "${word}"`;
  });
  const first = reply.segments[0] ?? '';
  const bare = BARE_GREETING.exec(first);
  if (bare) fixes.unshift(`"${bare[1]}" → "Selamat ${bare[1]!.toLowerCase()}"`);
  const opener = CHAT_OPENER.exec(first);
  if (opener) fixes.unshift(`"${opener[1]}" → "Baik"`);
  if (fixes.length === 0) return undefined;
  return {
    message: `Gunakan bahasa baku: ${fixes.join(', ')}.`,
    messageEn: `Use standard Indonesian: ${fixes.join(', ')}.`,
    evidence: [...(opener ? [opener[1]!] : []), ...(bare ? [bare[1]!] : []), ...found].join(' '),
  };
}
