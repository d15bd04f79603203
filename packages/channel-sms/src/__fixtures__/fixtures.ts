import { readFileSync } from 'node:fs';

/** A recorded, redacted provider payload from `src/__fixtures__/`. */
export function fixture(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}

/** A form fixture as a plain object, for re-signing it as the provider would. */
export function formFixture(name: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(fixture(name)));
}
