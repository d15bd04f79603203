import { InvalidConfigError } from '@aduan/spec';

/** What a complaint may lack; the desk asks the resident for it with `missingDetailPrompt`. */
export type MissingDetailKind = 'location' | 'detail' | 'photo' | 'time';

/**
 * Words the adapter shows to people. Inbound media without a caption still needs readable text
 * (a complaint's description may not be empty), and prompts ask politely for what is missing.
 */
export interface WhatsAppLabels {
  prompts: Record<MissingDetailKind, string>;
  /** Stand-in text for messages that carry no words of their own. `{name}`/`{detail}` are filled in. */
  media: {
    image: string;
    video: string;
    audio: string;
    voice: string;
    document: string;
    sticker: string;
    location: string;
    contacts: string;
    reaction: string;
    unsupported: string;
  };
}

export type WhatsAppLanguage = 'id' | 'en';

/** Deep-partial overrides: change one prompt without restating the rest. */
export interface WhatsAppLabelOverrides {
  prompts?: Partial<WhatsAppLabels['prompts']>;
  media?: Partial<WhatsAppLabels['media']>;
}

// Polite, empathetic and calm, as the mayor asks of every answer: thank first, explain why, then ask.
const INDONESIAN: WhatsAppLabels = {
  prompts: {
    location:
      'Terima kasih atas laporan Bapak/Ibu. Agar petugas dapat segera menuju tempatnya, mohon kesediaan ' +
      'Bapak/Ibu membagikan lokasi kejadian melalui fitur Lokasi di WhatsApp, atau menuliskan alamatnya ' +
      '(nama jalan, RT/RW, dan kelurahan). Terima kasih atas bantuannya.',
    detail:
      'Terima kasih telah menghubungi kami. Agar laporan Bapak/Ibu dapat kami tindak lanjuti dengan tepat, ' +
      'mohon berkenan menceritakan sedikit lebih rinci apa yang terjadi dan layanan apa yang dimaksud. ' +
      'Kami siap membantu.',
    photo:
      'Terima kasih atas laporan Bapak/Ibu. Bila berkenan, mohon kirimkan foto kondisi di lokasi agar ' +
      'petugas dapat memahami keadaannya dengan lebih baik. Terima kasih.',
    time:
      'Terima kasih atas laporan Bapak/Ibu. Mohon informasikan kapan kejadian tersebut berlangsung ' +
      '(tanggal dan perkiraan jam), agar dapat kami teruskan kepada petugas yang tepat. Terima kasih.',
  },
  media: {
    image: '(gambar tanpa keterangan)',
    video: '(video tanpa keterangan)',
    audio: '(berkas audio)',
    voice: '(pesan suara)',
    document: '(dokumen: {name})',
    sticker: '(stiker)',
    location: '(lokasi dibagikan)',
    contacts: '(kontak dibagikan: {detail})',
    reaction: '(reaksi {detail} pada pesan sebelumnya)',
    unsupported: '(pesan jenis "{detail}" belum dapat ditampilkan)',
  },
};

const ENGLISH: WhatsAppLabels = {
  prompts: {
    location:
      'Thank you for your report. So that our officers can reach the place quickly, could you please share ' +
      "the location with WhatsApp's Location feature, or write the address (street, RT/RW and kelurahan)? " +
      'Thank you for your help.',
    detail:
      'Thank you for contacting us. So that we can follow up on your report properly, could you please tell ' +
      'us a little more about what happened and which service it concerns? We are here to help.',
    photo:
      'Thank you for your report. If you can, please send a photo of the situation so that our officers ' +
      'understand it better. Thank you.',
    time:
      'Thank you for your report. Could you please tell us when it happened (date and approximate time), ' +
      'so that we can pass it to the right officers? Thank you.',
  },
  media: {
    image: '(image without caption)',
    video: '(video without caption)',
    audio: '(audio file)',
    voice: '(voice message)',
    document: '(document: {name})',
    sticker: '(sticker)',
    location: '(shared location)',
    contacts: '(shared contact: {detail})',
    reaction: '(reacted {detail} to an earlier message)',
    unsupported: '(a "{detail}" message that cannot be shown yet)',
  },
};

/** The shipped labels: Bahasa Indonesia first, English second. */
export const WHATSAPP_LABELS: Readonly<Record<WhatsAppLanguage, WhatsAppLabels>> = { id: INDONESIAN, en: ENGLISH };

/** Labels for a language with overrides applied on top. */
export function resolveLabels(language: WhatsAppLanguage = 'id', overrides: WhatsAppLabelOverrides = {}): WhatsAppLabels {
  const base = Object.hasOwn(WHATSAPP_LABELS, language) ? WHATSAPP_LABELS[language] : undefined;
  if (base === undefined) {
    throw new InvalidConfigError('WhatsApp labels', [
      { path: 'language', message: `must be one of ${Object.keys(WHATSAPP_LABELS).join(', ')}` },
    ]);
  }
  return {
    prompts: { ...base.prompts, ...overrides.prompts },
    media: { ...base.media, ...overrides.media },
  };
}

/** Fills `{name}`-style placeholders; unknown ones stay visible so a typo shows up in review. */
export function fillLabel(label: string, values: Record<string, string>): string {
  return label.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
