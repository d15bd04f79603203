import { normalizeIndonesian } from '@aduan/text-id';
import type { ResolvedReplyContext, RuleHit } from './reply-context.js';
import type { ReplyText } from './reply-text.js';
import { namedBodies } from './named-bodies.js';

/** The names of bodies in a line (the unit's own included) and how many words it has besides them. */
function namesIn(line: string, ownNames: readonly string[]): { names: string[]; otherWords: number } {
  const names = namedBodies(line, ownNames);
  // The words left once every name is taken out (a name found twice, as a known body and as the unit's own, counts once).
  const rest = [...names].sort((a, b) => b.length - a.length).reduce((text, name) => text.replaceAll(name, ' '), line);
  return { names, otherWords: rest.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length };
}

/** Whether a line holds nothing but names of bodies, e.g. a letterhead. */
function isOnlyNames(line: string, ownNames: readonly string[]): boolean {
  const { names, otherWords } = namesIn(line, ownNames);
  return names.length > 0 && otherWords === 0;
}

// Salams that open a reply (on the start of the normalised text): "Selamat pagi", "Assalamualaikum" (also "Ass."),
// "Dengan hormat", "Yth.", Javanese "Sugeng enjing", and the bare "Pagi," that the informal rule asks to write out.
const SALAM =
  /^(?:kepada )?(?:selamat (?:pagi|siang|sore|malam|datang)|pagi|siang|sore|malam|assalamualaikum|assalamu alaikum|waalaikumsalam|waalaikumussalam|wa alaikumsalam|salam(?: \p{L}+)?|shalom|om swastiastu|namo buddhaya|yang terhormat|dengan hormat|halo|hai|sugeng (?:enjing|siang|sonten|dalu|rawuh)|wilujeng \p{L}+)(?!\p{L})/u;
// The resident addressed by the first word of the reply (raw text, in any case; "Pak", "Bu", "Bpk" included).
const ADDRESS =
  /^(?:kepada\s+)?(?:yth\.?\s*)?(?:bapak|pak|bpk|ibu|bu|saudara|saudari|sdr|sdri|kak|kakak|mas|mbak)(?:\s*\/\s*(?:bapak|pak|ibu|bu|saudara|saudari|sdr|sdri))?(?!\p{L})\.?/iu;
// The address calls the resident ("Bapak, …", "Ibu Siti", "Bapak jangan khawatir") unless it is the subject the sentence
// talks about: "Bapak ini bodoh…", "Ibu itu…", "Bapak kira…", which greets no one.
const SUBJECT_AFTER = /^\s+(?:ini|itu|tuh|nih|kira|pikir|sendiri)(?!\p{L})/iu;

/**
 * The reply opens with a greeting: its first words are a salam ("Selamat siang", "Assalamualaikum", "Dengan
 * hormat", "Yth.") or the resident addressed as Bapak/Ibu/Saudara (also Pak, Bu, Kak). A salam or an address
 * after other words ("Laporan sudah kami terima, Bapak", "Siap, Pak", "Mohon maaf, Bapak") does not open it.
 */
export function greeting(reply: ReplyText, context: ResolvedReplyContext): RuleHit | undefined {
  // A letterhead line with only the unit's name ("DISDUKCAPIL KOTA PEKALONGAN") comes before the opening.
  const letterhead = isOnlyNames(reply.segments[0] ?? '', context.ownNames) ? 1 : 0;
  const first = reply.segments[letterhead] ?? '';
  // Without a letterhead, the normalised text starts with the first sentence's words.
  if (SALAM.test(letterhead ? normalizeIndonesian(first) : reply.standard)) return undefined;
  const address = ADDRESS.exec(first);
  if (address && !SUBJECT_AFTER.test(first.slice(address[0].length))) return undefined;
  return {
    message: 'Awali balasan dengan salam atau sapaan, misalnya "Selamat siang, Bapak/Ibu".',
    messageEn: 'Open the reply with a greeting or by addressing the resident, e.g. "Selamat siang, Bapak/Ibu".',
  };
}

