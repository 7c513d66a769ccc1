import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { linkTo } from './playground.ts';
import { samplesIn, ZoomCharts } from './zoomPage.ts';

// Issue 10 §6: a keyboard-operable, remembered split between editor and charts; chart height
// that fits the pane or is chosen; a full-screen view of one chart; a new metric's chart
// scrolled into view; axis titles.

test.use({ viewport: { width: 1440, height: 900 } });

const METRICS = ['instances', 'cpu_usage', 'memory_usage_mb', 'response_time_s'];

async function box(locator: Locator): Promise<{ top: number; bottom: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  if (b === null) throw new Error('not rendered');
  return { top: b.y, bottom: b.y + b.height, width: b.width, height: b.height };
}

/** True when the whole of `target` shows inside the charts' scroll area. */
async function whollyInPane(page: Page, target: Locator): Promise<boolean> {
  const pane = await box(page.locator('.charts-body'));
  const b = await box(target);
  return b.top >= pane.top - 0.5 && b.bottom <= pane.bottom + 0.5;
}

test('at 1440×900 all four charts of the example fit in the pane', async ({ playground, page }) => {
  await playground.goto();
  await expect(playground.charts).toHaveCount(4);
  for (const metric of METRICS) expect(await whollyInPane(page, playground.chart(metric)), metric).toBe(true);
});

