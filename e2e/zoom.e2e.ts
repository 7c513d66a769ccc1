import { expect, test } from './fixtures.ts';
import { samplesIn, ZoomCharts } from './zoomPage.ts';

// Issue 10 §1: zoom (Ctrl + wheel, the overview brush), pan, reset, synced across every chart,
// with the worker re-reducing the visible range so that zoomed in far enough every sample is drawn.

const METRICS = ['instances', 'cpu_usage', 'memory_usage_mb', 'response_time_s'];

test('Ctrl + wheel zooms every chart to the same narrower range, and the ticks follow', async ({ playground }) => {
  await playground.goto();
  const zoom = new ZoomCharts(playground);
  expect(await zoom.domains()).toEqual(METRICS.map(() => [0, 149]));
  const ticksBefore = await zoom.xTicks('cpu_usage');

  await zoom.ctrlWheel('cpu_usage', 0.5, 5);
  const [lo, hi] = await zoom.waitSettled([0, 149]);
  expect(hi - lo).toBeLessThan(149 * 0.5);
  // Around the pointer: the middle of the series stays in view.
  expect(lo).toBeLessThan(74.5);
  expect(hi).toBeGreaterThan(74.5);
  // Every chart shows the ticks of the new range, on the same sample positions.
  const ticks = await zoom.xTicks('cpu_usage');
  expect(ticks).not.toEqual(ticksBefore);
  for (const t of ticks) expect(Number(t)).toBeGreaterThanOrEqual(Math.floor(lo));
  for (const t of ticks) expect(Number(t)).toBeLessThanOrEqual(Math.ceil(hi));
  expect(await zoom.xTicks('instances')).toEqual(ticks);
  // Every sample of the range is drawn, on every chart.
  for (const metric of METRICS) await expect.poll(() => zoom.pointsDrawn(metric)).toBe(samplesIn([lo, hi]));

  // Shift + wheel pans: same width, later samples.
  const box = await zoom.plotBox('memory_usage_mb');
  await playground.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await playground.page.keyboard.down('Shift');
  await playground.page.mouse.wheel(0, 100);
  await playground.page.keyboard.up('Shift');
  const [lo2, hi2] = await zoom.waitSettled([lo, hi]);
  expect(lo2).toBeGreaterThan(lo);
  expect(hi2 - lo2).toBeCloseTo(hi - lo, 6);

  // Double-click on a plot shows the whole series again.
  await playground.page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await zoom.waitSettled([lo2, hi2]);
  expect(await zoom.domains()).toEqual(METRICS.map(() => [0, 149]));
  expect(await zoom.xTicks('cpu_usage')).toEqual(ticksBefore);
});

test('a plain wheel over a chart scrolls the page and says how to zoom', async ({ playground }) => {
  await playground.goto();
  const zoom = new ZoomCharts(playground);
  const box = await zoom.plotBox('cpu_usage');
  await playground.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await playground.page.mouse.wheel(0, 100);
  await expect(playground.chart('cpu_usage').getByText(/Ctrl \+ scroll/)).toBeVisible();
  expect(await zoom.domains()).toEqual(METRICS.map(() => [0, 149]));
});

test('a brush on the overview strip zooms every chart, dragging the plot pans, Show all resets', async ({ playground }) => {
  await playground.goto();
  const zoom = new ZoomCharts(playground);
  await zoom.brush(0.25, 0.5);
  const [lo, hi] = await zoom.waitSettled([0, 149]);
  expect(lo).toBeGreaterThan(149 * 0.2);
  expect(lo).toBeLessThan(149 * 0.3);
  expect(hi).toBeGreaterThan(149 * 0.45);
  expect(hi).toBeLessThan(149 * 0.55);
  await expect(zoom.overview.locator('..')).toContainText(`Showing samples ${Math.ceil(lo)}–${Math.floor(hi)}`);
  for (const metric of METRICS) await expect.poll(() => zoom.pointsDrawn(metric)).toBe(samplesIn([lo, hi]));

  // Dragging the plot to the right shows earlier samples.
  const box = await zoom.plotBox('instances');
  await playground.page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await playground.page.mouse.down();
  await playground.page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
  await playground.page.mouse.up();
  const [lo2, hi2] = await zoom.waitSettled([lo, hi]);
  expect(lo2).toBeLessThan(lo);
  expect(hi2 - lo2).toBeCloseTo(hi - lo, 6);

  await zoom.showAll.click();
  await zoom.waitSettled([lo2, hi2]);
  expect(await zoom.domains()).toEqual(METRICS.map(() => [0, 149]));
  await expect(zoom.showAll).toBeDisabled();
});

test('clicking an anomaly label zooms every chart to its window, with a margin', async ({ playground }) => {
  await playground.goto();
  const zoom = new ZoomCharts(playground);
  // cpu_usage: at = 35, recovery_time = 30 → samples 35–64; a quarter of its length each side.
  await playground.chart('cpu_usage').locator('.anomaly-label').click();
  const [lo, hi] = await zoom.waitSettled([0, 149]);
  expect([lo, hi]).toEqual([35 - 8, 64 + 8]);
  const window = playground.chart('cpu_usage').locator('.anomaly-window');
  const plot = await zoom.plotBox('cpu_usage');
  const shade = await window.boundingBox();
  expect(shade).not.toBeNull();
  // The window fills the middle of the plot, its edges a margin in from the plot's.
  expect(shade!.x).toBeGreaterThan(plot.x + plot.width * 0.1);
  expect(shade!.x + shade!.width).toBeLessThan(plot.x + plot.width * 0.9);
  expect(shade!.width).toBeGreaterThan(plot.width * 0.5);
});
