import { createHash } from 'node:crypto';
import { ChannelFailureError, InvalidConfigError } from '@aduan/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGraphServer, type FakeGraphServer } from './__fixtures__/fake-graph-server.js';
import { ACCESS_TOKEN, PHONE_NUMBER_ID } from './__fixtures__/fixtures.js';
import { mediaIdOf, mediaUrn } from './media.js';
import { createWhatsAppMediaDownloader, type WhatsAppMediaDownloaderOptions } from './media-downloader.js';

const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode(' not really a jpeg, but bytes all the same')]);
const sha256 = createHash('sha256').update(photo).digest('hex');
const MEDIA_ID = '1234567890123456';

let graph: FakeGraphServer;
beforeEach(async () => {
  graph = await startFakeGraphServer({ accessToken: ACCESS_TOKEN, phoneNumberId: PHONE_NUMBER_ID });
});
afterEach(() => graph.close());

/** The downloader against Meta's real host names, answered by the fake through `graph.meta.fetch`. */
const downloader = (options: Partial<WhatsAppMediaDownloaderOptions> = {}) =>
  createWhatsAppMediaDownloader({ accessToken: ACCESS_TOKEN, fetch: graph.meta.fetch, ...options });

async function failureOf(promise: Promise<unknown>): Promise<ChannelFailureError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(ChannelFailureError.isInstance(error), String(error)).toBe(true);
  return error as ChannelFailureError;
}

describe('media references', () => {
  it('round-trips a media id through its URN and ignores other URLs', () => {
    expect(mediaUrn(MEDIA_ID)).toBe('urn:whatsapp:media:1234567890123456');
    expect(mediaIdOf('urn:whatsapp:media:1234567890123456')).toBe(MEDIA_ID);
    expect(mediaIdOf('https://example.com/a.jpg')).toBeUndefined();
    expect(mediaIdOf('urn:whatsapp:media:')).toBeUndefined();
  });
});

describe('createWhatsAppMediaDownloader', () => {
  it('looks the media up on Graph, downloads it from Meta’s media host with the token and checks its sha256', async () => {
    graph.addMedia(MEDIA_ID, photo, 'image/jpeg', sha256);
    const media = await downloader()(mediaUrn(MEDIA_ID));
    expect(media.contentType).toBe('image/jpeg');
    expect(Buffer.from(media.bytes).equals(Buffer.from(photo))).toBe(true);
    expect(graph.meta.seen.map(({ host, authorization }) => [host, authorization])).toEqual([
      ['graph.facebook.com', `Bearer ${ACCESS_TOKEN}`],
      ['lookaside.fbsbx.com', `Bearer ${ACCESS_TOKEN}`],
    ]);
  });

  it('accepts the sha256 in base64 as webhooks carry it, and refuses bytes that match neither form', async () => {
    graph.addMedia(MEDIA_ID, photo, 'image/jpeg', createHash('sha256').update(photo).digest('base64'));
    await expect(downloader()(mediaUrn(MEDIA_ID))).resolves.toMatchObject({ contentType: 'image/jpeg' });
    graph.addMedia(MEDIA_ID, photo, 'image/jpeg', '0'.repeat(64));
    expect((await failureOf(downloader()(mediaUrn(MEDIA_ID)))).message).toMatch(/sha256/);
  });

  it('refuses media larger than maxBytes', async () => {
    graph.addMedia(MEDIA_ID, photo, 'image/jpeg', sha256);
    expect((await failureOf(downloader({ maxBytes: 10 })(mediaUrn(MEDIA_ID)))).message).toMatch(/larger than 10 bytes/);
  });

  it('takes a configured list of media hosts, and refuses a Graph base URL that is not https', () => {
    expect(() => downloader({ mediaHosts: ['media.proxy.pemkot.example'] })).not.toThrow();
    expect(() => downloader({ graphApiBaseUrl: 'http://graph.facebook.com' })).toThrow(InvalidConfigError);
    expect(() => downloader({ mediaHosts: [] })).toThrow(/mediaHosts/);
  });

  it('fails with channel_failure, retryable only when the provider may recover', async () => {
    const unknown = await failureOf(downloader()(mediaUrn('999')));
    expect(unknown.retryable).toBe(false);
    graph.setDown(true);
    expect((await failureOf(downloader()(mediaUrn('999')))).retryable).toBe(true);
    await failureOf(downloader()('https://example.com/a.jpg'));
  });
});
