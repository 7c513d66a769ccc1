import { expect, test } from './fixtures.ts';
import { useTestSettings } from './testHooks.ts';

// A worker that dies without a word is noticed (the watchdog, its patience scaled down here),
// replaced, and the page says so and offers Retry; the progress bar does not stay at 0 %.

test('a worker that exits silently mid-edit is replaced, and Retry generates the text', async ({ playground, page }) => {
  await useTestSettings(page, { stallMs: 3000, workerFaults: true });
  await playground.goto();
  const before = await playground.linePath('cpu_usage');
  // The worker closes itself: no error event, no reply, ever.
  await page.evaluate(() => dispatchEvent(new CustomEvent('chaosgen:test:worker-fault', { detail: 'exit' })));
  // One keystroke (seed 42 → 421): more keystrokes would each supersede the stuck run, which
  // replaces the worker too (client.ts), and this test is about the watchdog.
  await playground.typeAt(await playground.lineOf(/^\s*seed = 42$/), '1');

  const notice = page.getByTestId('notice').filter({ hasText: 'The generator stopped' });
  await expect(notice).toContainText('no answer for 3 s');
  await expect(page.getByTestId('progress')).toBeHidden();
  await expect(playground.main).not.toHaveAttribute('data-run-state', 'running');

  await notice.getByRole('button', { name: 'Retry' }).click();
  await playground.waitReady();
  await expect(notice).toBeHidden();
  await expect.poll(() => playground.linePath('cpu_usage')).not.toBe(before); // seed 421's data
});

test('a worker that hangs during a file build is replaced, and Retry builds the file', async ({ playground, page }) => {
  await useTestSettings(page, { stallMs: 3000, workerFaults: true });
  await playground.goto();
  await page.evaluate(() => dispatchEvent(new CustomEvent('chaosgen:test:worker-fault', { detail: 'hang' })));
  await playground.openDownloadItem('CSV');

  const notice = page.getByTestId('notice').filter({ hasText: 'The CSV file could not be built' });
  await expect(notice).toContainText('the generator stopped (no answer for 3 s)');
  await expect(page.getByTestId('progress')).toBeHidden();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Retry' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});
