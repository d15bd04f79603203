import type { IntakeInput, ReceiveOutcome } from '@aduan/core';
import { discardAttachments, storeAttachments } from '../attachments/store-attachments.js';
import { idempotencyKeyOf } from '../http/idempotency-key.js';
import { acceptsHtml, mediaTypeOf } from '../http/media-type.js';
import { htmlResponse, jsonResponse } from '../http/responses.js';
import { checkFiles } from './check-files.js';
import { checkIntake } from './check-intake.js';
import { formToIntake, IDEMPOTENCY_FIELD } from './form-to-intake.js';
import { jsonToIntake } from './json-to-intake.js';
import { parseSubmission } from './parse-submission.js';
import type { PublicIntake } from './public-intake.js';
import { respondError } from './respond-error.js';
import { confirmationPage } from './result-pages.js';
import type { WebIntakeContext } from './web-intake-options.js';

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

interface ParsedSubmission {
  intake: PublicIntake;
  files: File[];
  formKey: string | undefined;
}

async function parse(context: WebIntakeContext, request: Request): Promise<ParsedSubmission> {
  const submission = await parseSubmission(request, context.maxBodyBytes);
  if (submission.kind === 'json') return { intake: jsonToIntake(submission.body), files: [], formKey: undefined };
  return { intake: formToIntake(submission.fields), files: submission.files, formKey: submission.fields.get(IDEMPOTENCY_FIELD)?.at(-1) };
}

/** Stores the uploads and files the complaint; uploads that end up in no new complaint are removed. */
async function receive(context: WebIntakeContext, intake: IntakeInput, files: File[]): Promise<ReceiveOutcome> {
  if (files.length === 0) return context.desk.receive(context.actor, intake);
  const store = context.attachmentStore!;
  const attachments = await storeAttachments(store, files);
  try {
    const outcome = await context.desk.receive(context.actor, { ...intake, attachments });
    if (outcome.duplicate) await discardAttachments(store, attachments);
    return outcome;
  } catch (error) {
    await discardAttachments(store, attachments);
    throw error;
  }
}

/**
 * `POST /complaints`: JSON, a URL-encoded form or a multipart form with attachments. Answers 201
 * `{ trackingNumber, status }` (200 for a retry with the same idempotency key), or a confirmation
 * page when a browser posted the form. Never echoes the complainant's id or contact.
 */
export async function submitComplaint(context: WebIntakeContext, request: Request): Promise<Response> {
  const html = FORM_TYPES.has(mediaTypeOf(request) ?? '') && acceptsHtml(request);
  try {
    const { intake, files, formKey } = await parse(context, request);
    const channelMessageId = idempotencyKeyOf(request, formKey);
    checkFiles(files, context);
    const complete: IntakeInput = { ...intake, channel: 'web', ...(channelMessageId ? { channelMessageId } : {}) };
    checkIntake(complete);

    const outcome = await receive(context, complete, files);
    const { trackingNumber, status } = outcome.complaint;
    const httpStatus = outcome.duplicate ? 200 : 201;
    const location = { location: context.links.tracking(trackingNumber) };
    if (html) return htmlResponse(httpStatus, confirmationPage({ trackingNumber, status, duplicate: outcome.duplicate }, context.links), location);
    return jsonResponse(httpStatus, { trackingNumber, status }, location);
  } catch (error) {
    return respondError(context, error, html);
  }
}
