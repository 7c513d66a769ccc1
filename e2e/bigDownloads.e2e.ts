import { readFile } from 'node:fs/promises';
import { runChaosgen, sha256File } from './chaosgenCli.ts';
import { expect, test } from './fixtures.ts';
import { fakeSavePicker, removeSavePicker, savedToDisk, useTestSettings } from './testHooks.ts';

// Downloads too big for the tab's memory: streamed to disk block by block where the browser has
// a save-file picker, refused with the command line elsewhere. The limits are scaled down
// (test-only settings) so a 200,000-sample file (~12 MB of CSV) stands in for gigabytes.

const LIMITS = { confirmSamples: 1000, streamFromBytes: 1_000_000, refuseFromBytes: 1_000_000 };

test('a big CSV streams into the picked file piece by piece, byte-identical to the CLI', async ({ playground, page }, testInfo) => {
  await useTestSettings(page, LIMITS);
  await fakeSavePicker(page);
  await playground.goto();
  await playground.replaceLine(await playground.lineOf(/^num_samples = 150$/), 'num_samples = 200000');
  await playground.waitReady();

  await playground.openDownloadItem('CSV');
  const dialog = page.getByRole('dialog', { name: 'Download CSV' });
  await expect(dialog).toContainText(/will be about [\d.]+ MB/);
  await dialog.getByRole('button', { name: 'Save to disk…' }).click();
  await expect.poll(async () => (await savedToDisk(page)).closed, { timeout: 60_000 }).toBe(true);

  const saved = await savedToDisk(page);
  const cli = await runChaosgen(await playground.text(), testInfo.outputPath('cli'));
  const reference = await readFile(cli.csv);
  expect(saved.length).toBe(reference.length);
  expect(saved.sha256, 'streamed CSV equals the CLI CSV byte for byte').toBe(await sha256File(cli.csv));
  expect(saved.writes).toBeGreaterThanOrEqual(Math.floor(reference.length / (1 << 20))); // block by block, ~1 MiB each
  expect(saved.maxConcurrentWrites).toBe(1); // each write finished before the next was sent
  expect(saved.aborted).toBe(false);
  expect(saved.name).toMatch(/\.csv$/);
  await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeEnabled();
});

test('without a save-file picker a too-big file is refused with its size and the command that makes it', async ({ playground, page }) => {
  await useTestSettings(page, LIMITS);
  await removeSavePicker(page);
  await playground.goto();
  await playground.replaceLine(await playground.lineOf(/^num_samples = 150$/), 'num_samples = 200000');
  await playground.waitReady();
  let downloads = 0;
  page.on('download', () => downloads++);

  await playground.openDownloadItem('CSV');
  const dialog = page.getByRole('dialog', { name: 'Download CSV' });
  await expect(dialog).toContainText(/would be about [\d.]+ MB \(200,000 samples\), too large to build in this tab/);
  await expect(dialog).toContainText('npx chaosgen -c config.toml -o output --format csv');
  await expect(dialog.getByRole('button', { name: /build file|save to disk/i })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(downloads).toBe(0);
  await expect(page.getByTestId('progress')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeEnabled();
});
