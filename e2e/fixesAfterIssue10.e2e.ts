import { expect, test } from './fixtures.ts';

// Issue 10 §8: the example's name follows the text back on undo; after Cancel the status bar
// says so; a long run does not keep the previous text's error dot in the gutter.

test('after choosing an example, Ctrl-Z takes the header and the download names back with the text', async ({ playground, page }) => {
  await playground.goto();
  const header = page.locator('.editor-pane .pane-file');
  await expect(header).toHaveText('config.toml');
  await playground.chooseExample('cpu-spike');
  await playground.waitReady();
  await expect(header).toHaveText('cpu-spike.toml');

  await playground.editor.click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => playground.text()).toContain('[metrics.memory_usage_mb]');
  await playground.waitReady();
  await expect(header).toHaveText('config.toml');
  const { suggestedFilename } = await playground.download('CSV');
  expect(suggestedFilename).toBe('config-seed42.csv');

  // Redo, back in the editor (the download moved the focus to its button).
  await playground.editor.focus();
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(() => playground.text()).toContain('[metrics.cpu_percent]');
  await playground.waitReady();
  await expect(header).toHaveText('cpu-spike.toml');
});

test('after Cancel the status bar says the run was cancelled and the charts show the previous config', async ({ playground, page }) => {
  await playground.goto();
  const status = page.getByTestId('status-run');
  await expect(status).toHaveText('Ready');
  const samples = await playground.lineOf(/^num_samples = 150$/);
  await playground.replaceLine(samples, 'num_samples = 10000000');
  await expect(playground.progress).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('progress').getByRole('button', { name: 'Cancel' }).click();
  await expect(playground.progress).toBeHidden();
  await expect(status).toContainText(/cancelled/i);
  await expect(status).toContainText(/previous config/i);
  await expect(status).not.toHaveText('Ready');
  await expect(playground.charts).toHaveCount(4);

  // The next edit runs again, and then the status is plain Ready.
  await playground.replaceLine(samples, 'num_samples = 120');
  await playground.waitReady();
  await expect(status).toHaveText('Ready');
});

test('during a long run of a text that is now valid, the previous text\'s error dot does not stay in the gutter', async ({ playground, page }) => {
  await playground.goto();
  const samples = await playground.lineOf(/^num_samples = 150$/);
  await playground.replaceLine(samples, 'num_samples = 10000000x');
  await expect(playground.errorGutterMarkers).toHaveCount(1);
  await expect(playground.errorMarks.first()).toBeVisible();

  // Deleting the stray character leaves a valid config that takes seconds to generate.
  await page.keyboard.press('Backspace');
  await expect(playground.progress).toBeVisible({ timeout: 15_000 });
  await expect(playground.main).toHaveAttribute('data-run-state', 'running');
  await expect(playground.errorGutterMarkers).toHaveCount(0);
  await expect(playground.errorMarks).toHaveCount(0);
  // Still running: the marks went because the text was checked, not because the run ended.
  await expect(playground.main).toHaveAttribute('data-run-state', 'running');
  await page.getByTestId('progress').getByRole('button', { name: 'Cancel' }).click();
});
