import { blockingViolations, describeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

// axe-core on the main states of the playground: zero serious or critical violations. A
// failure prints every offending element with axe's explanation.

async function expectNoBlockingViolations(page: Parameters<typeof blockingViolations>[0]): Promise<void> {
  const violations = await blockingViolations(page);
  // Compared as text, so a failure reads as a list of elements and reasons, not an object dump.
  expect(describeViolations(violations), 'axe found serious or critical problems').toBe('');
}

test.describe('axe-core finds no serious or critical problem', () => {
  test('on first load', async ({ playground, page }) => {
    await playground.goto();
    await expectNoBlockingViolations(page);
  });

  test('in the error state, once the banner is up', async ({ playground, page }) => {
    await playground.goto();
    await playground.setText('[general]\nnum_samples = 150\n\n[metrics.cpu]\nvalue = "sixty"\n');
    await expect(playground.banner).toBeVisible();
    await expect(playground.main).toHaveAttribute('data-run-state', 'error');
    await expectNoBlockingViolations(page);
  });

  test('in dark mode, with and without errors', async ({ playground, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await playground.goto();
    await expectNoBlockingViolations(page);
    await playground.setText('[general]\nnum_samples = 150\n\n[metrics.cpu]\nvalue = "sixty"\n');
    await expect(playground.banner).toBeVisible();
    await expectNoBlockingViolations(page);
  });

  test('in a narrow window (700 px)', async ({ playground, page }) => {
    await page.setViewportSize({ width: 700, height: 900 });
    await playground.goto();
    await expectNoBlockingViolations(page);
  });
});

test.describe('axe-core on a zoomed chart', () => {
  // Waits for zoom (issue 10 §1, branch p10-nav): this branch has none, so the wheel below does
  // nothing yet. The lead enables it after the merge by removing this line.
  test.fixme(true, 'waits for chart zoom (p10-nav)');

  test('finds no serious or critical problem', async ({ playground, page }) => {
    await playground.goto();
    const plot = playground.chartPlot('cpu_usage');
    const ticksBefore = await plot.locator('.recharts-xAxis .recharts-cartesian-axis-tick-value').allTextContents();
    const box = await plot.boundingBox();
    if (box === null) throw new Error('the chart has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await expect.poll(() => plot.locator('.recharts-xAxis .recharts-cartesian-axis-tick-value').allTextContents()).not.toEqual(ticksBefore);
    await expectNoBlockingViolations(page);
  });
});