// "Uang terima kasih" is a tip an officer must not take, not thanks.
const THANKS = /(?<!\p{L})(?<!uang )(?<!imbalan )(?:terima kasih|terimakasih|berterima kasih|matur nuwun)(?!\p{L})/u;

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
  /(?:terlambat|keterlambatan|(?<!paling )lambat|tertunda|penundaan|lamban|molor|belum sempat|(?<!(?:depan|besok|lusa|nanti) )baru (?:kami )?(?:sempat|baca|membaca|lihat|melihat|tangani|menangani|proses|memproses|tanggapi|menanggapi|jawab|menjawab)|(?<!(?:depan|besok|lusa|nanti) )baru (?:dapat|bisa) (?:kami )?(?:di)?(?:proses|tangani|tanggapi|jawab|kerjakan|perbaiki|tindaklanjuti|layani|baca)|lebih lama dari (?:seharusnya|jadwal|yang dijanjikan|rencana)|memakan waktu (?:terlalu )?lama|kelalaian|lalai|kekeliruan|keliru|kesalahan (?:kami|petugas|data|sistem|input|pencatatan)|(?<!bukan )salah (?:kami|petugas)|mengecewakan|kurang (?:cepat|sigap|tanggap)|melewati (?:batas )?waktu|terlalu lama|menunggu lama|cukup lama|terbengkalai|terlewat|terlupa|kelupaan|meleset|tidak (?:\p{L}+ )?sesuai (?:jadwal|janji|rencana)|belum juga|(?:kami )?(?:akui|mengakui)|(?:kurang|belum) (?:baik|maksimal|optimal)|belum (?:selesai|terlaksana|dikerjakan|diperbaiki|ditangani) karena|belum (?:juga )?(?:tertangani|ditangani|selesai) (?:sejak|selama))/u;
// The people of the service, and what a unit does to them when they did wrong.
const STAFF = '(?:petugas|pegawai|staf|oknum|juru parkir|jukir|karyawan|operator|satpam|ia|yang bersangkutan)';
const SANCTION =
  '(?:kami |di)(?:beri |berikan |jatuhi |jatuhkan )?(?:pembinaan|bina|teguran|tegur|sanksi|peringatan|surat peringatan|bebastugaskan|berhentikan|pecat|nonaktifkan|mutasi|pindahtugaskan|pindahkan|laporkan ke inspektorat)';
// A failure of the service admitted without the words of ADMITTED: a sanctioned officer ("petugas yang bersangkutan
// sudah kami beri pembinaan"), a service that did not happen and why ("armada kami tidak datang karena truknya
// mogok", "fogging batal karena mesin kami rusak"), the unit's own equipment broken, supplies run out, an admission
// with "memang" ("juru parkir itu memang menarik Rp5.000").
const FAILED = [
  // The officer named ("petugas loket yang meminta uang …", "petugas tersebut"), then what was done to them: the
  // sanction must follow the naming, so "petugas DPUPR ke lokasi; pedagang sudah kami tegur" is no admission.
  `${STAFF}(?: \\p{L}+)?(?: (?:yang|tersebut|itu)(?: \\p{L}+){0,8}?)? (?:sudah |telah )${SANCTION}`,
  '(?:tidak (?:datang|hadir|jadi|terangkut|diangkut|melayani|dilayani)|batal|dibatalkan|gagal) (?:\\p{L}+ ){0,2}karena',
  'kami (?:sedang )?(?:rusak|mogok|error|bermasalah|mengalami gangguan)',
  '(?:sistem|server|aplikasi|jaringan|layanan) (?:kami )?(?:sedang )?(?:error|bermasalah|mengalami gangguan|gangguan|down)',
  '(?:obat|stok|persediaan|blangko|blanko|vaksin|formulir)(?: \\p{L}+){0,3}? (?:habis|kosong)',
  // "sempat" (it did happen for a while) with a failure: "blangko sempat kosong", "laporan sempat terabaikan".
  'sempat (?:kosong|habis|rusak|mati|terhenti|berhenti|terganggu|error|mogok|terabaikan|terlewat|tertunda)',
  'terabaikan|terlantar|(?:tidak|belum) (?:tertangani|ditanggapi|direspons|dibalas)',
  '(?:janji|jadwal|rencana|target)(?: \\p{L}+){0,6}? (?:tidak|belum) (?:terlaksana|terpenuhi|ditepati|tercapai)',
  'memang (?:batal|terlambat|lambat|tidak (?:datang|hadir|jadi)|menarik|meminta|memungut|salah|keliru|lalai|kurang)',
].join('|');
const ADMITTED_ALL = new RegExp(`(?<!\\p{L})(?:${ADMITTED.source}|${FAILED})(?!\\p{L})`, 'gu');
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
  const { names, otherWords: extraWords } = namesIn(last, context.ownNames);
  const signedOff = SIGN_OFF.test(last) || SIGN_OFF.test(reply.segments.at(-2) ?? '');
  const bareName = extraWords <= MAX_BARE_NAME_EXTRA_WORDS && !/[!?]\s*$/.test(last);
  if (words <= MAX_CLOSING_WORDS && names.length > 0 && (signedOff || bareName)) return undefined;
  const example = context.ownNames[0] ?? 'nama unit';
  return {
    message: `Tutup dengan salam dan nama unit pada baris terakhir, misalnya "Salam, ${example}".`,
    messageEn: `Close with a sign-off and the unit's name on the last line, e.g. "Salam, ${example}".`,
  };
}
