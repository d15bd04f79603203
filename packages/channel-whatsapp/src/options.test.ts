import { AduanError, type InvalidConfigError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { testOptions } from './__fixtures__/fixtures.js';
import { createWhatsAppChannel } from './create-whatsapp-channel.js';
import type { WhatsAppChannelOptions } from './options.js';

describe('createWhatsAppChannel options', () => {
  it('declares ChannelV1 with what WhatsApp can do', () => {
    const channel = createWhatsAppChannel(testOptions());
    expect(channel.specificationVersion).toBe('v1');
    expect(channel.channel).toBe('whatsapp');
    expect(channel.capabilities).toEqual({
      attachments: true,
      maxTextLength: 4096,
      templates: true,
      replyWindowHours: 24,
      deliveryReceipts: true,
    });
  });

  it('fails fast listing every bad option', () => {
    const bad = {
      ...testOptions(),
      appSecret: '',
      graphApiVersion: '21',
      templates: { outsideWindow: { name: '', language: 'id' } },
      replyWindowHours: 0,
    };
    let error: unknown;
    try {
      createWhatsAppChannel(bad);
    } catch (caught) {
      error = caught;
    }
    expect(AduanError.hasCode(error, 'invalid_config')).toBe(true);
    expect((error as InvalidConfigError).issues.map((issue) => issue.path)).toEqual([
      'appSecret',
      'graphApiVersion',
      'templates.outsideWindow.name',
      'replyWindowHours',
    ]);
  });

  it('refuses a state that is no ChannelStateStoreV1', () => {
    const state = { specificationVersion: 'v0' } as unknown as WhatsAppChannelOptions['state'];
    expect(() => createWhatsAppChannel(testOptions({ state }))).toThrow(/state: must be a ChannelStateStoreV1/);
  });

  it('reports a missing template configuration instead of crashing', () => {
    const { templates: _, ...rest } = testOptions();
    expect(() => createWhatsAppChannel(rest as WhatsAppChannelOptions)).toThrow(/templates\.outsideWindow\.name/);
  });
});

describe('recipientOf', () => {
  const channel = createWhatsAppChannel(testOptions());
  it('answers the WhatsApp number in digits, or undefined when the resident has none', () => {
    expect(channel.recipientOf({ complainantId: 'c1', whatsapp: '6281200000001' })).toBe('6281200000001');
    expect(channel.recipientOf({ complainantId: 'c1', whatsapp: '+62 812-0000-0001' })).toBe('6281200000001');
    expect(channel.recipientOf({ complainantId: 'c1', phone: '6281200000001' })).toBeUndefined();
    expect(channel.recipientOf({ complainantId: 'c1', whatsapp: 'budi' })).toBeUndefined();
  });
});
