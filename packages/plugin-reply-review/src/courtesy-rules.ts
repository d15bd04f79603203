import type { ResolvedReplyContext, RuleHit } from './reply-context.js';
import type { ReplyText } from './reply-text.js';
import { namedBodies } from './named-bodies.js';

const SALAM =
  /(?<!\p{L})(?:selamat (?:pagi|siang|sore|malam|datang)|assalamualaikum|assalamu alaikum|salam (?:sejahtera|sehat|hormat|kenal|damai)|shalom|om swastiastu|namo buddhaya|salam kebajikan|yang terhormat|dengan hormat|halo|hai)(?!\p{L})/u;
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

const THANKS = /(?<!\p{L})(?:terima kasih|terimakasih|berterima kasih|matur nuwun)(?!\p{L})/u;

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
  /(?<!\p{L})(?:terlambat|keterlambatan|(?<!paling )lambat|tertunda|penundaan|lamban|molor|belum sempat|(?<!(?:depan|besok|lusa|nanti) )baru (?:kami )?(?:sempat|dapat|bisa|baca|membaca|lihat|melihat|tangani|menangani|proses|memproses|tanggapi|menanggapi|jawab|menjawab)|lebih lama dari (?:seharusnya|jadwal|yang dijanjikan|rencana)|memakan waktu (?:terlalu )?lama|kelalaian|lalai|kekeliruan|keliru|kesalahan (?:kami|petugas|data|sistem|input|pencatatan)|(?<!bukan )salah (?:kami|petugas)|mengecewakan|kurang (?:cepat|sigap|tanggap)|melewati (?:batas )?waktu|terlalu lama|menunggu lama|cukup lama|terbengkalai|terlewat|terlupa|kelupaan|meleset|tidak (?:\p{L}+ )?sesuai (?:jadwal|janji|rencana)|belum juga|(?:kami )?(?:akui|mengakui)|(?:kurang|belum) (?:baik|maksimal|optimal)|belum (?:selesai|terlaksana|dikerjakan|diperbaiki|ditangani) karena|belum (?:juga )?(?:tertangani|ditangani|selesai) (?:sejak|selama))(?!\p{L})/u;
const ADMITTED_ALL = new RegExp(ADMITTED.source, 'gu');
// "agar tidak terlambat", "tanpa penundaan", "bukan karena kelalaian": the delay or fault is denied, not admitted.
const DENIED = /(?:tidak|tanpa|bukan|belum pernah|jangan sampai|tidak ada|agar tidak|supaya tidak)(?: karena| akibat| ada)?\s*$/u;
// "Bapak datang terlambat", "salah sendiri datang telat": the resident's own lateness is not the service's.
const RESIDENTS_OWN =
  /(?:bapak|ibu|anda|kamu|saudara|saudari|warga|pelapor|sendiri)(?: (?:datang|hadir|mendaftar|membayar|melapor|mengajukan|mengambil|menyerahkan))?$/u;
// "kelalaian warga", "kesalahan Bapak": a fault named as the resident's is not admitted by the service.
const RESIDENT_AFTER = /^ (?:warga|bapak|ibu|anda|kamu|saudara|saudari|pelapor|pengadu)(?!\p{L})/u;
const APOLOGY = /(?<!\p{L})(?:maaf|memohon maaf|permohonan maaf|menyesal|menyesalkan)(?!\p{L})/u;

/** An admitted delay or fault (or an overdue complaint) calls for an apology. */
export function apology(reply: ReplyText, context: ResolvedReplyContext): RuleHit | undefined {
  const admitted = [...reply.standard.matchAll(ADMITTED_ALL)].find((match) => {
    const before = reply.standard.slice(Math.max(0, match.index - 30), match.index).trimEnd();
    const after = reply.standard.slice(match.index + match[0].length, match.index + match[0].length + 20);
    const lateness = /^(?:terlambat|lambat)$/u.test(match[0]);
    return !DENIED.test(before) && !(lateness && RESIDENTS_OWN.test(before)) && !RESIDENT_AFTER.test(after);
  });
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
/** Words besides the unit's name a closing line may have without a sign-off word ("Tim", "Admin", "Petugas"). */
const MAX_BARE_NAME_EXTRA_WORDS = 2;
// Sign-off words that open a closing line, or a line of their own just before the name.
const SIGN_OFF =
  /^(?:salam|hormat kami|wassalam|wassalamualaikum|tertanda|ttd|terima kasih|matur nuwun|admin|humas|dari|a\.?n\.?|atas nama)(?!\p{L})/iu;

/**
 * The last line or sentence is a closing that names the unit (its own name, or a body's): a short
 * line opening with a sign-off ("Salam, DPUPR Kota Pekalongan"), or the name on its own after a
 * sign-off line or a sentence end ("Hormat kami,\nDLH Kota Pekalongan"). A sentence that merely
 * mentions a body last ("Itu bukan urusan Satpol PP") is not a closing.
 */
export function closing(reply: ReplyText, context: ResolvedReplyContext): RuleHit | undefined {
  const last = reply.segments.at(-1) ?? '';
  const words = last.split(/\s+/).filter(Boolean).length;
  const names = namedBodies(last, context.ownNames);
  // The words left once every name is taken out (a name found twice, as a known body and as the unit's own, counts once).
  const rest = [...names].sort((a, b) => b.length - a.length).reduce((text, name) => text.replaceAll(name, ' '), last);
  const extraWords = rest.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;
  const signedOff = SIGN_OFF.test(last) || SIGN_OFF.test(reply.segments.at(-2) ?? '');
  const bareName = extraWords <= MAX_BARE_NAME_EXTRA_WORDS && !/[!?]\s*$/.test(last);
  if (words <= MAX_CLOSING_WORDS && names.length > 0 && (signedOff || bareName)) return undefined;
  const example = context.ownNames[0] ?? 'nama unit';
  return {
    message: `Tutup dengan salam dan nama unit pada baris terakhir, misalnya "Salam, ${example}".`,
    messageEn: `Close with a sign-off and the unit's name on the last line, e.g. "Salam, ${example}".`,
  };
}
