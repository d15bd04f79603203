import { createRequestRateLimit, systemClock, type RateLimitOptions, type RequestRateLimit } from '@aduan/adapter-utils';
import { InvalidConfigError, type Actor, type Clock, type ComplaintStatus, type FieldIssue, type IntakeDeskV1 } from '@aduan/spec';
import { normalizeBasePath } from '../http/base-path.js';
import { byteLimit } from '../http/byte-limit.js';
import { STATUS_LABELS_ID } from '../status-labels.js';

/** One Open311 service type, named with the spec's field names. */
export interface Open311Service {
  service_code: string;
  service_name: string;
  description?: string;
  /**
   * The desk category complaints of this type get. Unique per service, so that every complaint maps
   * back to exactly one service_code.
   */
  category: string;
  group?: string;
  keywords?: readonly string[];
  /** aduan asks for no extra attributes: the service definition lists none. */
  metadata?: false;
  /** The service_request_id is returned at once. */
  type?: 'realtime';
}

/** The part of the desk Open311 uses (`@aduan/core`'s desk has it). */
export type Open311Desk = Pick<IntakeDeskV1, 'receive' | 'track' | 'list' | 'get' | 'getByTrackingNumber'>;

/** Options of `createOpen311`. */
export interface Open311Options {
  desk: Open311Desk;
  services: readonly Open311Service[];
  /** The city's jurisdiction_id (e.g. `pekalongankota.go.id`); a request naming another one gets 404. */
  jurisdictionId?: string;
  /** Files and reads complaints on the desk: a coordinator or system actor. Default `{ id: 'channel-open311', role: 'system' }`. */
  actor?: Actor;
  basePath?: string;
  /** Largest accepted POST body. Default 64 KiB (a 4,000-character description fits many times). */
  maxBodyBytes?: number;
  /** Most `service_request_id`s one GET may name, 1..100. Default 20; each counts against the rate limit. */
  maxRequestIds?: number;
  /** Checks the `api_key` of POST requests (the spec requires one). Without it, POST is open like a public form. */
  verifyApiKey?: (apiKey: string) => boolean | Promise<boolean>;
  /** Flags for complaints filed through Open311. Both default to true: a forgotten setting must hide, not expose. */
  anonim?: boolean;
  rahasia?: boolean;
  /** The `service_notice` returned when a request is filed. */
  serviceNotice?: string;
  /** Display names of units for `agency_responsible`; the unit id is shown otherwise. */
  agencies?: Readonly<Record<string, string>>;
  /** `status_notes` per state; defaults to Bahasa Indonesia labels. */
  statusNotes?: Partial<Record<ComplaintStatus, string>>;
  /**
   * Limits request rates per client, on every route; a look-up of several ids costs one per id.
   * Default: 30 requests at once, 30 more a minute, per client address.
   */
  rateLimit?: RateLimitOptions | false;
  /** "Now" for the default 90-day window of GET requests and for rate limits. */
  clock?: Clock;
  /** Told about failures that are the server's fault (5xx), with the incident id the client was given. */
  onError?: (error: unknown, incidentId: string) => void;
}

/** The validated options every route of the Open311 endpoint reads. */
export interface Open311Context {
  desk: Open311Desk;
  actor: Actor;
  basePath: string;
  maxBodyBytes: number;
  maxRequestIds: number;
  services: readonly Open311Service[];
  byCode: ReadonlyMap<string, Open311Service>;
  byCategory: ReadonlyMap<string, Open311Service>;
  jurisdictionId: string | undefined;
  verifyApiKey: Open311Options['verifyApiKey'];
  anonim: boolean;
  rahasia: boolean;
  serviceNotice: string | null;
  agencies: Readonly<Record<string, string>>;
  statusNotes: Readonly<Record<ComplaintStatus, string>>;
  rateLimit: RequestRateLimit;
  clock: Clock;
  onError: Open311Options['onError'];
}

/** Codes appear in paths (`services/{code}.json`), so they stay URL-safe and free of dots. */
const SERVICE_CODE = /^[A-Za-z0-9_-]{1,64}$/;

function serviceIssues(services: readonly Open311Service[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (services.length === 0) issues.push({ path: 'services', message: 'must list at least one service' });
  const codes = new Set<string>();
  const categories = new Set<string>();
  services.forEach((service, index) => {
    const at = (field: string) => `services.${index}.${field}`;
    if (!SERVICE_CODE.test(service.service_code))
      issues.push({ path: at('service_code'), message: 'must be 1-64 letters, digits, _ or -' });
    if (codes.has(service.service_code)) issues.push({ path: at('service_code'), message: `"${service.service_code}" is used twice` });
    codes.add(service.service_code);
    if (!service.service_name?.trim() || service.service_name.length > 200)
      issues.push({ path: at('service_name'), message: 'must be 1-200 characters (it becomes the complaint title)' });
    if (!service.category?.trim() || service.category.length > 120)
      issues.push({ path: at('category'), message: 'must be 1-120 characters (a desk category)' });
    if (categories.has(service.category))
      issues.push({
        path: at('category'),
        message: `"${service.category}" is used by two services; a complaint must map back to one service_code`,
      });
    categories.add(service.category);
    if (service.metadata !== undefined && service.metadata !== false)
      issues.push({ path: at('metadata'), message: 'must be false: services take no extra attributes' });
    if (service.type !== undefined && service.type !== 'realtime') issues.push({ path: at('type'), message: 'must be "realtime"' });
  });
  return issues;
}

/** Validates the options at start-up (`InvalidConfigError` naming every bad one) and fills in the defaults. */
export function open311Context(options: Open311Options): Open311Context {
  const actor = options.actor ?? { id: 'channel-open311', role: 'system' };
  const issues = serviceIssues(options.services);
  if (actor.role !== 'coordinator' && actor.role !== 'system') {
    issues.push({ path: 'actor.role', message: 'must be coordinator or system: Open311 files and lists complaints of every unit' });
  }
  const maxRequestIds = options.maxRequestIds ?? 20;
  if (!Number.isInteger(maxRequestIds) || maxRequestIds < 1 || maxRequestIds > 100)
    issues.push({ path: 'maxRequestIds', message: 'must be a whole number from 1 to 100' });
  if (issues.length > 0) throw new InvalidConfigError('Open311 options', issues);
  return {
    desk: options.desk,
    actor,
    basePath: normalizeBasePath(options.basePath),
    maxBodyBytes: byteLimit(options.maxBodyBytes, 64 * 1024, 'maxBodyBytes'),
    maxRequestIds,
    services: options.services,
    byCode: new Map(options.services.map((service) => [service.service_code, service])),
    byCategory: new Map(options.services.map((service) => [service.category, service])),
    jurisdictionId: options.jurisdictionId,
    verifyApiKey: options.verifyApiKey,
    anonim: options.anonim ?? true,
    rahasia: options.rahasia ?? true,
    serviceNotice: options.serviceNotice ?? null,
    agencies: options.agencies ?? {},
    statusNotes: { ...STATUS_LABELS_ID, ...options.statusNotes },
    rateLimit: createRequestRateLimit(options.rateLimit),
    clock: options.clock ?? systemClock,
    onError: options.onError,
  };
}
