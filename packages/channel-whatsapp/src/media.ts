import type { AttachmentRef } from '@aduan/spec';
import { isObject, optionalText } from './payload-reader.js';

/**
 * Inbound media are kept as `urn:whatsapp:media:<media id>`, not as a download URL: Graph's media
 * URLs expire within minutes and need the access token, while the id stays valid (Meta keeps
 * media for a limited time, about 30 days) and can be resolved with `createWhatsAppMediaDownloader`.
 */
export const MEDIA_URN_PREFIX = 'urn:whatsapp:media:';

export function mediaUrn(mediaId: string): string {
  return `${MEDIA_URN_PREFIX}${mediaId}`;
}

/** The media id inside an attachment URL from this adapter, or undefined for any other URL. */
export function mediaIdOf(url: string): string | undefined {
  return url.startsWith(MEDIA_URN_PREFIX) && url.length > MEDIA_URN_PREFIX.length ? url.slice(MEDIA_URN_PREFIX.length) : undefined;
}

/** The attachment for a media object (`image`, `document`, …), or undefined when it has no id. */
export function attachmentOf(media: unknown): AttachmentRef | undefined {
  const id = optionalText(media, 'id');
  if (id === undefined || !isObject(media)) return undefined;
  const contentType = optionalText(media, 'mime_type');
  const name = optionalText(media, 'filename');
  return {
    url: mediaUrn(id),
    ...(contentType === undefined ? {} : { contentType }),
    ...(name === undefined ? {} : { name }),
  };
}
