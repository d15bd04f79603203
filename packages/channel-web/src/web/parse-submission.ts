import { InvalidInputError } from '@aduan/spec';
import { decodeText } from '../http/decode-text.js';
import { mediaTypeOf } from '../http/media-type.js';
import { readBodyWithLimit as readBody } from '@aduan/core';
import { UnsupportedMediaTypeError } from '../http/unsupported-media-type.js';

/** The form field that carries uploaded files. */
export const ATTACHMENT_FIELD = 'attachments';

/** A submitted body: a JSON document, or form fields (every value of each name) plus uploaded files. */
export type Submission =
  | { kind: 'json'; body: unknown }
  | { kind: 'form'; fields: Map<string, string[]>; files: File[] };

const ACCEPTED_MEDIA_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'] as const;

function malformed(message: string): InvalidInputError {
  return new InvalidInputError('request body', [{ path: '', message }]);
}

function collect(entries: Iterable<[string, string]>): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const [name, value] of entries) fields.set(name, [...(fields.get(name) ?? []), value]);
  return fields;
}

async function parseMultipart(body: Uint8Array, contentType: string): Promise<Submission> {
  let form: FormData;
  try {
    // The body is already bounded by the size limit, so the platform parser may buffer it.
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw malformed('is not a valid multipart/form-data body (check the boundary)');
  }
  const strings: [string, string][] = [];
  const files: File[] = [];
  for (const [name, value] of form) {
    if (typeof value === 'string') {
      // A browser sends an empty part for a file input left empty.
      if (name !== ATTACHMENT_FIELD || value !== '') strings.push([name, value]);
    } else if (name !== ATTACHMENT_FIELD) {
      throw new InvalidInputError('request body', [{ path: name, message: `files are accepted only in the "${ATTACHMENT_FIELD}" field` }]);
    } else if (value.size > 0 || value.name !== '') {
      files.push(value);
    }
  }
  return { kind: 'form', fields: collect(strings), files };
}

/**
 * Reads and parses a complaint submission by its Content-Type, within the body size limit.
 * Malformed bodies are `invalid_input`; other content types are `UnsupportedMediaTypeError` (HTTP 415).
 */
export async function parseSubmission(request: Request, maxBodyBytes: number): Promise<Submission> {
  const type = mediaTypeOf(request);
  if (!type || !(ACCEPTED_MEDIA_TYPES as readonly string[]).includes(type)) {
    throw new UnsupportedMediaTypeError(type, ACCEPTED_MEDIA_TYPES);
  }
  const body = await readBody(request, maxBodyBytes);
  if (type === 'multipart/form-data') return parseMultipart(body, request.headers.get('content-type')!);
  const text = decodeText(body);
  if (type === 'application/x-www-form-urlencoded') return { kind: 'form', fields: collect(new URLSearchParams(text)), files: [] };
  try {
    return { kind: 'json', body: JSON.parse(text) as unknown };
  } catch (error) {
    throw malformed(`is not valid JSON (${(error as Error).message})`);
  }
}
