/**
 * Web channel: intake form and tracking pages, Open311 GeoReport v2, attachment stores, mount helpers.
 *
 * @packageDocumentation
 * @module @aduan/channel-web
 */
export { createWebIntake } from './web/create-web-intake.js';
export type { WebIntakeDesk, WebIntakeOptions } from './web/web-intake-options.js';
export type { PublicIntake } from './web/public-intake.js';
export { createOpen311 } from './open311/create-open311.js';
export type { Open311Desk, Open311Options, Open311Service } from './open311/open311-options.js';
export type { FetchHandler } from './http/fetch-handler.js';
export type { WebErrorCode } from './http/describe-error.js';
export type { AttachmentStore, StoredAttachment } from './attachments/attachment-store.js';
export { createMemoryAttachmentStore, type MemoryAttachment, type MemoryAttachmentStore } from './attachments/memory-attachment-store.js';
export { STATUS_LABELS_ID } from './status-labels.js';
export { toNodeListener, type NodeListener } from './mount/to-node-listener.js';
export { expressMiddleware, type ExpressMiddleware, type ExpressRequestLike } from './mount/express-middleware.js';
export { honoHandler, type HonoContextLike } from './mount/hono-handler.js';
export { fastifyPlugin, type FastifyInstanceLike, type FastifyReplyLike } from './mount/fastify-plugin.js';
