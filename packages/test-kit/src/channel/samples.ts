import { randomBytes, randomUUID } from 'node:crypto';
import type { ChannelHarness, TestInboundMessage } from './harness.js';

/**
 * Texts residents really send: Indonesian with punctuation, characters that break naive form or
 * URL decoding (`& = + % #`), a line break and an emoji (outside the BMP: two UTF-16 units).
 */
export const SAMPLE_TEXTS = [
  'Lampu PJU mati di Jl. Hayam Wuruk, Kel. Podosugih. Mohon segera dicek.',
  'Sampah menumpuk 3 hari di RT 04/RW 02 & saluran mampet (100% penuh) #darurat +info a=b',
  'Jalan berlubang depan SD Negeri 1 Medono\nsudah 2 minggu 🙏 — terima kasih',
] as const;

const SAMPLE_NAMES = ['Siti Rahayu', 'Budi Santoso', 'Dewi Lestari'] as const;

/**
 * Provider message ids come in every shape: Meta's `wamid.` + base64, Twilio's `SM` + hex,
 * Telegram's integers, gateways' UUIDs and references with `/ + = :`. Adapters must carry each
 * unchanged; one that assumes a shape (parses a number, strips "odd" characters) breaks dedupe.
 */
export function providerId(index: number): string {
  const token = randomBytes(9).toString('base64');
  const shapes = [
    () => `kit-${randomUUID()}`,
    () => String(BigInt(`0x${randomBytes(7).toString('hex')}`)),
    () => `wamid.${token}==`,
    () => `SM${randomBytes(16).toString('hex')}`,
    () => `ref/${token}+x=y:${index}`,
  ];
  return shapes[index % shapes.length]!();
}

/** Whole seconds: the precision every provider's timestamp can carry. */
export function wholeSecondsAgo(now: Date, seconds: number): string {
  return new Date(Math.floor(now.getTime() / 1000) * 1000 - seconds * 1000).toISOString();
}

let issued = 0;

/** Fresh messages with unique ids of varied shapes, so no test can pass on another's leftovers. */
export function sampleMessages(harness: ChannelHarness, count: number): TestInboundMessage[] {
  const now = harness.now?.() ?? new Date();
  return Array.from({ length: count }, (_, index) => ({
    messageId: providerId(issued++),
    sender: harness.addresses[index % harness.addresses.length] as string,
    senderName: SAMPLE_NAMES[index % SAMPLE_NAMES.length] as string,
    text: SAMPLE_TEXTS[index % SAMPLE_TEXTS.length] as string,
    sentAt: wholeSecondsAgo(now, 60 - index),
  }));
}

/** Personal data planted to find leaks: a unique word in the name and the text, and the sender's number. */
export interface Canary {
  message: TestInboundMessage;
  /** Strings that must appear in no error, failure result or log line. */
  needles: string[];
}

/** The digits that identify a phone number however it is written (+62…, 62…, 0…); the whole address otherwise. */
function numberNeedle(address: string): string {
  const digits = address.replace(/\D/g, '');
  return digits.length >= 9 ? digits.slice(-9) : address;
}

/** A message from the harness's second address whose name and text carry a unique word. */
export function canaryMessage(harness: ChannelHarness): Canary {
  const word = `Kanari${randomBytes(4).toString('hex')}`;
  const now = harness.now?.() ?? new Date();
  const sender = harness.addresses[1];
  const message: TestInboundMessage = {
    messageId: providerId(issued++),
    sender,
    senderName: `Ibu ${word}`,
    text: `Atap rumah Ibu ${word} bocor sejak Senin, RT 02/RW 05 Kel. Kauman`,
    sentAt: wholeSecondsAgo(now, 30),
  };
  return { message, needles: [word, numberNeedle(sender)] };
}

/** A text of exactly `length` characters made of words, as a long reply would be. */
export function wordsOfLength(length: number): string {
  const words = ['mohon', 'maaf', 'atas', 'ketidaknyamanan', 'petugas', 'kami', 'segera', 'menindaklanjuti', 'laporan', 'Anda'];
  let text = '';
  for (let index = 0; text.length < length; index++) text += `${words[index % words.length]} `;
  return `${text.slice(0, length - 1)}.`;
}

/** Removes whitespace, to compare a text with the same text split into parts on word boundaries. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}
