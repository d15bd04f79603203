import { readBodyWithLimit } from '@aduan/adapter-utils';
import { InvalidInputError } from '@aduan/spec';
import { checkFieldCount } from '../forms/form-fields.js';
import { decodeText } from '../http/decode-text.js';
import { mediaTypeOf } from '../http/media-type.js';
import { checkApiKey, checkJurisdiction } from './check-access.js';
import type { Open311Context } from './open311-options.js';
import { renderRecords, type Open311Format } from './render.js';
import { field, intakeOf, serviceOf, withOpen311Paths } from './request-intake.js';

/** The spec's fields number about twenty; a body of many more is refused before it is decoded. */
const MAX_FIELDS = 100;

/** POST requests.{format}: files a complaint and answers with its tracking number as service_request_id. */
export async function postServiceRequest(context: Open311Context, request: Request, format: Open311Format): Promise<Response> {
  if (mediaTypeOf(request) !== 'application/x-www-form-urlencoded') {
    throw new InvalidInputError('service request', [{ path: '', message: 'send the fields as application/x-www-form-urlencoded' }]);
  }
  const text = decodeText(await readBodyWithLimit(request, context.maxBodyBytes));
  checkFieldCount(text, MAX_FIELDS);
  const form = new URLSearchParams(text);
  const query = new URL(request.url).searchParams;
  checkJurisdiction(context, field(form, 'jurisdiction_id') ?? query.get('jurisdiction_id'));
  await checkApiKey(context, field(form, 'api_key') ?? query.get('api_key'));
  const service = serviceOf(context, form);
  const outcome = await context.desk.receive(context.actor, intakeOf(context, service, form, request)).catch((error: unknown) => {
    throw withOpen311Paths(error);
  });
  const record = { service_request_id: outcome.complaint.trackingNumber, service_notice: context.serviceNotice, account_id: null };
  return renderRecords(format, { root: 'service_requests', item: 'request' }, [record], outcome.duplicate ? 200 : 201);
}
