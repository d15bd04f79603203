/**
 * WhatsApp Cloud API channel: signed webhooks, the 24-hour window, templates, media.
 *
 * @packageDocumentation
 * @module @aduan/channel-whatsapp
 */
export { createWhatsAppChannel } from './create-whatsapp-channel.js';
export type { OutsideWindowTemplate, TemplateParameters, WhatsAppChannelOptions } from './options.js';
export { signWhatsAppPayload, verifyWhatsAppSignature } from './signature.js';
export { createMemoryWindowTracker, type MemoryWindowTrackerOptions, type WindowTracker } from './window-tracker.js';
export { createMemoryIdempotencyStore, type IdempotencyStore, type MemoryIdempotencyStoreOptions } from './idempotency-store.js';
export { MAX_TEXT_LENGTH } from './send-message.js';
export { MEDIA_URN_PREFIX, mediaIdOf, mediaUrn } from './media.js';
export { createWhatsAppMediaDownloader, type WhatsAppMedia, type WhatsAppMediaDownloaderOptions } from './media-downloader.js';
export { normaliseWhatsAppNumber } from './recipient.js';
export { missingDetailPrompt, type MissingDetailPromptOptions } from './prompts.js';
export {
  WHATSAPP_LABELS,
  resolveLabels,
  type MissingDetailKind,
  type WhatsAppLabelOverrides,
  type WhatsAppLabels,
  type WhatsAppLanguage,
} from './labels.js';
