import { expect, test } from './fixtures.ts';

// Issue 4 §3: a long run shows its progress, Cancel stops it at once, and the cap (10 M
// samples) works without crashing the tab.

test('a long run shows a progress bar whose Cancel stops it at once', async ({ playground, page }) => {
  await playground.goto();
  const samples = await playground.lineOf(/^num_samples = 150$/);
  await playground.replaceLine(samples, 'num_samples = 10000000');

  const progress = page.getByRole('progressbar', { name: /generating/i });
  await expect(progress).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('progress').getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden({ timeout: 2_000 });
  await expect(playground.main).not.toHaveAttribute('data-run-state', 'running', { timeout: 2_000 });

  // A fresh worker takes the next edit.
  await playground.replaceLine(samples, 'num_samples = 150');
  await playground.waitReady();
  await expect(playground.charts).toHaveCount(4);
});

test('10,000,000 samples generate and draw without crashing the tab', async ({ playground }) => {
  test.setTimeout(180_000);
  await playground.goto();
  const before = await playground.linePath('cpu_usage');
  await playground.replaceLine(await playground.lineOf(/^num_samples = 150$/), 'num_samples = 10000000');
  await expect(playground.main).toHaveAttribute('data-run-state', 'ready', { timeout: 120_000 });
  await expect(playground.charts).toHaveCount(4);
  await expect.poll(() => playground.linePath('cpu_usage')).not.toBe(before);
  await expect(playground.anomalyWindows).toHaveCount(4);
});
