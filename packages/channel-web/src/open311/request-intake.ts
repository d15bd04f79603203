import { InvalidInputError, NotFoundError, type FieldIssue, type IntakeInput, type Location } from '@aduan/spec';
import { idempotencyKeyOf } from '../http/idempotency-key.js';
import type { Open311Context, Open311Service } from './open311-options.js';
import { MAX_DESCRIPTION } from './request-record.js';

/** The desk reports issues by its own field paths; Open311 clients know their own field names. */
const OPEN311_FIELDS: Record<string, string> = {
  description: 'description',
  'location.lat': 'lat',
  'location.long': 'long',
  'location.address': 'address_string',
  'contact.email': 'email',
  'contact.phone': 'phone',
  'contact.name': 'first_name',
  'attachments.0.url': 'media_url',
};

/** "Optional" in the spec: an empty value is the same as no value. */
export function field(form: URLSearchParams, name: string): string | undefined {
  const value = form.get(name)?.trim();
  return value === '' ? undefined : value;
}

function locationOf(form: URLSearchParams, issues: FieldIssue[]): Location | undefined {
  const lat = field(form, 'lat');
  const long = field(form, 'long');
  const address = field(form, 'address_string');
  if (lat !== undefined && long !== undefined) {
    const coordinates = { lat: Number(lat), long: Number(long) };
    if (!Number.isFinite(coordinates.lat) || !Number.isFinite(coordinates.long)) {
      issues.push({ path: 'lat', message: 'lat and long must be decimal numbers (WGS84)' });
    }
    return { ...(address === undefined ? {} : { address }), ...coordinates };
  }
  if (lat !== undefined || long !== undefined) {
    issues.push({ path: lat === undefined ? 'lat' : 'long', message: 'lat and long must be sent together' });
  } else if (address === undefined) {
    const message = field(form, 'address_id')
      ? 'address_id is not supported here; send lat and long or address_string'
      : 'a location is required: lat and long, or address_string';
    issues.push({ path: 'lat', message });
  }
  return address === undefined ? undefined : { address };
}

export function serviceOf(context: Open311Context, form: URLSearchParams): Open311Service {
  const code = field(form, 'service_code');
  if (code === undefined) throw new InvalidInputError('service request', [{ path: 'service_code', message: 'is required' }]);
  const service = context.byCode.get(code);
  if (!service) throw new NotFoundError('service_code', code);
  return service;
}

/**
 * Maps the spec's fields to an intake. Name, email and phone go to the contact record (stored
 * apart and never shown to the public), never into the text; account_id and device_id are not
 * kept: aduan does not need them.
 */
export function intakeOf(context: Open311Context, service: Open311Service, form: URLSearchParams, request: Request): IntakeInput {
  const issues: FieldIssue[] = [];
  const location = locationOf(form, issues);
  const description = field(form, 'description');
  if (description !== undefined && description.length > MAX_DESCRIPTION) {
    issues.push({ path: 'description', message: `must be at most ${MAX_DESCRIPTION} characters` });
  }
  const mediaUrl = field(form, 'media_url');
  if (mediaUrl !== undefined && !/^https?:\/\//i.test(mediaUrl)) issues.push({ path: 'media_url', message: 'must be an http(s) URL' });
  if (issues.length > 0) throw new InvalidInputError('service request', issues);

  const name = [field(form, 'first_name'), field(form, 'last_name')].filter((part) => part !== undefined).join(' ');
  const contact = {
    ...(name ? { name } : {}),
    ...(field(form, 'email') ? { email: field(form, 'email') } : {}),
    ...(field(form, 'phone') ? { phone: field(form, 'phone') } : {}),
  };
  const channelMessageId = idempotencyKeyOf(request);
  return {
    channel: 'open311',
    ...(channelMessageId ? { channelMessageId } : {}),
    title: service.service_name,
    // The spec makes the description optional; the desk needs a text, and the service name is one.
    description: description ?? service.service_name,
    category: service.category,
    ...(location ? { location } : {}),
    contact,
    attachments: mediaUrl ? [{ url: mediaUrl }] : [],
    anonim: context.anonim,
    rahasia: context.rahasia,
  };
}

/** Names the desk's issues by the Open311 fields the client sent. */
export function withOpen311Paths(error: unknown): unknown {
  if (!InvalidInputError.isInstance(error)) return error;
  const issues = error.issues.map((issue) => ({ ...issue, path: OPEN311_FIELDS[issue.path] ?? issue.path }));
  return new InvalidInputError('service request', issues);
}
