import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { Playground } from './playground.ts';

// Issue 10 §2, the chart side: dragging a shaded anomaly window moves it (its `at`), dragging an
// edge resizes it (`at`, `recovery_time`); the config follows as one undoable edit in the user's
// spelling, and the charts re-run.

const INCIDENT = `[general]
start = 2026-03-02T14:00:00Z
interval = "1m"
num_samples = 240
seed = 11

[metrics.cpu_usage]
value = 40
noise = "gaussian"
noise_args = { scale = 1.5 }

[[anomalies.cpu_usage]]
at = "2h"   # the deploy
recovery_time = 30
anomaly_factor = 1.6
pattern = "ramp"
`;

/** Pixels per sample on the chart, and the window's shade box. */
async function geometry(playground: Playground) {
  const chart = playground.chart('cpu_usage');
  const plot = (await chart.locator('rect.chart-nav').boundingBox())!;
  const shade = (await chart.locator('.anomaly-window').boundingBox())!;
  return { plot, shade, perSample: plot.width / 239 };
}

async function drag(page: Page, fromX: number, toX: number, y: number, release = true): Promise<void> {
  await page.mouse.move(fromX, y);
  await page.mouse.down();
  await page.mouse.move((fromX + toX) / 2, y, { steps: 3 });
  await page.mouse.move(toX, y, { steps: 3 });
  if (release) await page.mouse.up();
}

test('dragging a window moves its at, dragging its edge sets recovery_time, each one undo step', async ({ playground, page }) => {
  await playground.goto();
  await playground.setText(INCIDENT);
  await playground.waitReady();
  const { plot, shade, perSample } = await geometry(playground);
  const y = plot.y + plot.height / 2;

  // The body, 30 samples (30 minutes) to the right: at 2h → 2h30m, a duration still, comment kept.
  await drag(page, shade.x + shade.width / 2, shade.x + shade.width / 2 + 30 * perSample, y);
  await expect.poll(() => playground.text()).toContain('at = "2h30m"   # the deploy\nrecovery_time = 30\n');
  await playground.waitReady();
  const moved = await playground.text();
  expect(moved).toBe(INCIDENT.replace('"2h"', '"2h30m"'));
  await expect(playground.chart('cpu_usage')).toContainText('samples 150–179');

  // The right edge, 10 samples further: recovery_time 30 → 40.
  const after = await geometry(playground);
  await drag(page, after.shade.x + after.shade.width - 2, after.shade.x + after.shade.width - 2 + 10 * perSample, y);
  await expect.poll(() => playground.text()).toBe(moved.replace('recovery_time = 30', 'recovery_time = 40'));
  await playground.waitReady();
  await expect(playground.chart('cpu_usage')).toContainText('samples 150–189');

  // One Ctrl-Z undoes one drag.
  await playground.editor.focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => playground.text()).toBe(moved);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => playground.text()).toBe(INCIDENT);
});

test('while dragging, a preview shows the new samples; Escape cancels and changes nothing', async ({ playground, page }) => {
  await playground.goto();
  await playground.setText(INCIDENT);
  await playground.waitReady();
  const { plot, shade, perSample } = await geometry(playground);
  const y = plot.y + plot.height / 2;
  // The left edge, 20 samples earlier: at 2h → 1h40m, and the window 20 samples longer.
  await drag(page, shade.x + 2, shade.x + 2 - 20 * perSample, y, false);
  await expect(playground.chart('cpu_usage').locator('.window-drag')).toContainText('samples 100–149');
  await page.keyboard.press('Escape');
  await expect(playground.chart('cpu_usage').locator('.window-drag')).toHaveCount(0);
  await page.mouse.up();
  await page.waitForTimeout(300); // a release after Escape must not apply the drag
  expect(await playground.text()).toBe(INCIDENT);
});

test('when the code behind the drag cannot be loaded, a notice says so and the config is kept', async ({ playground, page }) => {
  // The edit's code (the config parser) is fetched on the first drag, not with the page.
  await page.route(/\/assets\/windowEdit-[^/]*\.js$/, (route) => route.abort());
  await playground.goto();
  await playground.setText(INCIDENT);
  await playground.waitReady();
  const { plot, shade, perSample } = await geometry(playground);
  await drag(page, shade.x + shade.width / 2, shade.x + shade.width / 2 + 30 * perSample, plot.y + plot.height / 2);
  await expect(playground.notices).toContainText('The anomaly window could not be changed: part of the page could not be loaded');
  await expect(playground.notices).toContainText('reload the page');
  expect(await playground.text()).toBe(INCIDENT);
});
