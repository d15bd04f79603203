const BASE_MARKER = Symbol.for('aduan.error');

/**
 * Stable machine-readable error codes. New codes may be added; existing ones never change meaning.
 * Each code has exactly one error class below, so `XError.isInstance(e)` and `e.code === 'x'` agree.
 */
export type AduanErrorCode =
  | 'invalid_input'
  | 'invalid_config'
  | 'missing_peer'
  | 'not_found'
  | 'illegal_transition'
  | 'version_conflict'
  | 'forbidden'
  | 'duplicate_message'
  | 'duplicate_tracking_number'
  | 'duplicate_external_ref'
  | 'plugin_rejected'
  | 'read_model_failed'
  | 'store_failure'
  | 'store_locked'
  | 'rebuild_required'
  | 'closed'
  | 'unauthorized'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'method_not_allowed'
  | 'rate_limited'
  | 'channel_failure'
  | 'duplicate_username'
  | 'account_version_conflict'
  | 'lapor_api_failure';

export interface AduanErrorOptions {
  cause?: unknown;
  details?: Record<string, unknown>;
}

function hasMarker(value: unknown, marker: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
}

/**
 * Base class of every error aduan throws on purpose. Check with `AduanError.isInstance(e)` (or a
 * subclass's own `isInstance`) rather than `instanceof`: the markers survive two copies of the
 * package in one process. Read the typed properties of a subclass; `details` is for logs and
 * JSON, never for parsing.
 */
export class AduanError extends Error {
  readonly [BASE_MARKER] = true;
  readonly code: AduanErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: AduanErrorCode, message: string, options: AduanErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AduanError';
    this.code = code;
    this.details = options.details ?? {};
  }

  static isInstance(value: unknown): value is AduanError {
    return hasMarker(value, BASE_MARKER);
  }

  /** True when `value` is an AduanError with the given code. */
  static hasCode<C extends AduanErrorCode>(value: unknown, code: C): value is AduanError & { code: C } {
    return AduanError.isInstance(value) && value.code === code;
  }

  /** Whether `value` carries the marker of one error subclass (the subclasses' `isInstance` use it). */
  protected static hasMarker(value: unknown, marker: symbol): boolean {
    return hasMarker(value, marker);
  }

  toJSON(): { name: string; code: AduanErrorCode; message: string; details: Readonly<Record<string, unknown>> } {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}

/** One bad field of an input: its path (e.g. `location.lat`) and what is wrong with it. */
export interface FieldIssue {
  path: string;
  message: string;
}

const listIssues = (issues: readonly FieldIssue[]) => issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');

