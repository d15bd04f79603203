import type { ResolvedReplyContext, RuleHit } from './reply-context.js';
import type { ReplyText } from './reply-text.js';
import { namedBodies } from './named-bodies.js';

const SALAM =
  /(?<!\p{L})(?:selamat (?:pagi|siang|sore|malam|datang)|assalamualaikum|assalamu alaikum|salam (?:sejahtera|sehat|hormat|kenal|damai)|shalom|om swastiastu|namo buddhaya|salam kebajikan|yang terhormat|halo|hai)(?!\p{L})/u;
const ADDRESS = /(?<!\p{L})(?:bapak|ibu|saudara|saudari)(?!\p{L})/u;

/** A salam anywhere, or the resident addressed as Bapak/Ibu/Saudara in the first sentence. */
export function greeting(reply: ReplyText): RuleHit | undefined {
  if (SALAM.test(reply.standard)) return undefined;
  const first = reply.segments[0] ?? '';
  if (
    ADDRESS.test(
      first
        .toLowerCase()
        .replace(/\b(?:pak|bpk)\b/g, 'bapak')
        .replace(/\bbu\b/g, 'ibu'),
    )
  )
    return undefined;
  return {
    message: 'Awali dengan salam atau sapaan, misalnya "Selamat siang, Bapak/Ibu".',
    messageEn: 'Open with a greeting or by addressing the resident, e.g. "Selamat siang, Bapak/Ibu".',
  };
}

const THANKS = /(?<!\p{L})(?:terima kasih|berterima kasih|matur nuwun)(?!\p{L})/u;

/** Thanks for the report. */
export function thanks(reply: ReplyText): RuleHit | undefined {
  if (THANKS.test(reply.standard)) return undefined;
  return {
    message: 'Sampaikan terima kasih atas laporan warga, misalnya "Terima kasih atas laporan Bapak/Ibu".',
    messageEn: 'Thank the resident for the report, e.g. "Terima kasih atas laporan Bapak/Ibu".',
  };
}

// Words that admit a delay or a fault of the service.
const ADMITTED =
  /(?<!\p{L})(?:terlambat|keterlambatan|tertunda|penundaan|lamban|molor|belum sempat|baru (?:sempat|dapat|bisa)|kelalaian|lalai|kekeliruan|keliru|kesalahan (?:kami|petugas|data|sistem|input|pencatatan)|(?<!bukan )salah (?:kami|petugas)|mengecewakan|kurang (?:cepat|sigap|tanggap)|melewati (?:batas )?waktu)(?!\p{L})/u;
const APOLOGY = /(?<!\p{L})(?:maaf|memohon maaf|permohonan maaf|menyesal|menyesalkan)(?!\p{L})/u;

/** An admitted delay or fault (or an overdue complaint) calls for an apology. */
export function apology(reply: ReplyText, context: ResolvedReplyContext): RuleHit | undefined {
  const admitted = ADMITTED.exec(reply.standard);
  if ((!admitted && !context.overdue) || APOLOGY.test(reply.standard)) return undefined;
  return {
    message: admitted
      ? `Balasan mengakui keterlambatan atau kekeliruan ("${admitted[0]}"): sampaikan permohonan maaf, misalnya "Mohon maaf atas keterlambatan penanganan".`
      : 'Aduan ini melewati batas waktu: sampaikan permohonan maaf atas keterlambatan.',
    messageEn: admitted
      ? `The reply admits a delay or a fault ("${admitted[0]}"): apologise, e.g. "Mohon maaf atas keterlambatan penanganan".`
      : 'This complaint is past its deadline: apologise for the delay.',
    ...(admitted ? { evidence: admitted[0] } : {}),
  };
}

const MAX_CLOSING_WORDS = 10;

/** The last line or sentence is a short closing that names the unit (its own name, or a body's). */
export function closing(reply: ReplyText, context: ResolvedReplyContext): RuleHit | undefined {
  const last = reply.segments.at(-1) ?? '';
  const words = last.split(/\s+/).filter(Boolean).length;
  if (words <= MAX_CLOSING_WORDS && namedBodies(last, context.ownNames).length > 0) return undefined;
  const example = context.ownNames[0] ?? 'nama unit';
  return {
    message: `Tutup dengan salam dan nama unit, misalnya "Salam, ${example}".`,
    messageEn: `Close with a sign-off and the unit's name, e.g. "Salam, ${example}".`,
  };
}
