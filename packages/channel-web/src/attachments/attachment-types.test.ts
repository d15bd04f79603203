import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileBytes } from '../__fixtures__/files.js';
import { detectAttachmentType } from './attachment-types.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('detectAttachmentType', () => {
  it('recognises each type by its first bytes', () => {
    expect(detectAttachmentType(fileBytes('jpeg'))).toBe('image/jpeg');
    expect(detectAttachmentType(fileBytes('png'))).toBe('image/png');
    expect(detectAttachmentType(fileBytes('webp'))).toBe('image/webp');
    expect(detectAttachmentType(fileBytes('gif'))).toBe('image/gif');
    expect(detectAttachmentType(fileBytes('pdf'))).toBe('application/pdf');
  });

  it('recognises none of markup, scripts, archives or a RIFF that is no WebP', () => {
    for (const text of [
      '<!doctype html><p>x</p>',
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '#!/bin/sh\nrm -rf /',
      'PK\u0003\u0004zip',
      'RIFF\u0024\u0000\u0000\u0000WAVEfmt ',
    ]) {
      expect(detectAttachmentType(encode(text)), text).toBeUndefined();
    }
    expect(detectAttachmentType(new Uint8Array([0xff, 0xd8]))).toBeUndefined();
  });

  it('for any bytes: a type only when they start with its signature', () => {
    const starts = (bytes: Uint8Array, head: number[]) => head.every((byte, i) => bytes[i] === byte);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32 }), (bytes) => {
        const type = detectAttachmentType(bytes);
        if (type === 'image/jpeg') expect(starts(bytes, [0xff, 0xd8, 0xff])).toBe(true);
        if (type === 'application/pdf') expect(starts(bytes, [...encode('%PDF-')])).toBe(true);
        if (type === undefined) expect(starts(bytes, [0xff, 0xd8, 0xff]) || starts(bytes, [...encode('%PDF-')])).toBe(false);
      }),
    );
  });
});
