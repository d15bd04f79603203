import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_LENGTH, parseSatisfactionAnswer } from './index.js';

describe('parseSatisfactionAnswer', () => {
  it.each([
    ['sudah', { fixed: true, rating: null }],
    ['SUDAH BERES', { fixed: true, rating: null }],
    ['Sudah beres.', { fixed: true, rating: null }],
    ['udah selesai', { fixed: true, rating: null }],
    ['Beres', { fixed: true, rating: null }],
    ['ya', { fixed: true, rating: null }],
    ['belum', { fixed: false, rating: null }],
    ['Belum beres', { fixed: false, rating: null }],
    ['blm', { fixed: false, rating: null }],
    ['tidak', { fixed: false, rating: null }],
    ['tidak tahu', { fixed: null, rating: null }],
    ['gak tau, belum sempat lihat', { fixed: null, rating: null, comment: 'belum sempat lihat' }],
    ['belum 2', { fixed: false, rating: 2 }],
    ['belum 2 masih berlubang', { fixed: false, rating: 2, comment: 'masih berlubang' }],
    ['SUDAH 5 Terima kasih Pak!', { fixed: true, rating: 5, comment: 'Terima kasih Pak!' }],
    ['Sudah, terima kasih banyak', { fixed: true, rating: null, comment: 'terima kasih banyak' }],
    ['sudah beres, nilai 4', { fixed: true, rating: 4 }],
    ['Sudah - 4/5 - cepat sekali', { fixed: true, rating: 4, comment: 'cepat sekali' }],
    ['1', { fixed: null, rating: 1 }],
    ['5.', { fixed: null, rating: 5 }],
    ['nilai 3', { fixed: null, rating: 3 }],
    ['⭐⭐⭐⭐', { fixed: null, rating: 4 }],
    ['sudah ⭐️⭐️⭐️⭐️⭐️', { fixed: true, rating: 5 }],
    ['  sudah\n\nberes  ', { fixed: true, rating: null }],
  ])('reads %j', (text, expected) => {
    expect(parseSatisfactionAnswer(text)).toEqual(expected);
  });

  it.each([
    'sudah seminggu lampu masih mati',
    'tidak ada perubahan sama sekali',
    '2 minggu belum diperbaiki',
    '10',
    '0',
    'Kapan diperbaiki?',
    'sudahlah',
    'belumlah',
    '',
    '⭐⭐⭐⭐⭐⭐',
    `sudah, ${'panjang '.repeat(200)}`,
  ])('does not take %j for an answer', (text) => {
    expect(parseSatisfactionAnswer(text)).toBeUndefined();
  });

  it('keeps the resident’s own letters in the comment', () => {
    expect(parseSatisfactionAnswer('BELUM 1 Lubang Di Jl. Merdeka')?.comment).toBe('Lubang Di Jl. Merdeka');
  });

  it('reads any answer word, rating and comment put together, in any case and spacing', () => {
    const words = fc.constantFrom(
      ['sudah', true],
      ['sudah beres', true],
      ['udah', true],
      ['belum', false],
      ['belum beres', false],
      ['tidak tahu', null],
    );
    const comment = fc.stringMatching(/^[a-z][a-z ]{0,40}[a-z]$/).filter((text) => !/ {2}/.test(text));
    fc.assert(
      fc.property(words, fc.option(fc.integer({ min: 1, max: 5 })), fc.option(comment), fc.boolean(), (word, rating, note, upper) => {
        const [phrase, fixed] = word as [string, boolean | null];
        let text = phrase;
        if (rating !== null) text += ` ${rating}`;
        if (note !== null) text += `, ${note}`;
        const parsed = parseSatisfactionAnswer(upper ? text.toUpperCase() : text);
        expect(parsed).toEqual({ fixed, rating, ...(note === null ? {} : { comment: upper ? note.toUpperCase() : note }) });
      }),
    );
  });

  it('answers only ratings from 1 to 5 and comments within the limit, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1_500 }), (text) => {
        const parsed = parseSatisfactionAnswer(text);
        if (!parsed) return;
        expect(parsed.rating === null || (parsed.rating >= 1 && parsed.rating <= 5)).toBe(true);
        expect(parsed.comment === undefined || (parsed.comment.length > 0 && parsed.comment.length <= MAX_COMMENT_LENGTH)).toBe(true);
      }),
    );
  });
});
