import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { recordCspViolations } from './testHooks.ts';
import { ZoomCharts } from './zoomPage.ts';

// Issue 10 §7: a chart exports as PNG and SVG as it is seen, zoom included, under the page's
// Content-Security-Policy.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test('a zoomed chart exports as a standalone SVG and a PNG of what is on screen', async ({ playground, page }) => {
  const violations = await recordCspViolations(page);
  await playground.goto();
  const zoom = new ZoomCharts(playground);
  await playground.chart('cpu_usage').locator('.anomaly-label').click();
  const range = await zoom.waitSettled([0, 149]);
  await expect.poll(() => zoom.pointsDrawn('cpu_usage')).toBe(Math.ceil(range[1]) - Math.floor(range[0]) + 1);
  const onScreen = await playground.linePath('cpu_usage');
  const chartBox = await playground.chart('cpu_usage').locator('svg.chart-surface').boundingBox();

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export cpu_usage chart as SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toBe('cpu_usage.svg');
  const svgText = await readFile(await svgDownload.path(), 'utf8');
  // Parsed by the browser's XML parser, as an SVG file is opened on its own.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const line = doc.querySelector('path.metric-chart__line');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      d: line?.getAttribute('d') ?? null,
      stroke: line?.getAttribute('style')?.match(/(?:^|;)stroke:([^;]+)/)?.[1] ?? null,
      title: doc.querySelector('title')?.textContent ?? null,
      usesVariables: text.includes('var(--'),
    };
  }, svgText);
  expect(parsed).toMatchObject({ error: null, root: 'svg', d: onScreen, title: 'cpu_usage' });
  // The line's colour is written out: the file has no stylesheet to look a variable up in.
  expect(parsed.stroke).toMatch(/^rgb/);
  expect(parsed.usesVariables).toBe(false);

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export cpu_usage chart as PNG' }).click()]);
  expect(pngDownload.suggestedFilename()).toBe('cpu_usage.png');
  const png = await readFile(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  // IHDR: width and height at the screen's pixel ratio (1 here), the chart plus its title row.
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  expect(png.readUInt32BE(16)).toBe(Math.round(Math.ceil(chartBox!.width) * ratio));
  expect(png.readUInt32BE(20)).toBe(Math.round((Math.ceil(chartBox!.height) + 22) * ratio));
  // A picture, not an empty canvas: far more bytes than a blank one compresses to.
  expect(png.length).toBeGreaterThan(5000);
  expect(await violations()).toEqual([]);
});
