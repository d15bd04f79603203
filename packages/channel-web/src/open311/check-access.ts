import { NotFoundError, UnauthorizedError } from '@aduan/spec';
import type { Open311Context } from './open311-options.js';

/**
 * A request naming another jurisdiction is answered 404 ("jurisdiction_id not found", as the spec
 * lists); leaving it out is fine, since this endpoint serves one jurisdiction.
 */
export function checkJurisdiction(context: Open311Context, given: string | null | undefined): void {
  if (context.jurisdictionId !== undefined && given && given !== context.jurisdictionId) {
    throw new NotFoundError('jurisdiction_id', given);
  }
}

/** The spec's POST requires an api_key; checked only when the city configured a verifier. */
export async function checkApiKey(context: Open311Context, apiKey: string | null | undefined): Promise<void> {
  if (!context.verifyApiKey) return;
  if (!apiKey) throw new UnauthorizedError('api_key is required to create a service request', 403);
  if (!(await context.verifyApiKey(apiKey)))
    throw new UnauthorizedError('Invalid api_key received; cannot create the service request', 403);
}
