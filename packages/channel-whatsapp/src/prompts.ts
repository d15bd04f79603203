import { resolveLabels, type MissingDetailKind, type WhatsAppLabelOverrides, type WhatsAppLanguage } from './labels.js';

export interface MissingDetailPromptOptions {
  /** Default `id` (Bahasa Indonesia). */
  language?: WhatsAppLanguage;
  /** Replace the shipped wording, e.g. with the city's own approved phrasing. */
  labels?: WhatsAppLabelOverrides;
}

/**
 * A polite request for what a complaint lacks (location, detail, photo, time), ready to send as a
 * reply through `desk.requestInfo`.
 */
export function missingDetailPrompt(kind: MissingDetailKind, options: MissingDetailPromptOptions = {}): string {
  return resolveLabels(options.language, options.labels).prompts[kind];
}
