import { AduanError, NotFoundError } from '@aduan/spec';
import { pathBelow } from '../http/base-path.js';
import { decodeSegment } from '../http/decode-segment.js';
import { MethodNotAllowedError } from '../http/describe-error.js';
import type { FetchHandler } from '../http/fetch-handler.js';
import { checkJurisdiction } from './check-access.js';
import { findComplaint } from './find-complaint.js';
import { listRequests, toRecords } from './list-requests.js';
import { open311Context, type Open311Context, type Open311Options } from './open311-options.js';
import { postServiceRequest } from './post-request.js';
import { renderRecords, type Open311Format } from './render.js';
import { parseRequestsQuery } from './requests-query.js';
import { respondOpen311Error } from './respond-error.js';

/** `/services.json`, `/services/{code}.xml`, `/requests.json`, `/requests/{id}.xml`. */
const ROUTE = /^\/(services|requests)(?:\/([^/]+?))?\.(json|xml)$/;
const READ = ['GET', 'HEAD'];

function allow(request: Request, methods: readonly string[]): void {
  if (!methods.includes(request.method)) throw new MethodNotAllowedError(request.method, methods);
}

function servicesList(context: Open311Context, format: Open311Format): Response {
  const records = context.services.map((service) => ({
    service_code: service.service_code,
    service_name: service.service_name,
    description: service.description ?? null,
    metadata: false,
    type: 'realtime',
    keywords: service.keywords?.join(', ') ?? null,
    group: service.group ?? null,
  }));
  return renderRecords(format, { root: 'services', item: 'service' }, records);
}

/** Services never have metadata, so a definition never exists: 404 either way, saying why. */
function serviceDefinition(context: Open311Context, code: string): never {
  if (!context.byCode.has(code)) throw new NotFoundError('service_code', code);
  throw new AduanError('not_found', `Service "${code}" has no service definition: its metadata is false`, { details: { service_code: code } });
}

async function serviceRequest(context: Open311Context, id: string, format: Open311Format): Promise<Response> {
  const summary = await findComplaint(context, id);
  if (!summary) throw new NotFoundError('service_request_id', id);
  return renderRecords(format, { root: 'service_requests', item: 'request' }, await toRecords(context, [summary]));
}

async function route(context: Open311Context, request: Request, resource: string, id: string | undefined, format: Open311Format): Promise<Response> {
  const url = new URL(request.url);
  if (request.method !== 'POST') checkJurisdiction(context, url.searchParams.get('jurisdiction_id'));
  if (resource === 'services') {
    allow(request, READ);
    return id === undefined ? servicesList(context, format) : serviceDefinition(context, decodeSegment(id, 'service_code'));
  }
  if (id !== undefined) {
    allow(request, READ);
    return serviceRequest(context, decodeSegment(id, 'service_request_id'), format);
  }
  allow(request, [...READ, 'POST']);
  if (request.method === 'POST') return postServiceRequest(context, request, format);
  const records = await listRequests(context, parseRequestsQuery(url.searchParams, context.clock.now()));
  return renderRecords(format, { root: 'service_requests', item: 'request' }, records);
}

/**
 * An Open311 GeoReport v2 endpoint over the desk: services, service requests (filed through
 * `desk.receive` with channel `open311`) and their public status. XML and JSON, chosen by the
 * path's extension; errors in the spec's `errors` format.
 */
export function createOpen311(options: Open311Options): FetchHandler {
  const context = open311Context(options);
  return async (request) => {
    const path = pathBelow(request, context.basePath) ?? '';
    const match = ROUTE.exec(path);
    // XML is the spec's required format, so it is also the fallback for errors on unknown paths.
    const format: Open311Format = path.endsWith('.json') ? 'json' : 'xml';
    try {
      if (!match) throw new NotFoundError('Resource', new URL(request.url).pathname);
      return await route(context, request, match[1]!, match[2], format);
    } catch (error) {
      return respondOpen311Error(context, format, error);
    }
  };
}
