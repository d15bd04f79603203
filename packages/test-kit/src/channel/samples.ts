import { randomUUID } from 'node:crypto';
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

/** Whole seconds: the precision every provider's timestamp can carry. */
export function wholeSecondsAgo(now: Date, seconds: number): string {
  return new Date(Math.floor(now.getTime() / 1000) * 1000 - seconds * 1000).toISOString();
}

/** Fresh messages with unique ids, so no test can pass on another's leftovers. */
export function sampleMessages(harness: ChannelHarness, count: number): TestInboundMessage[] {
  const now = harness.now?.() ?? new Date();
  return Array.from({ length: count }, (_, index) => ({
    messageId: `kit-${randomUUID()}`,
    sender: harness.addresses[index % harness.addresses.length] as string,
    text: SAMPLE_TEXTS[index % SAMPLE_TEXTS.length] as string,
    sentAt: wholeSecondsAgo(now, 60 - index),
  }));
}

/** A text of exactly `length` characters made of words, as a long reply would be. */
export function wordsOfLength(length: number): string {
  const words = ['mohon', 'maaf', 'atas', 'ketidaknyamanan', 'petugas', 'kami', 'segera', 'menindaklanjuti', 'laporan', 'Anda'];
  let text = '';
  for (let index = 0; text.length < length; index++) text += `${words[index % words.length]} `;
  return text.slice(0, length - 1) + '.';
}

/** Removes whitespace, to compare a text with the same text split into parts on word boundaries. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}
