const MARKER = Symbol.for('aduan.error');

/** Stable machine-readable error codes. New codes may be added; existing ones never change meaning. */
export type AduanErrorCode =
  | 'invalid_input'
  | 'invalid_config'
  | 'not_found'
  | 'illegal_transition'
  | 'version_conflict'
  | 'forbidden'
  | 'duplicate_message'
  | 'duplicate_tracking_number'
  | 'unsupported'
  | 'plugin_rejected'
  | 'store_failure'
  | 'unauthorized'
  | 'payload_too_large'
  | 'channel_failure';

export interface AduanErrorOptions {
  cause?: unknown;
  details?: Record<string, unknown>;
}

/**
 * Base class of every error aduan throws on purpose. Check with `AduanError.isInstance(e)` rather
 * than `instanceof`: the marker survives two copies of the package in one process.
 */
export class AduanError extends Error {
  readonly [MARKER] = true;
  readonly code: AduanErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: AduanErrorCode, message: string, options: AduanErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AduanError';
    this.code = code;
    this.details = options.details ?? {};
  }

  static isInstance(value: unknown): value is AduanError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }

  /** True when `value` is an AduanError with the given code. */
  static hasCode<C extends AduanErrorCode>(value: unknown, code: C): value is AduanError & { code: C } {
    return AduanError.isInstance(value) && value.code === code;
  }

  toJSON(): { name: string; code: AduanErrorCode; message: string; details: Record<string, unknown> } {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}

/** One bad field of an input: its path (e.g. `location.lat`) and what is wrong with it. */
export interface FieldIssue {
  path: string;
  message: string;
}

export class InvalidInputError extends AduanError {
  readonly issues: readonly FieldIssue[];
  constructor(what: string, issues: readonly FieldIssue[]) {
    const list = issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
    super('invalid_input', `Invalid ${what}: ${list}`, { details: { issues } });
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
}

export class InvalidConfigError extends AduanError {
  readonly issues: readonly FieldIssue[];
  constructor(what: string, issues: readonly FieldIssue[]) {
    const list = issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
    super('invalid_config', `Invalid ${what}: ${list}`, { details: { issues } });
    this.name = 'InvalidConfigError';
    this.issues = issues;
  }
}

export class NotFoundError extends AduanError {
  constructor(what: string, id: string) {
    super('not_found', `${what} "${id}" does not exist`, { details: { what, id } });
    this.name = 'NotFoundError';
  }
}

export class IllegalTransitionError extends AduanError {
  readonly state: string;
  readonly command: string;
  constructor(complaintId: string, state: string, command: string, why?: string) {
    super(
      'illegal_transition',
      `Command "${command}" is not allowed while complaint ${complaintId} is "${state}"${why ? `: ${why}` : ''}`,
      { details: { complaintId, state, command } },
    );
    this.name = 'IllegalTransitionError';
    this.state = state;
    this.command = command;
  }
}

export class VersionConflictError extends AduanError {
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
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
}

export class ForbiddenError extends AduanError {
  constructor(actorId: string, action: string, reason: string) {
    super('forbidden', `Actor "${actorId}" may not ${action}: ${reason}`, { details: { actorId, action } });
    this.name = 'ForbiddenError';
  }
}

/** The inbound message (channel + message id) was already stored; `existingComplaintId` holds it. */
export class DuplicateMessageError extends AduanError {
  readonly existingComplaintId: string;
  constructor(channel: string, messageId: string, existingComplaintId: string) {
    super('duplicate_message', `Message ${channel}:${messageId} was already received as complaint ${existingComplaintId}`, {
      details: { channel, messageId, existingComplaintId },
    });
    this.name = 'DuplicateMessageError';
    this.existingComplaintId = existingComplaintId;
  }
}

export class DuplicateTrackingNumberError extends AduanError {
  constructor(trackingNumber: string) {
    super('duplicate_tracking_number', `Tracking number ${trackingNumber} is already taken`, { details: { trackingNumber } });
    this.name = 'DuplicateTrackingNumberError';
  }
}

/** A webhook or request failed authentication (bad or missing signature, wrong token). HTTP 401/403. */
export class UnauthorizedError extends AduanError {
  readonly status: 401 | 403;
  constructor(message: string, status: 401 | 403 = 401) {
    super('unauthorized', message, { details: { status } });
    this.name = 'UnauthorizedError';
    this.status = status;
  }
}

/** A request body exceeded the configured limit. HTTP 413. */
export class PayloadTooLargeError extends AduanError {
  constructor(limitBytes: number) {
    super('payload_too_large', `Request body exceeds the limit of ${limitBytes} bytes`, { details: { limitBytes } });
    this.name = 'PayloadTooLargeError';
  }
}
