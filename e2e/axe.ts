import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// axe-core over the whole page, reduced to what the accessibility bar of the playground is:
// no violation of impact "serious" or "critical". The rest (moderate, minor) is printed by a
// failing run too, but does not fail it.

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

const BLOCKING = new Set(['serious', 'critical']);

/** One line per failing element: rule, impact, selector and axe's own summary of what is wrong. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map((n) => `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n    at ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
    )
    .join('\n');
}

/** The serious and critical violations on the page as it is now. */
export async function blockingViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
}
