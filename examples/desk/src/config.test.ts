import { InvalidConfigError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

/** The issues `readConfig` names for `env`, or none. */
function issuesOf(env: Record<string, string>) {
  try {
    readConfig(env);
    return [];
  } catch (error) {
    if (!InvalidConfigError.isInstance(error)) throw error;
    return error.issues;
  }
}

describe('ADUAN_PLUGINS', () => {
  it('switches on every plugin that needs no city settings by default, reply review only reporting', () => {
    expect(readConfig({})).toMatchObject({
      plugins: ['reply-review', 'duplicates', 'satisfaction', 'templates'],
      replyHoldBack: 'never',
      signOffUnits: [],
    });
  });

  it('takes a comma-separated choice, once each, and "-" for none', () => {
    expect(readConfig({ ADUAN_PLUGINS: ' templates , duplicates,templates ' }).plugins).toEqual(['templates', 'duplicates']);
    expect(readConfig({ ADUAN_PLUGINS: '-' }).plugins).toEqual([]);
    expect(readConfig({ ADUAN_PLUGINS: 'sign-off', ADUAN_SIGN_OFF_UNITS: 'dpupr,dinkes' })).toMatchObject({
      plugins: ['sign-off'],
      signOffUnits: ['dpupr', 'dinkes'],
    });
    expect(readConfig({ ADUAN_REPLY_HOLD_BACK: 'medium' }).replyHoldBack).toBe('medium');
  });

  it('names an unknown plugin and lists the known ones, in Bahasa Indonesia and English', () => {
    const [issue] = issuesOf({ ADUAN_PLUGINS: 'duplicates,polite-tone' });
    expect(issue?.path).toBe('ADUAN_PLUGINS');
    expect(issue?.message).toContain('plugin tidak dikenal: polite-tone');
    expect(issue?.message).toContain('reply-review, duplicates, satisfaction, sign-off, templates');
    expect(issue?.message).toContain('unknown plugin');
  });

  it('requires the units that sign off, known units only, and a known hold-back level', () => {
    expect(issuesOf({ ADUAN_PLUGINS: 'sign-off' })).toEqual([
      expect.objectContaining({ path: 'ADUAN_SIGN_OFF_UNITS', message: expect.stringContaining('wajib bila sign-off dinyalakan') }),
    ]);
    expect(issuesOf({ ADUAN_PLUGINS: 'sign-off', ADUAN_SIGN_OFF_UNITS: 'dpupr,dinas-entah' })).toEqual([
      expect.objectContaining({ path: 'ADUAN_SIGN_OFF_UNITS', message: expect.stringContaining('unit tidak dikenal: dinas-entah') }),
    ]);
    expect(issuesOf({ ADUAN_REPLY_HOLD_BACK: 'keras' })).toEqual([expect.objectContaining({ path: 'ADUAN_REPLY_HOLD_BACK' })]);
  });
});