const INVALID_INPUT = Symbol.for('aduan.error.invalid_input');
/** An input failed validation; `issues` names every bad field. HTTP 400. */
export class InvalidInputError extends AduanError {
  readonly [INVALID_INPUT] = true;
  readonly issues: readonly FieldIssue[];
  constructor(what: string, issues: readonly FieldIssue[]) {
    super('invalid_input', `Invalid ${what}: ${listIssues(issues)}`, { details: { what, issues } });
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
  static override isInstance(value: unknown): value is InvalidInputError {
    return AduanError.hasMarker(value, INVALID_INPUT);
  }
}

const INVALID_CONFIG = Symbol.for('aduan.error.invalid_config');
/** Options or configuration data are wrong; thrown at start-up, before any work is done. */
export class InvalidConfigError extends AduanError {
  readonly [INVALID_CONFIG] = true;
  readonly issues: readonly FieldIssue[];
  constructor(what: string, issues: readonly FieldIssue[], options: { cause?: unknown } = {}) {
    super('invalid_config', `Invalid ${what}: ${listIssues(issues)}`, { cause: options.cause, details: { what, issues } });
    this.name = 'InvalidConfigError';
    this.issues = issues;
  }
  static override isInstance(value: unknown): value is InvalidConfigError {
    return AduanError.hasMarker(value, INVALID_CONFIG);
  }
}

const MISSING_PEER = Symbol.for('aduan.error.missing_peer');
/** An optional peer dependency a feature needs is not installed. */
export class MissingPeerError extends AduanError {
  readonly [MISSING_PEER] = true;
  readonly packageName: string;
  readonly feature: string;
  constructor(packageName: string, feature: string, options: { cause?: unknown } = {}) {
    super('missing_peer', `${feature} needs the package "${packageName}": install it (npm install ${packageName})`, {
      cause: options.cause,
      details: { packageName, feature },
    });
    this.name = 'MissingPeerError';
    this.packageName = packageName;
    this.feature = feature;
  }
  static override isInstance(value: unknown): value is MissingPeerError {
    return AduanError.hasMarker(value, MISSING_PEER);
  }
}

const NOT_FOUND = Symbol.for('aduan.error.not_found');
/** HTTP 404. */
export class NotFoundError extends AduanError {
  readonly [NOT_FOUND] = true;
  readonly what: string;
  readonly id: string;
  constructor(what: string, id: string) {
    super('not_found', `${what} "${id}" does not exist`, { details: { what, id } });
    this.name = 'NotFoundError';
    this.what = what;
    this.id = id;
  }
  static override isInstance(value: unknown): value is NotFoundError {
    return AduanError.hasMarker(value, NOT_FOUND);
  }
}

/** Which lifecycle rule refused a command whose event the state does handle. */
export interface TransitionRefusal {
  /** The machine's guard name, e.g. `withinConfirmationWindow`. */
  rule: string;
  /** Why, in words, e.g. `the confirmation window ended at 2026-03-12T16:59:59.999Z`. */
  reason: string;
}

const ILLEGAL_TRANSITION = Symbol.for('aduan.error.illegal_transition');
/** The lifecycle does not allow the command now. `refusal` is set when a rule (guard) said no. HTTP 409. */
export class IllegalTransitionError extends AduanError {
  readonly [ILLEGAL_TRANSITION] = true;
  readonly complaintId: string;
  readonly state: string;
  readonly command: string;
  readonly refusal: TransitionRefusal | undefined;
  constructor(complaintId: string, state: string, command: string, refusal?: TransitionRefusal) {
    const why = refusal ? `: rule "${refusal.rule}" refused it (${refusal.reason})` : `: no transition for it in state "${state}"`;
    super('illegal_transition', `Command "${command}" is not allowed while complaint ${complaintId} is "${state}"${why}`, {
      details: { complaintId, state, command, ...(refusal ? { rule: refusal.rule } : {}) },
    });
    this.name = 'IllegalTransitionError';
    this.complaintId = complaintId;
    this.state = state;
    this.command = command;
    this.refusal = refusal;
  }
  static override isInstance(value: unknown): value is IllegalTransitionError {
    return AduanError.hasMarker(value, ILLEGAL_TRANSITION);
  }
}

const VERSION_CONFLICT = Symbol.for('aduan.error.version_conflict');
/** The complaint changed since the caller read it. HTTP 409. */
export class VersionConflictError extends AduanError {
  readonly [VERSION_CONFLICT] = true;
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly actualVersion: number | undefined;
  constructor(streamId: string, expectedVersion: number, actualVersion?: number) {
    super(
      'version_conflict',
      `Complaint ${streamId} changed meanwhile: expected version ${expectedVersion}` +
        (actualVersion === undefined ? '' : `, found ${actualVersion}`) +
        '. Reload it and retry the command.',
      { details: { streamId, expectedVersion, actualVersion } },
    );
    this.name = 'VersionConflictError';
    this.streamId = streamId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
  static override isInstance(value: unknown): value is VersionConflictError {
    return AduanError.hasMarker(value, VERSION_CONFLICT);
  }
}

const FORBIDDEN = Symbol.for('aduan.error.forbidden');
/** The actor may not do this. HTTP 403. */
export class ForbiddenError extends AduanError {
  readonly [FORBIDDEN] = true;
  readonly actorId: string;
  readonly action: string;
  constructor(actorId: string, action: string, reason: string) {
    super('forbidden', `Actor "${actorId}" may not ${action}: ${reason}`, { details: { actorId, action } });
    this.name = 'ForbiddenError';
    this.actorId = actorId;
    this.action = action;
  }
  static override isInstance(value: unknown): value is ForbiddenError {
    return AduanError.hasMarker(value, FORBIDDEN);
  }
}

const DUPLICATE_MESSAGE = Symbol.for('aduan.error.duplicate_message');
/** The inbound message (channel + message id) was already stored; `existingComplaintId` holds it. */
export class DuplicateMessageError extends AduanError {
  readonly [DUPLICATE_MESSAGE] = true;
  readonly existingComplaintId: string;
  constructor(channel: string, messageId: string, existingComplaintId: string) {
    super('duplicate_message', `Message ${channel}:${messageId} was already received as complaint ${existingComplaintId}`, {
      details: { channel, messageId, existingComplaintId },
    });
    this.name = 'DuplicateMessageError';
    this.existingComplaintId = existingComplaintId;
  }
  static override isInstance(value: unknown): value is DuplicateMessageError {
    return AduanError.hasMarker(value, DUPLICATE_MESSAGE);
  }
}

const DUPLICATE_TRACKING_NUMBER = Symbol.for('aduan.error.duplicate_tracking_number');
export class DuplicateTrackingNumberError extends AduanError {
  readonly [DUPLICATE_TRACKING_NUMBER] = true;
  readonly trackingNumber: string;
  constructor(trackingNumber: string) {
    super('duplicate_tracking_number', `Tracking number ${trackingNumber} is already taken`, { details: { trackingNumber } });
    this.name = 'DuplicateTrackingNumberError';
    this.trackingNumber = trackingNumber;
  }
  static override isInstance(value: unknown): value is DuplicateTrackingNumberError {
    return AduanError.hasMarker(value, DUPLICATE_TRACKING_NUMBER);
  }
}

const DUPLICATE_EXTERNAL_REF = Symbol.for('aduan.error.duplicate_external_ref');
/** Another complaint already holds this reference in another system (an SP4N-LAPOR! Tracking ID, …). HTTP 409. */
export class DuplicateExternalRefError extends AduanError {
  readonly [DUPLICATE_EXTERNAL_REF] = true;
  readonly system: string;
  readonly externalId: string;
  readonly existingComplaintId: string;
  constructor(system: string, externalId: string, existingComplaintId: string) {
    super('duplicate_external_ref', `Reference ${system}:${externalId} is already linked to complaint ${existingComplaintId}`, {
      details: { system, externalId, existingComplaintId },
    });
    this.name = 'DuplicateExternalRefError';
    this.system = system;
    this.externalId = externalId;
    this.existingComplaintId = existingComplaintId;
  }
  static override isInstance(value: unknown): value is DuplicateExternalRefError {
    return AduanError.hasMarker(value, DUPLICATE_EXTERNAL_REF);
  }
}

const PLUGIN_REJECTED = Symbol.for('aduan.error.plugin_rejected');
/** A plugin held a command back before anything was written. HTTP 422. */
export class PluginRejectedError extends AduanError {
  readonly [PLUGIN_REJECTED] = true;
  readonly plugin: string;
  readonly command: string;
  readonly reason: string;
  constructor(plugin: string, command: string, reason: string) {
    super('plugin_rejected', `Plugin "${plugin}" held back ${command}: ${reason}`, { details: { plugin, command, reason } });
    this.name = 'PluginRejectedError';
    this.plugin = plugin;
    this.command = command;
    this.reason = reason;
  }
  static override isInstance(value: unknown): value is PluginRejectedError {
    return AduanError.hasMarker(value, PLUGIN_REJECTED);
  }
}

const READ_MODEL_FAILED = Symbol.for('aduan.error.read_model_failed');
/**
 * A plugin's read model could not be built from the history when the desk started: the desk does not
 * serve (`desk.ready()` and every call reject with it), because a read model that missed part of the
 * history would answer wrongly. `complaintId` names the stream it failed on (undefined when it failed
 * before or after the streams); the cause is the plugin's own error.
 */
export class ReadModelFailedError extends AduanError {
  readonly [READ_MODEL_FAILED] = true;
  readonly plugin: string;
  readonly complaintId: string | undefined;
  constructor(plugin: string, complaintId: string | undefined, options: { cause?: unknown } = {}) {
    const cause = options.cause instanceof Error ? options.cause.message : String(options.cause);
    const where = complaintId === undefined ? '' : ` at complaint ${complaintId}`;
    super('read_model_failed', `Plugin "${plugin}" could not build its read model from the history${where}: ${cause}`, {
      cause: options.cause,
      details: { plugin, complaintId },
    });
    this.name = 'ReadModelFailedError';
    this.plugin = plugin;
    this.complaintId = complaintId;
  }
  static override isInstance(value: unknown): value is ReadModelFailedError {
    return AduanError.hasMarker(value, READ_MODEL_FAILED);
  }
}

const STORE_FAILURE = Symbol.for('aduan.error.store_failure');
/**
 * The storage backend failed (connection lost, disk full, a stream that does not replay). HTTP 503:
 * the message is for logs; HTTP answers never carry it.
 */
export class StoreFailureError extends AduanError {
  readonly [STORE_FAILURE] = true;
  constructor(message: string, options: AduanErrorOptions = {}) {
    super('store_failure', message, options);
    this.name = 'StoreFailureError';
  }
  static override isInstance(value: unknown): value is StoreFailureError {
    return AduanError.hasMarker(value, STORE_FAILURE);
  }
}

const STORE_LOCKED = Symbol.for('aduan.error.store_locked');
/** Another process holds the store's data folder (an embedded database allows one opener). */
export class StoreLockedError extends AduanError {
  readonly [STORE_LOCKED] = true;
  readonly location: string;
  constructor(location: string, holder?: string) {
    super(
      'store_locked',
      `The data folder ${location} is in use by another process${holder ? ` (${holder})` : ''}; stop it first, or use a PostgreSQL server for several processes`,
      { details: { location, ...(holder ? { holder } : {}) } },
    );
    this.name = 'StoreLockedError';
    this.location = location;
  }
  static override isInstance(value: unknown): value is StoreLockedError {
    return AduanError.hasMarker(value, STORE_LOCKED);
  }
}

const REBUILD_REQUIRED = Symbol.for('aduan.error.rebuild_required');
/** Derived state (a projection, deadline bookkeeping) was written by another version: run `desk.rebuild()`. */
export class RebuildRequiredError extends AduanError {
  readonly [REBUILD_REQUIRED] = true;
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('rebuild_required', `${message}; run desk.rebuild() to re-derive it from the events`, { details });
    this.name = 'RebuildRequiredError';
  }
  static override isInstance(value: unknown): value is RebuildRequiredError {
    return AduanError.hasMarker(value, REBUILD_REQUIRED);
  }
}

const CLOSED = Symbol.for('aduan.error.closed');
/** A desk, store or relay was used after `close()`. */
export class ClosedError extends AduanError {
  readonly [CLOSED] = true;
  readonly what: string;
  constructor(what: string) {
    super('closed', `The ${what} is closed`, { details: { what } });
    this.name = 'ClosedError';
    this.what = what;
  }
  static override isInstance(value: unknown): value is ClosedError {
    return AduanError.hasMarker(value, CLOSED);
  }
}

const UNAUTHORIZED = Symbol.for('aduan.error.unauthorized');
/** A request failed authentication: 401 when credentials are missing, 403 when they are wrong. */
export class UnauthorizedError extends AduanError {
  readonly [UNAUTHORIZED] = true;
  readonly status: 401 | 403;
  constructor(message: string, status: 401 | 403 = 401) {
    super('unauthorized', message, { details: { status } });
    this.name = 'UnauthorizedError';
    this.status = status;
  }
  static override isInstance(value: unknown): value is UnauthorizedError {
    return AduanError.hasMarker(value, UNAUTHORIZED);
  }
}

const PAYLOAD_TOO_LARGE = Symbol.for('aduan.error.payload_too_large');
/** A request body (or one part of it) exceeded its limit. HTTP 413. */
export class PayloadTooLargeError extends AduanError {
  readonly [PAYLOAD_TOO_LARGE] = true;
  readonly limitBytes: number;
  constructor(limitBytes: number, what = 'Request body') {
    super('payload_too_large', `${what} exceeds the limit of ${limitBytes} bytes`, { details: { limitBytes } });
    this.name = 'PayloadTooLargeError';
    this.limitBytes = limitBytes;
  }
  static override isInstance(value: unknown): value is PayloadTooLargeError {
    return AduanError.hasMarker(value, PAYLOAD_TOO_LARGE);
  }
}

const UNSUPPORTED_MEDIA_TYPE = Symbol.for('aduan.error.unsupported_media_type');
/** A body or attachment of a type that is not accepted. HTTP 415. */
export class UnsupportedMediaTypeError extends AduanError {
  readonly [UNSUPPORTED_MEDIA_TYPE] = true;
  readonly received: string | undefined;
  readonly accepted: readonly string[];
  constructor(received: string | undefined, accepted: readonly string[], what = 'Content-Type') {
    super('unsupported_media_type', `${what} "${received ?? '(none)'}" is not accepted; send ${accepted.join(', ')}`, {
      details: { received, accepted },
    });
    this.name = 'UnsupportedMediaTypeError';
    this.received = received;
    this.accepted = accepted;
  }
  static override isInstance(value: unknown): value is UnsupportedMediaTypeError {
    return AduanError.hasMarker(value, UNSUPPORTED_MEDIA_TYPE);
  }
}

const METHOD_NOT_ALLOWED = Symbol.for('aduan.error.method_not_allowed');
/** A known path asked with the wrong HTTP method. HTTP 405 with an `Allow` header. */
export class MethodNotAllowedError extends AduanError {
  readonly [METHOD_NOT_ALLOWED] = true;
  readonly allow: readonly string[];
  constructor(method: string, allow: readonly string[]) {
    super('method_not_allowed', `Method ${method} is not allowed here; use ${allow.join(' or ')}`, { details: { method, allow } });
    this.name = 'MethodNotAllowedError';
    this.allow = allow;
  }
  static override isInstance(value: unknown): value is MethodNotAllowedError {
    return AduanError.hasMarker(value, METHOD_NOT_ALLOWED);
  }
}

const RATE_LIMITED = Symbol.for('aduan.error.rate_limited');
/** Too many requests from one client. HTTP 429 with `Retry-After`. */
export class RateLimitedError extends AduanError {
  readonly [RATE_LIMITED] = true;
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('rate_limited', `Too many requests; try again in ${retryAfterSeconds} seconds`, { details: { retryAfterSeconds } });
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
  static override isInstance(value: unknown): value is RateLimitedError {
    return AduanError.hasMarker(value, RATE_LIMITED);
  }
}

const CHANNEL_FAILURE = Symbol.for('aduan.error.channel_failure');
/** A channel provider call failed (media download, provider API). HTTP 502 when it reaches a client. */
export class ChannelFailureError extends AduanError {
  readonly [CHANNEL_FAILURE] = true;
  readonly channel: string;
  readonly retryable: boolean;
  constructor(channel: string, message: string, options: { retryable: boolean; cause?: unknown }) {
    super('channel_failure', message, { cause: options.cause, details: { channel, retryable: options.retryable } });
    this.name = 'ChannelFailureError';
    this.channel = channel;
    this.retryable = options.retryable;
  }
  static override isInstance(value: unknown): value is ChannelFailureError {
    return AduanError.hasMarker(value, CHANNEL_FAILURE);
  }
}

const DUPLICATE_USERNAME = Symbol.for('aduan.error.duplicate_username');
/** An officer account with this username (or id) already exists; nothing was stored. HTTP 409. */
export class DuplicateUsernameError extends AduanError {
  readonly [DUPLICATE_USERNAME] = true;
  readonly username: string;
  constructor(username: string) {
    super('duplicate_username', `An account with the username "${username}" already exists; choose another username`, {
      details: { username },
    });
    this.name = 'DuplicateUsernameError';
    this.username = username;
  }
  static override isInstance(value: unknown): value is DuplicateUsernameError {
    return AduanError.hasMarker(value, DUPLICATE_USERNAME);
  }
}

const ACCOUNT_VERSION_CONFLICT = Symbol.for('aduan.error.account_version_conflict');
/** The officer account changed since the caller read it; nothing was written. HTTP 409. */
export class AccountVersionConflictError extends AduanError {
  readonly [ACCOUNT_VERSION_CONFLICT] = true;
  readonly accountId: string;
  readonly expectedVersion: number;
  readonly actualVersion: number;
  constructor(accountId: string, expectedVersion: number, actualVersion: number) {
    super(
      'account_version_conflict',
      `Account ${accountId} changed meanwhile: expected version ${expectedVersion}, found ${actualVersion}. Read it again and retry.`,
      { details: { accountId, expectedVersion, actualVersion } },
    );
    this.name = 'AccountVersionConflictError';
    this.accountId = accountId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
  static override isInstance(value: unknown): value is AccountVersionConflictError {
    return AduanError.hasMarker(value, ACCOUNT_VERSION_CONFLICT);
  }
}

/**
 * Why a call to the SP4N-LAPOR! API failed: `unauthorized` (the token was refused), `rate_limited`
 * (still 429 after the retries, or a wait longer than allowed), `server_error` (still 5xx after the
 * retries), `unavailable` (no answer: refused connection, timeout, connection lost), `response_too_large`
 * (an answer over the size cap), `bad_response` (an answer that breaks the wire format),
 * `repeated_cursor` (a page that does not move the cursor on, or more pages than allowed),
 * `not_found` (an unknown Tracking ID) and `refused` (any other 4xx: LAPOR! refused what was sent).
 */
export type LaporApiFailureReason =
  | 'unauthorized'
  | 'rate_limited'
  | 'server_error'
  | 'unavailable'
  | 'response_too_large'
  | 'bad_response'
  | 'repeated_cursor'
  | 'not_found'
  | 'refused';

const LAPOR_API_FAILURE = Symbol.for('aduan.error.lapor_api_failure');
/**
 * A call to the SP4N-LAPOR! API failed. `reason` says why (stable), `status` is LAPOR!'s HTTP status
 * when it answered, `retryable` whether the same call may succeed later. The message (Bahasa
 * Indonesia, then English) never carries the server's own text. HTTP 502 when it reaches a client.
 */
export class LaporApiError extends AduanError {
  readonly [LAPOR_API_FAILURE] = true;
  readonly reason: LaporApiFailureReason;
  readonly status: number | undefined;
  readonly retryable: boolean;
  constructor(reason: LaporApiFailureReason, message: string, options: { status?: number; retryable: boolean; cause?: unknown }) {
    super('lapor_api_failure', message, {
      cause: options.cause,
      details: { reason, status: options.status, retryable: options.retryable },
    });
    this.name = 'LaporApiError';
    this.reason = reason;
    this.status = options.status;
    this.retryable = options.retryable;
  }
  static override isInstance(value: unknown): value is LaporApiError {
    return AduanError.hasMarker(value, LAPOR_API_FAILURE);
  }
}
