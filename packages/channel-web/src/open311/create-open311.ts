import type { FetchHandler } from '@aduan/adapter-utils';
import { MethodNotAllowedError, NotFoundError } from '@aduan/spec';
import { pathBelow } from '../http/base-path.js';
import { decodeSegment } from '../http/decode-segment.js';
import { checkJurisdiction } from './check-access.js';
import { findServiceRequest } from './find-service-request.js';
import { listRequests } from './list-requests.js';
import { open311Context, type Open311Context, type Open311Options } from './open311-options.js';
import { postServiceRequest } from './post-request.js';
import { renderRecords, type Open311Format } from './render.js';
import { requestRecord } from './request-record.js';
import { parseRequestsQuery } from './requests-query.js';
import { respondOpen311Error } from './respond-error.js';
import { renderServiceDefinition } from './service-definition.js';

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

function serviceDefinition(context: Open311Context, code: string, format: Open311Format): Response {
  if (!context.byCode.has(code)) throw new NotFoundError('service_code', code);
  return renderServiceDefinition(format, code);
}

async function serviceRequest(context: Open311Context, id: string, format: Open311Format): Promise<Response> {
  const view = await findServiceRequest(context, id);
  if (!view) throw new NotFoundError('service_request_id', id);
  return renderRecords(format, { root: 'service_requests', item: 'request' }, [requestRecord(context, view)]);
}

async function route(
  context: Open311Context,
  request: Request,
  resource: string,
  id: string | undefined,
  format: Open311Format,
): Promise<Response> {
  const url = new URL(request.url);
  if (request.method !== 'POST') checkJurisdiction(context, url.searchParams.get('jurisdiction_id'));
  if (resource === 'services') {
    allow(request, READ);
    return id === undefined ? servicesList(context, format) : serviceDefinition(context, decodeSegment(id, 'service_code'), format);
  }
  if (id !== undefined) {
    allow(request, READ);
    return serviceRequest(context, decodeSegment(id, 'service_request_id'), format);
  }
  allow(request, [...READ, 'POST']);
  if (request.method === 'POST') return postServiceRequest(context, request, format);
  const query = parseRequestsQuery(url.searchParams, context.clock.now(), context.maxRequestIds);
  // Each id is a guess at a tracking number: a look-up of many pays for each.
  if (query.kind === 'ids' && query.ids.length > 1) await context.rateLimit.check(request, context.clock.now(), query.ids.length - 1);
  return renderRecords(format, { root: 'service_requests', item: 'request' }, await listRequests(context, query));
}

/**
 * An Open311 GeoReport v2 endpoint over the desk: services and their (empty) definitions, service
 * requests (filed through `desk.receive` with channel `open311`) and their public status. XML and
 * JSON, chosen by the path's extension; errors in the spec's `errors` format. Every request draws
 * on the client's rate limit; no GET reads a body.
 */
export function createOpen311(options: Open311Options): FetchHandler {
  const context = open311Context(options);
  return async (request) => {
    const path = pathBelow(request, context.basePath) ?? '';
    const match = ROUTE.exec(path);
    // XML is the spec's required format, so it is also the fallback for errors on unknown paths.
    const format: Open311Format = path.endsWith('.json') ? 'json' : 'xml';
    try {
      await context.rateLimit.check(request, context.clock.now());
      if (!match) throw new NotFoundError('Resource', new URL(request.url).pathname);
      return await route(context, request, match[1]!, match[2], format);
    } catch (error) {
      return respondOpen311Error(context, format, error);
    }
  };
}