test('the split between editor and charts moves by keyboard and by drag, and is remembered', async ({ playground, page }) => {
  await playground.goto();
  const split = page.getByRole('separator', { name: 'Resize editor and preview' });
  const editor = page.getByRole('region', { name: 'Config editor' });
  await expect(split).toHaveAttribute('aria-valuenow', '42');
  const before = (await box(editor)).width;

  await split.focus();
  await page.keyboard.press('ArrowRight');
  await expect(split).toHaveAttribute('aria-valuenow', '44');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(split).toHaveAttribute('aria-valuenow', '54');
  expect((await box(editor)).width).toBeGreaterThan(before + 100);
  await page.keyboard.press('Home');
  await expect(split).toHaveAttribute('aria-valuenow', '20');
  await page.keyboard.press('End');
  await expect(split).toHaveAttribute('aria-valuenow', '75');
  await page.keyboard.press('ArrowLeft');
  await expect(split).toHaveAttribute('aria-valuenow', '73');

  // Drag the splitter to the middle of the window.
  const handle = await box(split);
  const grip = await split.boundingBox();
  if (grip === null) throw new Error('no splitter');
  await page.mouse.move(grip.x + grip.width / 2, handle.top + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(720, handle.top + handle.height / 2, { steps: 5 });
  await page.mouse.up();
  const dragged = Number(await split.getAttribute('aria-valuenow'));
  expect(dragged).toBeGreaterThan(45);
  expect(dragged).toBeLessThan(56);

  await page.reload();
  await playground.waitReady();
  await expect(page.getByRole('separator', { name: 'Resize editor and preview' })).toHaveAttribute('aria-valuenow', String(dragged));
});

test('a garbled remembered split falls back to the default', async ({ playground, page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('chaosgen:layout:split', '{"oops": true}');
    localStorage.setItem('chaosgen:layout:chart-size', 'XXL');
  });
  await playground.goto();
  await expect(page.getByRole('separator', { name: 'Resize editor and preview' })).toHaveAttribute('aria-valuenow', '42');
  await expect(page.getByRole('group', { name: 'Chart height' }).getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-pressed', 'true');
});

test('chart height can be set, and the choice is remembered', async ({ playground, page }) => {
  await playground.goto();
  const sizes = page.getByRole('group', { name: 'Chart height' });
  const chart = playground.chart('cpu_usage');
  const fit = (await box(chart)).height;

  await sizes.getByRole('button', { name: 'L' }).click();
  await expect(sizes.getByRole('button', { name: 'L' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await box(chart)).height).toBeGreaterThan(fit + 100);
  const large = (await box(chart)).height;
  // S is a fixed size: at 1440×900, under the overview strip, Fit is about as short, so S is
  // compared with L and told apart from Fit, and after a reload it is exactly as tall again.
  await sizes.getByRole('button', { name: 'S' }).click();
  await expect.poll(async () => (await box(chart)).height).toBeLessThan(large - 100);
  const small = (await box(chart)).height;
  expect(small).not.toBe(fit);

  await page.reload();
  await playground.waitReady();
  await expect(page.getByRole('group', { name: 'Chart height' }).getByRole('button', { name: 'S' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await box(playground.chart('cpu_usage'))).height).toBe(small);
});

test('one chart can be shown full screen; Esc closes it and focus returns to its button', async ({ playground, page }) => {
  await playground.goto();
  const open = page.getByRole('button', { name: 'Show cpu_usage full screen' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'cpu_usage, full screen' });
  await expect(dialog).toBeVisible();
  const chart = dialog.getByRole('figure', { name: 'cpu_usage chart' });
  await expect(chart.locator('path.metric-chart__line')).toHaveCount(1);
  expect((await box(chart)).height).toBeGreaterThan(600);
  await expect(dialog.getByRole('button', { name: 'Close full screen' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();

  // The Close button does the same.
  await open.click();
  await page.getByRole('button', { name: 'Close full screen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('zoomed, the full-screen chart shows the zoomed range, not the zoomed samples squeezed into the whole axis', async ({ playground, page }) => {
  await playground.goto();
  const zoom = new ZoomCharts(playground);
  await zoom.ctrlWheel('cpu_usage', 0.5, 5);
  const range = await zoom.waitSettled([0, 149]);
  expect(range[1] - range[0]).toBeLessThan(100);

  await page.getByRole('button', { name: 'Show cpu_usage full screen' }).click();
  const chart = page.getByRole('dialog', { name: 'cpu_usage, full screen' }).getByRole('figure', { name: 'cpu_usage chart' });
  await expect(chart).toHaveAttribute('data-x-domain', `${range[0]} ${range[1]}`);
  await expect.poll(async () => ((await chart.locator('path.metric-chart__line').first().getAttribute('d')) ?? '').match(/[ML]/g)?.length ?? 0).toBe(samplesIn(range));

  // A gesture inside the full-screen chart zooms around the sample under the pointer there:
  // a quarter of the way across the zoomed range stays a quarter of the way across.
  const plot = await chart.locator('rect.chart-nav').boundingBox();
  if (plot === null) throw new Error('no plot area in the full-screen chart');
  await page.mouse.move(plot.x + plot.width / 4, plot.y + plot.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect(chart).not.toHaveAttribute('data-x-domain', `${range[0]} ${range[1]}`);
  const [lo, hi] = ((await chart.getAttribute('data-x-domain')) ?? '').split(' ').map(Number) as [number, number];
  const anchor = range[0] + (range[1] - range[0]) / 4;
  expect(lo).toBeGreaterThanOrEqual(range[0]);
  expect(hi).toBeLessThanOrEqual(range[1]);
  expect(Math.abs((anchor - lo) / (hi - lo) - 0.25)).toBeLessThan(0.05);
});

test('in full screen, Tab and Shift+Tab cycle through the dialog\'s controls: Close, the plot, the export buttons', async ({ playground, page }) => {
  await playground.goto();
  await page.getByRole('button', { name: 'Show cpu_usage full screen' }).click();
  const dialog = page.getByRole('dialog', { name: 'cpu_usage, full screen' });
  const close = dialog.getByRole('button', { name: 'Close full screen' });
  await expect(close).toBeFocused();
  // What each Tab lands on, named as a user hears it.
  const focusedName = (): Promise<string> =>
    page.evaluate(() => {
      const el = document.activeElement;
      return `${el?.closest('[role="dialog"]') ? '' : 'OUTSIDE '}${el?.getAttribute('aria-label') ?? el?.textContent ?? ''}`;
    });
  const forward: string[] = [];
  for (let k = 0; k < 4; k++) {
    await page.keyboard.press('Tab');
    forward.push(await focusedName());
  }
  expect(forward).toEqual(['Export cpu_usage chart as PNG', 'Export cpu_usage chart as SVG', expect.stringMatching(/^cpu_usage/), expect.stringMatching(/^Close full screen/)]);
  await expect(close).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedName()).toMatch(/^cpu_usage/);
  await expect(dialog.getByRole('application', { name: 'cpu_usage', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(close).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedName()).toMatch(/^cpu_usage/);

  // Esc still closes it from anywhere inside, and focus returns to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show cpu_usage full screen' })).toBeFocused();
});

test('a metric added in the editor has its chart scrolled into view', async ({ playground, page }) => {
  await playground.goto();
  await page.getByRole('group', { name: 'Chart height' }).getByRole('button', { name: 'L' }).click();
  await expect(playground.chart('response_time_s')).not.toBeInViewport();

  // Written at the end of the metrics, as a user adds one: its chart is last, below the fold.
  const anomalies = await playground.lineOf(/^\[anomalies\]/);
  await playground.placeCursor(anomalies, 'start');
  await page.keyboard.insertText('    [metrics.queue_depth]\n    value = 12\n\n');
  const added = playground.chart('queue_depth');
  await expect(added).toBeVisible();
  await expect.poll(() => whollyInPane(page, added)).toBe(true);
});

test('the axes are titled: sample or time along the bottom, the unit up the side', async ({ playground }) => {
  await playground.goto();
  await expect(playground.chart('cpu_usage').locator('.metric-chart__x-title')).toHaveText('sample');
  const incident = [
    '[general]',
    'start = 2026-03-02T14:00:00Z',
    'interval = "1m"',
    'num_samples = 60',
    'seed = 1',
    '',
    '[metrics.cpu]',
    'value = 40',
    'unit = "percent"',
    '',
  ].join('\n');
  await playground.goto(await linkTo(incident));
  await expect(playground.chart('cpu').locator('.metric-chart__x-title')).toHaveText('time');
  await expect(playground.yAxisTitle('cpu')).toHaveText('percent');
});
