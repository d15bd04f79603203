import type { Desk } from '@aduan/core';
import { InvalidConfigError, type Actor } from '@aduan/spec';
import type { AttachmentStore } from '../attachments/attachment-store.js';
import { normalizeBasePath } from '../http/base-path.js';
import { byteLimit } from '../http/byte-limit.js';
import type { Links } from './result-pages.js';

/** The part of the desk the web intake uses. */
export type WebIntakeDesk = Pick<Desk, 'receive' | 'track'>;

export interface WebIntakeOptions {
  desk: WebIntakeDesk;
  /** Largest accepted request body, attachments included. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Largest accepted single attachment. Default: `maxBodyBytes`. */
  maxAttachmentBytes?: number;
  /** Most attachments per complaint, 0..20. Default 5; 0 without an `attachmentStore`. */
  maxAttachments?: number;
  /** Where uploads go. Without one, uploads are refused and the form has no file input. */
  attachmentStore?: AttachmentStore;
  /** Where the handler is mounted, e.g. `/aduan`; routes and links live below it. Default: the root. */
  basePath?: string;
  /** Who files web complaints on the desk. Default `{ id: 'channel-web', role: 'system' }`. */
  actor?: Actor;
  /** Told about failures that are the server's fault (500s), e.g. to log them; never about bad requests. */
  onError?: (error: unknown) => void;
}

export interface WebIntakeContext {
  desk: WebIntakeDesk;
  actor: Actor;
  basePath: string;
  maxBodyBytes: number;
  maxAttachmentBytes: number;
  maxAttachments: number;
  attachmentStore: AttachmentStore | undefined;
  onError: ((error: unknown) => void) | undefined;
  links: Links;
}

const MIB = 1024 * 1024;
/** The desk keeps at most 20 attachments per complaint. */
const DESK_ATTACHMENT_LIMIT = 20;

function attachmentCount(options: WebIntakeOptions): number {
  if (options.maxAttachments === undefined) return options.attachmentStore ? 5 : 0;
  const count = options.maxAttachments;
  if (!Number.isInteger(count) || count < 0 || count > DESK_ATTACHMENT_LIMIT) {
    throw new InvalidConfigError('web intake options', [{ path: 'maxAttachments', message: `must be a whole number from 0 to ${DESK_ATTACHMENT_LIMIT}` }]);
  }
  if (count > 0 && !options.attachmentStore) {
    throw new InvalidConfigError('web intake options', [{ path: 'attachmentStore', message: 'is required when maxAttachments is above 0' }]);
  }
  return count;
}

export function webIntakeContext(options: WebIntakeOptions): WebIntakeContext {
  const actor = options.actor ?? { id: 'channel-web', role: 'system' };
  // A complainant actor would make every web complaint belong to one and the same resident.
  if (actor.role !== 'coordinator' && actor.role !== 'system') {
    throw new InvalidConfigError('web intake options', [{ path: 'actor.role', message: 'must be coordinator or system' }]);
  }
  const basePath = normalizeBasePath(options.basePath);
  const maxBodyBytes = byteLimit(options.maxBodyBytes, MIB, 'maxBodyBytes');
  return {
    desk: options.desk,
    actor,
    basePath,
    maxBodyBytes,
    maxAttachmentBytes: byteLimit(options.maxAttachmentBytes, maxBodyBytes, 'maxAttachmentBytes'),
    maxAttachments: attachmentCount(options),
    attachmentStore: options.attachmentStore,
    onError: options.onError,
    links: {
      form: `${basePath}/complaints/new`,
      tracking: (trackingNumber) => `${basePath}/complaints/${encodeURIComponent(trackingNumber)}`,
    },
  };
}
