/**
 * WhatsApp Cloud API channel: signed webhooks, the 24-hour window, templates, media.
 *
 * @packageDocumentation
 * @module @aduan/channel-whatsapp
 */
export { createWhatsAppChannel } from './create-whatsapp-channel.js';
export type { OutsideWindowTemplate, TemplateParameters, WhatsAppChannelOptions } from './options.js';
export { signWhatsAppPayload, verifyWhatsAppSignature } from './signature.js';
export { MAX_TEXT_LENGTH } from './send-message.js';
export { MEDIA_URN_PREFIX, mediaIdOf, mediaUrn } from './media.js';
export {
  createWhatsAppMediaDownloader,
  DEFAULT_MEDIA_HOSTS,
  type WhatsAppMedia,
  type WhatsAppMediaDownloaderOptions,
} from './media-downloader.js';
export { normalizeWhatsAppNumber } from './recipient.js';
export { missingDetailPrompt, type MissingDetailPromptOptions } from './prompts.js';
export {
  WHATSAPP_LABELS,
  resolveLabels,
  type MissingDetailKind,
  type WhatsAppLabelOverrides,
  type WhatsAppLabels,
  type WhatsAppLanguage,
} from './labels.js';
