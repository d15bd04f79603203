/**
 * Web channel: intake form and tracking pages, Open311 GeoReport v2, attachment stores and checks.
 * Depends on `@aduan/spec`'s contracts only; mount the handlers with `@aduan/adapter-utils/node`,
 * `/express`, `/fastify` or `/hono`.
 *
 * @packageDocumentation
 * @module @aduan/channel-web
 */
export { createWebIntake } from './web/create-web-intake.js';
export type { WebIntakeDesk, WebIntakeOptions } from './web/web-intake-options.js';
export type { PublicIntake } from './web/public-intake.js';
export { createOpen311 } from './open311/create-open311.js';
export type { Open311Desk, Open311Options, Open311Service } from './open311/open311-options.js';
export type { AttachmentStore, StoredAttachment } from './attachments/attachment-store.js';
export { createMemoryAttachmentStore, type MemoryAttachment, type MemoryAttachmentStore } from './attachments/memory-attachment-store.js';
export { ATTACHMENT_TYPES, DEFAULT_ATTACHMENT_TYPES, detectAttachmentType, type AttachmentType } from './attachments/attachment-types.js';
export { safeFileName } from './attachments/safe-file-name.js';
export { attachmentResponse, type AttachmentDownload } from './attachments/attachment-response.js';
export { STATUS_LABELS_ID } from './status-labels.js';
