import { metricNames, readExample } from './configFiles.ts';
import { expect, test } from './fixtures.ts';

const MAIN = readExample('config.toml');

test('opens on the main example with one chart per metric, in config order, each with its anomaly shaded', async ({ playground }) => {
  await playground.goto();

  expect(await playground.text()).toBe(MAIN);
  const names = metricNames(MAIN);
  expect(names).toHaveLength(4);
  await expect(playground.charts).toHaveCount(4);
  const labels = await playground.charts.evaluateAll((charts) => charts.map((c) => c.getAttribute('aria-label')));
  expect(labels).toEqual(names.map((name) => `${name} chart`));

  // Every metric of the example has an anomaly: one shaded window inside each chart.
  await expect(playground.anomalyWindows).toHaveCount(4);
  for (const name of names) {
    const chart = playground.chart(name);
    await expect(chart).toHaveAttribute('role', 'figure');
    await expect(chart.locator('.anomaly-window')).toHaveCount(1);
    await expect(chart.locator('.anomaly-window')).toBeVisible();
    expect(await playground.linePath(name)).not.toBe('');
  }
  await expect(playground.banner).toHaveCount(0);
  await expect(playground.anyLintMark).toHaveCount(0);
});

test('shows the header controls a user reaches for', async ({ playground, page }) => {
  await playground.goto();
  for (const name of ['Examples', 'Share', 'Download']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(playground.seedField).toHaveValue('42');
  await expect(playground.rerollButton).toBeVisible();
});
