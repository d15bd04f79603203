import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, safeFileName } from './safe-file-name.js';

/** Characters no stored or shown name may hold: controls, direction and zero-width marks, separators, quotes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff/\\"*:<>?|]/;

/** Any UTF-16 code unit, lone surrogates and controls included: what a client can put into a multipart name. */
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

describe('safeFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('foto jalan rusak.jpg')).toBe('foto jalan rusak.jpg');
    expect(safeFileName('Surat Keterangan Domisili.pdf', 'pdf')).toBe('Surat Keterangan Domisili.pdf');
  });

  it('drops folders, controls and direction marks, and puts the detected extension in place', () => {
    expect(safeFileName('C:\\Users\\warga\\..\\laporan.html', 'png')).toBe('laporan.png');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('foto\u202Egpj.exe', 'jpg')).toBe('fotogpj.jpg');
    expect(safeFileName('.htaccess')).toBe('htaccess');
    expect(safeFileName('', 'pdf')).toBe('lampiran.pdf');
    expect(safeFileName('\u0000\u0001')).toBe('lampiran');
  });

  it('cuts a long name and keeps its extension', () => {
    const name = safeFileName(`${'a'.repeat(300)}.jpeg`);
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('.jpeg')).toBe(true);
  });

  it('for any input: a non-empty name of bounded length, free of forbidden characters, not hidden, and stable', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: utf16Unit, maxLength: 400 }),
        fc.option(fc.constantFrom('jpg', 'png', 'webp', 'gif', 'pdf'), { nil: undefined }),
        (raw, extension) => {
          const name = safeFileName(raw, extension);
          expect(name.length).toBeGreaterThan(0);
          expect([...name].length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
          expect(name).not.toMatch(FORBIDDEN);
          expect(name.startsWith('.')).toBe(false);
          expect(name).toBe(name.trim());
          if (extension !== undefined) expect(name.endsWith(`.${extension}`)).toBe(true);
          expect(safeFileName(name, extension)).toBe(name);
          expect(() => encodeURIComponent(name)).not.toThrow();
        },
      ),
    );
  });
});
