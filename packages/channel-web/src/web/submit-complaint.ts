import type { IntakeInput, ReceiveOutcome } from '@aduan/spec';
import { checkUploads } from '../attachments/check-uploads.js';
import { discardAttachments, storeAttachments } from '../attachments/store-attachments.js';
import { idempotencyKeyOf } from '../http/idempotency-key.js';
import { wantsHtml } from '../http/media-type.js';
import { htmlResponse, jsonResponse } from '../http/responses.js';
import { formToIntake, IDEMPOTENCY_FIELD } from './form-to-intake.js';
import { jsonToIntake } from './json-to-intake.js';
import { parseSubmission } from './parse-submission.js';
import type { PublicIntake } from './public-intake.js';
import { respondError } from './respond-error.js';
import { confirmationPage } from './result-pages.js';
import type { WebIntakeContext } from './web-intake-options.js';

interface ParsedSubmission {
  intake: PublicIntake;
  files: File[];
  formKey: string | undefined;
}

async function parse(context: WebIntakeContext, request: Request): Promise<ParsedSubmission> {
  const submission = await parseSubmission(request, context);
  if (submission.kind === 'json') return { intake: jsonToIntake(submission.body), files: [], formKey: undefined };
  return { intake: formToIntake(submission.fields), files: submission.files, formKey: submission.fields.get(IDEMPOTENCY_FIELD)?.at(-1) };
}

/**
 * Stores the checked uploads and files the complaint; uploads that end up in no new complaint (a
 * retry, a refusal by the desk's validation) are removed again.
 */
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
 * page when a browser posted the form. Never echoes the complainant's id or contact. The desk
 * validates the intake; this handler checks only the shape of the body and the files.
 */
export async function submitComplaint(context: WebIntakeContext, request: Request): Promise<Response> {
  const html = wantsHtml(request);
  try {
    const { intake, files, formKey } = await parse(context, request);
    const channelMessageId = idempotencyKeyOf(request, formKey);
    const checked = await checkUploads(files, context);
    const complete: IntakeInput = { ...intake, channel: 'web', ...(channelMessageId ? { channelMessageId } : {}) };

    const outcome = await receive(context, complete, checked);
    const { trackingNumber, status } = outcome.complaint;
    const httpStatus = outcome.duplicate ? 200 : 201;
    const location = { location: context.links.tracking(trackingNumber) };
    if (html)
      return htmlResponse(httpStatus, confirmationPage({ trackingNumber, status, duplicate: outcome.duplicate }, context.links), location);
    return jsonResponse(httpStatus, { trackingNumber, status }, location);
  } catch (error) {
    return respondError(context, error, html);
  }
}
