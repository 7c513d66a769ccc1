import { expect, test } from './fixtures.ts';

// SPEC §7–§10 in the playground: a config with a clock, several anomalies on one metric, a
// missing window and units shows times along the x axis, every window shaded and labelled with
// what it does, a gap in the line, and the unit on the value axis.

const INCIDENT = `[general]
start = 2026-03-02T14:00:00Z
interval = "1m"
num_samples = 240
seed = 11

[metrics.cpu_usage]
value = 40
unit = "percent"
noise = "gaussian"
noise_args = { scale = 1.5 }

[metrics.errors]
value = 0
noise = "exponential"
noise_args = { scale = 0.2 }

[[anomalies.cpu_usage]]
at = "30m"
recovery_time = "40m"
anomaly_factor = 1.6
pattern = "ramp"

[[anomalies.cpu_usage]]
effect = "offset"
at = 50
recovery_time = 30
delta = 8
pattern = "step"

[[anomalies.cpu_usage]]
effect = "missing"
at = 150
recovery_time = 20

[[anomalies.cpu_usage]]
effect = "flatline"
at = 200
recovery_time = 15
`;

/** Number of subpaths ("M" commands) in an SVG path: one per unbroken stretch of the line. */
const subpaths = (d: string): number => (d.match(/M/g) ?? []).length;

test.beforeEach(async ({ playground }) => {
  await playground.goto();
  await playground.setText(INCIDENT);
  await playground.waitReady();
  await expect(playground.charts).toHaveCount(2);
});

test('a config with a clock labels the x axis with times of day and the date', async ({ playground }) => {
  // 14:00 to 17:59 in one-minute samples: a tick every hour, the first one dated
  await expect(playground.xTickLabels('cpu_usage')).toHaveText(['Mar 2 14:00', '15:00', '16:00', '17:00']);
  await expect(playground.xTickLabels('errors')).toHaveText(['Mar 2 14:00', '15:00', '16:00', '17:00']);
});

test('without a clock the x axis counts samples, as before', async ({ playground }) => {
  await playground.setText(INCIDENT.replace('start = 2026-03-02T14:00:00Z\ninterval = "1m"\n', '').replace('at = "30m"\nrecovery_time = "40m"', 'at = 30\nrecovery_time = 40'));
  await playground.waitReady();
  await expect(playground.xTickLabels('cpu_usage').first()).toHaveText('0');
  for (const text of await playground.xTickLabels('cpu_usage').allTextContents()) expect(text).toMatch(/^\d+$/);
});

test('every anomaly of a metric is shaded and labelled with its effect', async ({ playground }) => {
  await expect(playground.windowsOf('cpu_usage')).toHaveCount(4);
  await expect(playground.windowLabelsOf('cpu_usage')).toHaveText(['scale ×1.6', 'offset +8', 'missing', 'flatline']);
  await expect(playground.windowsOf('errors')).toHaveCount(0);
  // The scale window (samples 30–69) and the offset window (50–79) overlap: their labels are
  // stacked, not drawn over each other.
  const [scale, offset] = await playground.windowLabelsOf('cpu_usage').evaluateAll((labels) => labels.slice(0, 2).map((l) => l.getBoundingClientRect().toJSON() as DOMRect));
  // (half a pixel of slack for sub-pixel text boxes)
  const apart = (a: DOMRect, b: DOMRect): boolean => a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5 || a.right <= b.left + 0.5 || b.right <= a.left + 0.5;
  expect(apart(scale!, offset!)).toBe(true);
});

test('a missing window is a gap in the line, and the hover card says "missing" at the time', async ({ playground, page }) => {
  expect(subpaths(await playground.linePath('cpu_usage'))).toBe(2);
  expect(await playground.linePath('cpu_usage')).not.toContain('NaN');
  expect(subpaths(await playground.linePath('errors'))).toBe(1);

  // Hover the middle of the missing window (samples 150–169: 16:30 to 16:49)
  const band = await playground.windowsOf('cpu_usage').nth(2).boundingBox();
  expect(band).not.toBeNull();
  await page.mouse.move(band!.x + band!.width / 2, band!.y + band!.height / 2);
  await expect(playground.hoverCard.first()).toContainText('missing');
  await expect(playground.hoverCard.first()).toContainText(/2026-03-02 16:[34]\d:00 UTC/);
  await expect(playground.hoverCard.first()).toContainText(/sample 1[56]\d/);
});

test('the unit is the title of the value axis, and follows the config', async ({ playground }) => {
  const title = playground.yAxisTitle('cpu_usage');
  await expect(title).toHaveText('percent');
  // written up the left of the value axis, beside its numbers
  const titleBox = await title.boundingBox();
  const tickBox = await playground.yTickLabels('cpu_usage').first().boundingBox();
  expect(titleBox!.x + titleBox!.width).toBeLessThanOrEqual(tickBox!.x);
  expect(titleBox!.height).toBeGreaterThan(titleBox!.width); // turned to run up the axis
  await expect(playground.yAxisTitle('errors')).toHaveCount(0);

  await playground.setText(INCIDENT.replace('unit = "percent"', 'unit = "cores"'));
  await playground.waitReady();
  await expect(playground.yAxisTitle('cpu_usage')).toHaveText('cores');
});

// Not an assertion: a picture of the charts to look at (test-results/…/incident-*.png).
test('screenshot of a clocked config with several anomalies and a gap', async ({ playground, page }, testInfo) => {
  await playground.chart('cpu_usage').screenshot({ path: testInfo.outputPath('incident-cpu.png') });
  await page.screenshot({ path: testInfo.outputPath('incident-page.png') });
});
