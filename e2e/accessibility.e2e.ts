import { blockingViolations, describeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { ZoomCharts } from './zoomPage.ts';

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
  test('finds no serious or critical problem', async ({ playground, page }) => {
    await playground.goto();
    const zoom = new ZoomCharts(playground);
    const before = await zoom.domains();
    await zoom.ctrlWheel('cpu_usage', 0.5, 5);
    await zoom.waitSettled([0, 149]);
    expect(await zoom.domains()).not.toEqual(before);
    await expectNoBlockingViolations(page);
  });
});
