import { expect, test } from './fixtures.ts';
import { linkTo } from './playground.ts';

// Issue 10 §5: with 500 metrics only the charts in view (plus a margin) are drawn; the rest hold
// their place, so the scrollbar is true and scrolling to the end draws the last chart.

const COUNT = 500;
/** Charts in the page at most: the view at 1400×900 holds four or five, the margin a few more. */
const MAX_DRAWN = 24;

function manyMetrics(n: number): string {
  const lines = ['[general]', 'num_samples = 150', 'seed = 5', ''];
  for (let i = 0; i < n; i++) lines.push(`[metrics.m${String(i).padStart(3, '0')}]`, `value = ${10 + (i % 50)}`, '');
  return lines.join('\n');
}

test('500 metrics: a bounded number of charts is drawn, the scroll height is true, and scrolling to the end draws the last', async ({ playground, page }) => {
  test.setTimeout(120_000);
  await page.goto(await linkTo(manyMetrics(COUNT)));
  await expect(playground.main).toHaveAttribute('data-run-state', 'ready', { timeout: 60_000 });
  await expect(playground.chart('m000').locator('path.metric-chart__line')).toHaveCount(1);

  const slots = page.locator('.chart-slot');
  await expect(slots).toHaveCount(COUNT);
  const drawn = page.locator('.charts-panel svg.chart-surface');
  expect(await drawn.count()).toBeLessThanOrEqual(MAX_DRAWN);
  expect(await drawn.count()).toBeGreaterThan(0);

  // Placeholders are as tall as charts: the list is as long as 500 drawn charts would be.
  const { scrollHeight, slotHeight } = await page.evaluate(() => ({
    scrollHeight: document.querySelector('.charts-body')?.scrollHeight ?? 0,
    slotHeight: document.querySelector('.chart-slot')?.getBoundingClientRect().height ?? 0,
  }));
  expect(slotHeight).toBeGreaterThan(100);
  expect(scrollHeight).toBeGreaterThan(COUNT * slotHeight);

  // Scroll to the end: the last chart is drawn, the first ones are gone, the count stays bounded.
  await page.locator('.charts-body').evaluate((body) => body.scrollTo({ top: body.scrollHeight }));
  const last = playground.chart(`m${COUNT - 1}`);
  await expect(last.locator('path.metric-chart__line')).toHaveCount(1);
  await expect(last).toBeInViewport();
  await expect(playground.chart('m000')).toHaveCount(0);
  expect(await drawn.count()).toBeLessThanOrEqual(MAX_DRAWN);

  // An edit still reaches the charts in view (a flat line's value is in its caption's range).
  const caption = last.locator('.metric-chart__caption');
  await expect(caption).toContainText('range 59');
  const line = await playground.lineOf(new RegExp(`^\\[metrics\\.m${COUNT - 1}\\]`));
  await playground.replaceLine(line + 1, 'value = 77');
  await expect(caption).toContainText('range 77');
});
