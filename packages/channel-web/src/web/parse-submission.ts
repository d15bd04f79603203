import { readBodyWithLimit } from '@aduan/adapter-utils';
import { InvalidInputError, UnsupportedMediaTypeError } from '@aduan/spec';
import { ATTACHMENT_FIELD } from '../attachments/check-uploads.js';
import { boundaryOf, countParts } from '../forms/count-parts.js';
import { collectFields, parseUrlEncoded, tooManyFields, type FormFields } from '../forms/form-fields.js';
import { decodeText } from '../http/decode-text.js';
import { mediaTypeOf } from '../http/media-type.js';

/** A submitted body: a JSON document, or form fields (every value of each name) plus uploaded files. */
export type Submission = { kind: 'json'; body: unknown } | { kind: 'form'; fields: FormFields; files: File[] };

const ACCEPTED_MEDIA_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'] as const;

function malformed(message: string): InvalidInputError {
  return new InvalidInputError('request body', [{ path: '', message }]);
}

async function parseMultipart(body: Uint8Array, contentType: string, maxFields: number): Promise<Submission> {
  const boundary = boundaryOf(contentType);
  if (boundary === undefined) throw malformed('bukan multipart/form-data yang sah (boundary tidak ada)');
  // Counted before parsing: the platform parser would otherwise build every part first.
  if (countParts(body, boundary, maxFields) > maxFields) throw tooManyFields(maxFields);
  let form: FormData;
  try {
    // The body is already bounded by the size limit, so the platform parser may buffer it.
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw malformed('bukan multipart/form-data yang sah (periksa boundary)');
  }
  const strings: [string, string][] = [];
  const files: File[] = [];
  for (const [name, value] of form) {
    if (typeof value === 'string') {
      // A browser sends an empty part for a file input left empty.
      if (name !== ATTACHMENT_FIELD || value !== '') strings.push([name, value]);
    } else if (name !== ATTACHMENT_FIELD) {
      throw new InvalidInputError('request body', [{ path: name, message: `berkas hanya diterima di kolom "${ATTACHMENT_FIELD}"` }]);
    } else if (value.size > 0 || value.name !== '') {
      files.push(value);
    }
  }
  return { kind: 'form', fields: collectFields(strings), files };
}

/**
 * Reads and parses a complaint submission by its Content-Type, within the body size limit and at
 * most `maxFields` form fields or multipart parts. Malformed bodies are `invalid_input`; other
 * content types are `UnsupportedMediaTypeError` (HTTP 415). Work grows linearly with the body.
 */
export async function parseSubmission(request: Request, limits: { maxBodyBytes: number; maxFields: number }): Promise<Submission> {
  const type = mediaTypeOf(request);
  if (!type || !(ACCEPTED_MEDIA_TYPES as readonly string[]).includes(type)) {
    throw new UnsupportedMediaTypeError(type, ACCEPTED_MEDIA_TYPES);
  }
  const body = await readBodyWithLimit(request, limits.maxBodyBytes);
  if (type === 'multipart/form-data') return parseMultipart(body, request.headers.get('content-type')!, limits.maxFields);
  const text = decodeText(body);
  if (type === 'application/x-www-form-urlencoded') return { kind: 'form', fields: parseUrlEncoded(text, limits.maxFields), files: [] };
  try {
    return { kind: 'json', body: JSON.parse(text) as unknown };
  } catch (error) {
    throw malformed(`bukan JSON yang sah (${(error as Error).message})`);
  }
}
