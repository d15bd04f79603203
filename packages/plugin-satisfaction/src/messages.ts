/** A language the plugin writes to residents in. */
export type SatisfactionLanguage = 'id' | 'en';

/** Which question a message asks: after the answer, again after a reply it did not understand, or weeks later. */
export type QuestionKind = 'closure' | 'again' | 'recheck';

/** What the resident's answer did to the complaint, for the thank-you message. */
export type AnswerEffect = 'confirmed' | 'reopened' | 'recorded';

const QUESTIONS: Record<QuestionKind, Record<SatisfactionLanguage, (tracking: string) => string>> = {
  closure: {
    id: (t) =>
      `Aduan ${t} sudah dijawab. Apakah masalahnya sudah beres? Balas SUDAH atau BELUM, lalu nilai 1-5 dan komentar bila ada. Contoh: SUDAH 5 terima kasih`,
    en: (t) =>
      `Complaint ${t} has been answered. Is the problem fixed? Reply SUDAH (yes) or BELUM (no), then a rating 1-5 and a comment if you like. Example: SUDAH 5 thank you`,
  },
  again: {
    id: (t) =>
      `Maaf, balasan Anda belum kami pahami. Untuk aduan ${t}, balas SUDAH bila sudah beres atau BELUM bila belum, lalu nilai 1-5. Contoh: BELUM 2 masih berlubang`,
    en: (t) =>
      `Sorry, we did not understand your reply. For complaint ${t}, reply SUDAH if it is fixed or BELUM if not, then a rating 1-5. Example: BELUM 2 still broken`,
  },
  recheck: {
    id: (t) => `Beberapa minggu lalu aduan ${t} dinyatakan selesai. Apakah masalahnya masih beres? Balas SUDAH atau BELUM, lalu nilai 1-5.`,
    en: (t) => `A few weeks ago complaint ${t} was closed. Is the problem still fixed? Reply SUDAH or BELUM, then a rating 1-5.`,
  },
};

const THANKS: Record<AnswerEffect, Record<SatisfactionLanguage, (tracking: string) => string>> = {
  confirmed: {
    id: (t) => `Terima kasih. Aduan ${t} kami nyatakan selesai.`,
    en: (t) => `Thank you. Complaint ${t} is now closed.`,
  },
  reopened: {
    id: (t) => `Terima kasih. Aduan ${t} kami buka kembali dan teruskan ke unit yang menanganinya.`,
    en: (t) => `Thank you. Complaint ${t} is reopened and sent back to the unit handling it.`,
  },
  recorded: {
    id: (t) => `Terima kasih, jawaban Anda untuk aduan ${t} sudah kami catat.`,
    en: (t) => `Thank you, your answer for complaint ${t} has been recorded.`,
  },
};

/** One message in each language, in the order given, as separate paragraphs. */
const inLanguages = (
  languages: readonly SatisfactionLanguage[],
  texts: Record<SatisfactionLanguage, (t: string) => string>,
  tracking: string,
) => languages.map((language) => texts[language](tracking)).join('\n\n');

/** The question to the resident. */
export const questionText = (kind: QuestionKind, languages: readonly SatisfactionLanguage[], tracking: string): string =>
  inLanguages(languages, QUESTIONS[kind], tracking);

/** The thank-you for an answer, saying what it did. */
export const thanksText = (effect: AnswerEffect, languages: readonly SatisfactionLanguage[], tracking: string): string =>
  inLanguages(languages, THANKS[effect], tracking);
