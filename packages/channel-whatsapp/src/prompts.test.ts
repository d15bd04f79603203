import { describe, expect, it } from 'vitest';
import { WHATSAPP_LABELS, type MissingDetailKind } from './labels.js';
import { missingDetailPrompt } from './prompts.js';

const KINDS: MissingDetailKind[] = ['location', 'detail', 'photo', 'time'];

describe('missingDetailPrompt', () => {
  it('asks in polite Bahasa Indonesia by default: thanks first, "mohon", never shouting', () => {
    for (const kind of KINDS) {
      const prompt = missingDetailPrompt(kind);
      expect(prompt).toMatch(/^Terima kasih/);
      expect(prompt).toMatch(/mohon/i);
      expect(prompt).toMatch(/Bapak\/Ibu/);
      expect(prompt).not.toMatch(/!|[A-Z]{4,}/);
    }
    expect(missingDetailPrompt('location')).toContain('fitur Lokasi');
  });

  it("has an English version and takes the city's own wording", () => {
    expect(missingDetailPrompt('detail', { language: 'en' })).toBe(WHATSAPP_LABELS.en.prompts.detail);
    const own = 'Terima kasih, mohon lengkapi alamat kejadian.';
    expect(missingDetailPrompt('location', { labels: { prompts: { location: own } } })).toBe(own);
    expect(missingDetailPrompt('photo', { labels: { prompts: { location: own } } })).toBe(WHATSAPP_LABELS.id.prompts.photo);
  });

  it('refuses a language it has no labels for as a config error', () => {
    expect(() => missingDetailPrompt('location', { language: 'fr' as 'en' })).toThrow(/language: must be one of id, en/);
  });

  it('fits in one WhatsApp message', () => {
    for (const language of ['id', 'en'] as const)
      for (const kind of KINDS) expect(missingDetailPrompt(kind, { language }).length).toBeLessThan(1024);
  });
});
