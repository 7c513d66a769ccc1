import { expect, test } from './fixtures.ts';
import { ZoomCharts } from './zoomPage.ts';

// Issue 10 §1 at scale: at 1,000,000 and 10,000,000 samples a whole-series chart is a few
// thousand min/max points; zoomed into an anomaly window (by clicking its label) the worker
// re-reduces just that range, and every one of its samples is drawn. And on a clock, the
// zoomed axis is a time axis whose ticks follow the range.

function longConfig(numSamples: number, at: number, recovery: number): string {
  return `[general]
num_samples = ${numSamples}
seed = 5

[metrics.latency_ms]
value = 120
noise = "gaussian"
noise_args = { scale = 4 }

[[anomalies.latency_ms]]
effect = "offset"
at = ${at}
recovery_time = ${recovery}
delta = 60
pattern = "step"
`;
}

for (const [numSamples, at] of [
  [1_000_000, 600_000],
  [10_000_000, 7_000_000],
] as const) {
  test(`at ${numSamples.toLocaleString('en-US')} samples, zooming into the anomaly window draws every sample of it`, async ({ playground }) => {
    test.setTimeout(240_000);
    await playground.goto();
    await playground.setText(longConfig(numSamples, at, 1200));
    await expect(playground.main).toHaveAttribute('data-run-state', 'ready', { timeout: 120_000 });
    const zoom = new ZoomCharts(playground);
    // The whole series: a few thousand points for a million or more samples.
    expect(await zoom.domain('latency_ms')).toEqual([0, numSamples - 1]);
    expect(await zoom.pointsDrawn('latency_ms')).toBeLessThanOrEqual(2000);

    await playground.chart('latency_ms').locator('.anomaly-label').click();
    // Samples at…at + 1199, and 300 samples (a quarter) either side.
    await expect.poll(() => zoom.domain('latency_ms')).toEqual([at - 300, at + 1199 + 300]);
    await expect.poll(() => zoom.pointsDrawn('latency_ms'), { timeout: 30_000 }).toBe(1200 + 600);
    const ticks = (await zoom.xTicks('latency_ms')).map((t) => t.replace(/,/g, ''));
    expect(ticks.length).toBeGreaterThan(2);
    // Compact labels (600.2k): each lies within the range.
    for (const t of ticks) {
      const value = t.endsWith('M') ? Number(t.slice(0, -1)) * 1e6 : t.endsWith('k') ? Number(t.slice(0, -1)) * 1e3 : Number(t);
      expect(value).toBeGreaterThanOrEqual(at - 300);
      expect(value).toBeLessThanOrEqual(at + 1499);
    }
  });
}

const CLOCKED = `[general]
start = 2026-03-02T14:00:00Z
interval = "1m"
num_samples = 240
seed = 11

[metrics.cpu_usage]
value = 40
noise = "gaussian"
noise_args = { scale = 1.5 }

[[anomalies.cpu_usage]]
at = "30m"
recovery_time = "40m"
anomaly_factor = 1.6
pattern = "ramp"
`;

test('zoomed on a clock, the time ticks follow the range', async ({ playground }) => {
  await playground.goto();
  await playground.setText(CLOCKED);
  await playground.waitReady();
  await expect(playground.xTickLabels('cpu_usage')).toHaveText(['Mar 2 14:00', '15:00', '16:00', '17:00']);
  // The window is samples 30–69 (14:30–15:09); with its margin, 14:20–15:19.
  await playground.chart('cpu_usage').locator('.anomaly-label').click();
  await expect(playground.xTickLabels('cpu_usage')).toHaveText(['Mar 2 14:30', '14:45', '15:00', '15:15']);
  await expect(new ZoomCharts(playground).overview.locator('..')).toContainText('Showing 2026-03-02 14:20:00 UTC – 2026-03-02 15:19:00 UTC');
});
