import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeIndonesian,
  COLLOQUIAL_FORMS,
  INDONESIAN_STOPWORDS,
  isIndonesianStopword,
  normalizeIndonesian,
  stemIndonesian,
  tokenizeIndonesian,
} from './index.js';

describe('normalizeIndonesian', () => {
  it('writes WhatsApp Indonesian out in standard words', () => {
    expect(normalizeIndonesian('Jln rusak bgt!!! udh 2 mgg gak diperbaiki, tolooong')).toBe(
      'jalan rusak sangat sudah 2 minggu tidak diperbaiki tolong',
    );
    expect(normalizeIndonesian('Lampu2 PJU di Gg. Mawar mati sih')).toBe('lampu-lampu penerangan jalan umum di gang mawar mati');
  });

  it('writes out the chat shorthand officers and residents use', () => {
    expect(normalizeIndonesian('sy udh dtg dlm 2 hr, gk ada yg jaga, telat bgt sih utk pelayanan')).toBe(
      'saya sudah datang dalam 2 hari tidak ada yang jaga terlambat sangat untuk pelayanan',
    );
    expect(normalizeIndonesian('Ass. Pak, tks, btw petugas bakalan datang, jangan marah lah')).toBe(
      'assalamualaikum bapak terima kasih omong-omong petugas akan datang jangan marah',
    );
    // "di situ" is a place, not the slang pronoun: it stays as written.
    expect(normalizeIndonesian('parkir di situ')).toBe('parkir di situ');
  });

  it('drops phone numbers, NIKs, URLs and e-mail addresses', () => {
    const text = 'Hubungi 0812-3456-7890 atau +62 812 3456 7890, NIK 3375012345678901, foto di https://x.id/a?b=1 atau warga@mail.id';
    expect(normalizeIndonesian(text)).toBe('hubungi atau nik foto di atau');
  });

  it('takes a deployment’s own forms over the built-in ones', () => {
    expect(normalizeIndonesian('lmpu mati, ok', { forms: { lmpu: 'lampu', ok: 'oke' } })).toBe('lampu mati oke');
  });

  it('is idempotent and leaves no capital letter or punctuation', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const once = normalizeIndonesian(text);
        expect(normalizeIndonesian(once)).toBe(once);
        expect(once).toBe(once.toLowerCase());
        expect(once).not.toMatch(/[.,!?;:()]|\s\s/);
      }),
    );
  });

  it('maps every built-in form to standard words that are not themselves informal forms', () => {
    const forms = new Set(COLLOQUIAL_FORMS.map((entry) => entry.form));
    const loops = COLLOQUIAL_FORMS.filter((entry) => entry.standard.split(' ').some((word) => forms.has(word)));
    expect(loops).toEqual([]);
  });
});

describe('tokenizeIndonesian', () => {
  it('counts a reduplicated word once and splits other hyphenated words', () => {
    expect(tokenizeIndonesian('Lampu-lampu dan tindak-lanjut, lampu2')).toEqual(['lampu', 'dan', 'tindak', 'lanjut', 'lampu']);
  });
});

describe('stopwords and stems', () => {
  it('uses the Indonesian list of stopwords-iso', () => {
    expect(INDONESIAN_STOPWORDS.size).toBeGreaterThan(700);
    expect(isIndonesianStopword('yang')).toBe(true);
    expect(isIndonesianStopword('selokan')).toBe(false);
  });

  it('stems affixed forms to one base without a dictionary', () => {
    expect(['perbaikan', 'diperbaiki', 'memperbaiki'].map(stemIndonesian)).toEqual(['baik', 'baik', 'baik']);
    expect(stemIndonesian('tersumbat')).toBe('sumbat');
  });

  it('analyses a complaint into stemmed content words with the words they came from', () => {
    expect(analyzeIndonesian('Saluran yg tersumbat di RT 03 blm diperbaiki')).toEqual([
      { stem: 'salur', word: 'saluran' },
      { stem: 'sumbat', word: 'tersumbat' },
      { stem: 'rt', word: 'rt' },
      { stem: '3', word: '03' },
      { stem: 'baik', word: 'diperbaiki' },
    ]);
  });
});
