import { createHash } from 'node:crypto';
import { AduanError } from '@aduan/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGraphServer, type FakeGraphServer } from './__fixtures__/fake-graph-server.js';
import { ACCESS_TOKEN, PHONE_NUMBER_ID } from './__fixtures__/fixtures.js';
import { mediaIdOf, mediaUrn } from './media.js';
import { createWhatsAppMediaDownloader } from './media-downloader.js';

const photo = new TextEncoder().encode('\xff\xd8 not really a jpeg, but bytes all the same');
const sha256 = createHash('sha256').update(photo).digest('hex');

let graph: FakeGraphServer;
beforeEach(async () => {
  graph = await startFakeGraphServer({ accessToken: ACCESS_TOKEN, phoneNumberId: PHONE_NUMBER_ID });
});
afterEach(() => graph.close());

describe('media references', () => {
  it('round-trips a media id through its URN and ignores other URLs', () => {
    expect(mediaUrn('1234567890123456')).toBe('urn:whatsapp:media:1234567890123456');
    expect(mediaIdOf('urn:whatsapp:media:1234567890123456')).toBe('1234567890123456');
    expect(mediaIdOf('https://example.com/a.jpg')).toBeUndefined();
    expect(mediaIdOf('urn:whatsapp:media:')).toBeUndefined();
  });
});

describe('createWhatsAppMediaDownloader', () => {
  it('looks the media up, downloads it with the token and checks its sha256', async () => {
    graph.addMedia('1234567890123456', photo, 'image/jpeg', sha256);
    const download = createWhatsAppMediaDownloader({ accessToken: ACCESS_TOKEN, graphApiBaseUrl: graph.url });
    const media = await download(mediaUrn('1234567890123456'));
    expect(media.contentType).toBe('image/jpeg');
    expect(Buffer.from(media.bytes).equals(Buffer.from(photo))).toBe(true);
  });

  it('refuses bytes that do not match the reported sha256', async () => {
    graph.addMedia('1234567890123456', photo, 'image/jpeg', '0'.repeat(64));
    const download = createWhatsAppMediaDownloader({ accessToken: ACCESS_TOKEN, graphApiBaseUrl: graph.url });
    const error = await download(mediaUrn('1234567890123456')).catch((caught: unknown) => caught);
    expect(AduanError.hasCode(error, 'channel_failure')).toBe(true);
    expect((error as Error).message).toMatch(/sha256/);
  });

  it('fails with channel_failure, retryable only when the provider may recover', async () => {
    const download = createWhatsAppMediaDownloader({ accessToken: ACCESS_TOKEN, graphApiBaseUrl: graph.url });
    const unknown = await download(mediaUrn('999')).catch((caught: unknown) => caught);
    expect(AduanError.hasCode(unknown, 'channel_failure') && unknown.details['retryable']).toBe(false);
    graph.setDown(true);
    const down = await download(mediaUrn('999')).catch((caught: unknown) => caught);
    expect(AduanError.hasCode(down, 'channel_failure') && down.details['retryable']).toBe(true);
    const foreign = await download('https://example.com/a.jpg').catch((caught: unknown) => caught);
    expect(AduanError.hasCode(foreign, 'channel_failure')).toBe(true);
  });
});
