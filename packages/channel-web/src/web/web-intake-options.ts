import { createRequestRateLimit, systemClock, type RateLimitOptions, type RequestRateLimit } from '@aduan/adapter-utils';
import { InvalidConfigError, type Actor, type Clock, type FieldIssue, type IntakeDeskV1 } from '@aduan/spec';
import type { AttachmentStore } from '../attachments/attachment-store.js';
import { ATTACHMENT_TYPES, DEFAULT_ATTACHMENT_TYPES, type AttachmentType } from '../attachments/attachment-types.js';
import { normalizeBasePath } from '../http/base-path.js';
import { FORM_FIELD_COUNT } from './form-page.js';
import { byteLimit } from '../http/byte-limit.js';
import type { Links } from './result-pages.js';

/** The part of the desk the web intake uses (`@aduan/core`'s desk has it). */
export type WebIntakeDesk = Pick<IntakeDeskV1, 'receive' | 'track'>;

/** Options of `createWebIntake`. */
export interface WebIntakeOptions {
  desk: WebIntakeDesk;
  /** Largest accepted request body, attachments included. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Largest accepted single attachment. Default: `maxBodyBytes`. */
  maxAttachmentBytes?: number;
  /** Most attachments per complaint, 0..20. Default 5; 0 without an `attachmentStore`. */
  maxAttachments?: number;
  /**
   * The types an attachment may have, recognised from its content (the type a client declares is
   * ignored). Default: JPEG, PNG, WebP and PDF.
   */
  allowedAttachmentTypes?: readonly AttachmentType[];
  /**
   * Most fields of a form, or parts of a multipart body, up to 1000. Default 100. It must leave
   * room for the form's own 14 fields and `maxAttachments` files.
   */
  maxFields?: number;
  /** Where uploads go. Without one, uploads are refused and the form has no file input. */
  attachmentStore?: AttachmentStore;
  /** Where the handler is mounted, e.g. `/aduan`; routes and links live below it. Default: the root. */
  basePath?: string;
  /** Who files web complaints on the desk. Default `{ id: 'channel-web', role: 'system' }`. */
  actor?: Actor;
  /**
   * Limits request rates per client, on every route. Default: 30 requests at once, 30 more a
   * minute, per client address; `false` only when something in front of the app limits already.
   */
  rateLimit?: RateLimitOptions | false;
  /** "Now" for rate limits. Default: the system clock. */
  clock?: Clock;
  /**
   * Told about failures that are the server's fault (5xx), with the incident id the client was
   * given, e.g. to log them; never about bad requests.
   */
  onError?: (error: unknown, incidentId: string) => void;
}

/** The validated options every route of the web intake reads. */
export interface WebIntakeContext {
  desk: WebIntakeDesk;
  actor: Actor;
  basePath: string;
  maxBodyBytes: number;
  maxAttachmentBytes: number;
  maxAttachments: number;
  allowedAttachmentTypes: readonly AttachmentType[];
  maxFields: number;
  attachmentStore: AttachmentStore | undefined;
  rateLimit: RequestRateLimit;
  clock: Clock;
  onError: WebIntakeOptions['onError'];
  links: Links;
}

const MIB = 1024 * 1024;
/** The desk keeps at most 20 attachments per complaint. */
const DESK_ATTACHMENT_LIMIT = 20;

function attachmentCount(options: WebIntakeOptions, issues: FieldIssue[]): number {
  if (options.maxAttachments === undefined) return options.attachmentStore ? 5 : 0;
  const count = options.maxAttachments;
  if (!Number.isInteger(count) || count < 0 || count > DESK_ATTACHMENT_LIMIT) {
    issues.push({ path: 'maxAttachments', message: `must be a whole number from 0 to ${DESK_ATTACHMENT_LIMIT}` });
  } else if (count > 0 && !options.attachmentStore) {
    issues.push({ path: 'attachmentStore', message: 'is required when maxAttachments is above 0' });
  }
  return count;
}

function attachmentTypes(options: WebIntakeOptions, issues: FieldIssue[]): readonly AttachmentType[] {
  const types = options.allowedAttachmentTypes ?? DEFAULT_ATTACHMENT_TYPES;
  const unknown = types.filter((type) => !ATTACHMENT_TYPES.includes(type));
  if (types.length === 0 || unknown.length > 0) {
    issues.push({ path: 'allowedAttachmentTypes', message: `must list one or more of ${ATTACHMENT_TYPES.join(', ')}` });
  }
  return types;
}

function fieldCount(options: WebIntakeOptions, maxAttachments: number, issues: FieldIssue[]): number {
  const count = options.maxFields ?? 100;
  // A browser sends an empty file part when no file is chosen.
  const least = FORM_FIELD_COUNT + Math.max(1, maxAttachments);
  if (!Number.isInteger(count) || count < least || count > 1000) {
    issues.push({ path: 'maxFields', message: `must be a whole number from ${least} (the form's fields and files) to 1000` });
  }
  return count;
}

/** Validates the options at start-up (`InvalidConfigError` naming every bad one) and fills in the defaults. */
export function webIntakeContext(options: WebIntakeOptions): WebIntakeContext {
  const issues: FieldIssue[] = [];
  const actor = options.actor ?? { id: 'channel-web', role: 'system' };
  // A complainant actor would make every web complaint belong to one and the same resident.
  if (actor.role !== 'coordinator' && actor.role !== 'system')
    issues.push({ path: 'actor.role', message: 'must be coordinator or system' });
  const maxAttachments = attachmentCount(options, issues);
  const allowedAttachmentTypes = attachmentTypes(options, issues);
  const maxFields = fieldCount(options, maxAttachments, issues);
  if (issues.length > 0) throw new InvalidConfigError('web intake options', issues);
  const basePath = normalizeBasePath(options.basePath);
  const maxBodyBytes = byteLimit(options.maxBodyBytes, MIB, 'maxBodyBytes');
  return {
    desk: options.desk,
    actor,
    basePath,
    maxBodyBytes,
    maxAttachmentBytes: byteLimit(options.maxAttachmentBytes, maxBodyBytes, 'maxAttachmentBytes'),
    maxAttachments,
    allowedAttachmentTypes,
    maxFields,
    attachmentStore: options.attachmentStore,
    rateLimit: createRequestRateLimit(options.rateLimit),
    clock: options.clock ?? systemClock,
    onError: options.onError,
    links: {
      form: `${basePath}/complaints/new`,
      tracking: (trackingNumber) => `${basePath}/complaints/${encodeURIComponent(trackingNumber)}`,
    },
  };
}
