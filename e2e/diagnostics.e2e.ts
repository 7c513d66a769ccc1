import { expect, test } from './fixtures.ts';

// What a user sees while typing: errors marked where they are, the last good charts kept
// (dimmed) under a banner, and the charts following the text once it is fixed.

test('an error typed on a line is marked on that line, under a banner, while the charts stay dimmed; fixing it redraws', async ({ playground }) => {
  await playground.goto();
  const line = await playground.lineOf(/^\s*value = 60$/); // cpu_usage's base value
  const before = await playground.linePath('cpu_usage');
  const memoryBefore = await playground.linePath('memory_usage_mb');
  expect(await playground.effectiveOpacity(playground.chartPlot('cpu_usage'))).toBe(1);

  await playground.typeAt(line, 'x'); // `value = 60x` is not a TOML number

  await expect(playground.main).toHaveAttribute('data-run-state', 'error');
  await expect(playground.errorMarks.first()).toBeVisible();
  expect(await playground.errorLines()).toEqual([line]);
  await expect(playground.errorGutterMarkers.first()).toBeVisible();
  expect(await playground.errorGutterLines()).toEqual([line]);
  await expect(playground.banner).toBeVisible();
  await expect(playground.banner).toContainText(new RegExp(`line ${line}\\b`, 'i'));
  await expect(playground.banner).toContainText(/numeric/i); // the engine's own message

  // The last good charts stay, unchanged but dimmed, and the status bar says so.
  await expect(playground.page.getByTestId('status-run')).toHaveText('Charts not updated');
  await expect(playground.charts).toHaveCount(4);
  expect(await playground.linePath('cpu_usage')).toBe(before);
  await expect.poll(() => playground.effectiveOpacity(playground.chartPlot('cpu_usage'))).toBeLessThan(1);

  // Fix it with a different value: the marks and banner go and the chart follows the text.
  await playground.page.keyboard.press('Backspace');
  await playground.page.keyboard.press('Backspace');
  await playground.page.keyboard.press('Backspace');
  await playground.page.keyboard.type('90');
  await playground.waitReady();
  await expect(playground.errorMarks).toHaveCount(0);
  await expect(playground.errorGutterMarkers).toHaveCount(0);
  await expect(playground.banner).toHaveCount(0);
  await expect(playground.page.getByTestId('status-run')).toHaveText('Ready');
  await expect.poll(() => playground.linePath('cpu_usage')).not.toBe(before);
  await expect.poll(() => playground.effectiveOpacity(playground.chartPlot('cpu_usage'))).toBe(1);
  // Only the edited metric moves: the others draw from their own random streams (SPEC §3).
  await expect(playground.charts).toHaveCount(4);
  expect(await playground.linePath('memory_usage_mb')).toBe(memoryBefore);
});

test('a diagnostic shows its message on hover', async ({ playground, page }) => {
  await playground.goto();
  const line = await playground.lineOf(/^\s*step_size=0\.1$/);
  await playground.replaceLine(line, '    step_size=-0.1');
  await expect(playground.errorMarks.first()).toBeVisible();
  expect(await playground.errorLines()).toEqual([line]);
  await playground.errorMarks.first().hover();
  await expect(page.locator('.cm-tooltip-lint')).toContainText('`step_size` must be a finite number greater than 0');
});

test('completion offers the distributions after noise = "', async ({ playground }) => {
  await playground.goto();
  const line = await playground.lineOf(/^\s*noise = "gaussian"$/);
  await playground.replaceLine(line, '    noise = "');
  await expect(playground.completions).toBeVisible();
  const labels = playground.completions.locator('.cm-completionLabel');
  await expect(labels.filter({ hasText: /^gaussian$/ })).toHaveCount(1);
  await expect(labels.filter({ hasText: /^laplace$/ })).toHaveCount(1);

  // Accepting it completes the value: the config is valid again and the charts are back.
  await playground.completions.getByRole('option').filter({ hasText: /^gaussian/ }).click();
  expect(await playground.text()).toContain('noise = "gaussian"');
  await playground.waitReady();
  await expect(playground.errorMarks).toHaveCount(0);
});
