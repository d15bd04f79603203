import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** One rule a page broke, as axe-core reports it, with the elements that break it. */
export interface AccessibilityViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

let source: string | undefined;
/** axe-core's browser bundle, read once from the installed package. */
const axeSource = () => (source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

interface AxeResults {
  violations: { id: string; impact?: AccessibilityViolation['impact']; help: string; helpUrl: string; nodes: { target: unknown[] }[] }[];
}

/**
 * Runs axe-core on the page as it is now and returns the violations of the given impacts (default:
 * serious and critical). axe is evaluated through the DevTools protocol, so a page's strict
 * Content Security Policy (no scripts at all) does not keep it out.
 */
export async function accessibilityViolations(
  page: Page,
  impacts: readonly NonNullable<AccessibilityViolation['impact']>[] = ['serious', 'critical'],
): Promise<AccessibilityViolation[]> {
  await page.evaluate(axeSource());
  const results = await page.evaluate(async () => {
    // Runs in the page, where axe and the document are globals (this package has no DOM types).
    const page = globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> }; document: unknown };
    return (await page.axe.run(page.document, { resultTypes: ['violations'] })) as AxeResults;
  });
  return results.violations
    .filter((violation) => violation.impact != null && impacts.includes(violation.impact))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
}
