import { expect, test } from './fixtures.ts';
import { linkTo } from './playground.ts';

// The page's first load: the tiny entry script starts the engine worker before the app itself
// (React, the editor, the charts) has even arrived, and a page whose app cannot be loaded says
// so instead of staying blank.

const APP_CHUNK = /\/assets\/startApp-[^/]*\.js$/;

test('the engine worker is requested before the app has arrived, and the page then works', async ({ playground, page }) => {
  let workerRequested: () => void = () => {};
  const worker = new Promise<void>((resolve) => (workerRequested = resolve));
  page.on('request', (request) => {
    if (/\/assets\/engineWorker-[^/]*\.js$/.test(request.url())) workerRequested();
  });
  // The app's script is held back until the worker has been asked for: were the worker started
  // by the app (as it once was), neither would ever come and the page would not load.
  let held = false;
  await page.route(APP_CHUNK, async (route) => {
    held = true;
    await worker;
    await route.continue();
  });
  await playground.goto();
  await expect(playground.charts).toHaveCount(4);
  expect(held).toBe(true); // the app is its own chunk, fetched apart from the entry
});

test('when the app cannot be loaded, the page says so and how to recover', async ({ page }) => {
  await page.route(APP_CHUNK, (route) => route.abort());
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The playground could not be loaded.');
  await expect(alert).toContainText('Reload the page to try again');
});

const EDITOR_CHUNK = /\/assets\/ConfigEditor-[^/]*\.js$/;

test('the first charts come before the editor; until it arrives the pane shows the text, and then it is editable', async ({ playground, page }) => {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await page.route(EDITOR_CHUNK, async (route) => {
    asked++;
    await released;
    await route.continue();
  });
  await page.goto('/');
  // The charts are drawn while the editor's code has not even been let through.
  await expect(playground.charts).toHaveCount(4);
  await expect(playground.main).toHaveAttribute('data-run-state', 'ready');
  await expect.poll(() => asked, { message: 'the editor is asked for once the charts are drawn' }).toBe(1);
  const placeholder = page.locator('.editor-placeholder');
  await expect(placeholder).toContainText('[general]');
  await expect(playground.editor).toHaveCount(0);
  release();
  await expect(playground.editor).toBeVisible();
  await expect(placeholder).toHaveCount(0);
  // The editor opens with the text the charts show, and an edit runs.
  expect(await playground.text()).toContain('[general]');
  const line = await playground.lineOf(/^num_samples/);
  await playground.replaceLine(line, 'num_samples = 120');
  await expect(page.locator('.charts-pane .pane-file')).toContainText('120 samples');
});

test('a link\'s first run is started by the entry, before the app\'s code has arrived', async ({ page }) => {
  const text = '[general]\nnum_samples = 40\nseed = 3\n\n[metrics.first_run]\nvalue = 5\n';
  // Every write of the run journal, in order (a quick run is journaled and cleared within
  // milliseconds, too fast to catch by reading localStorage now and then).
  await page.addInitScript(() => {
    const writes: (string | null)[] = [];
    Object.assign(window, { __journal: writes });
    const set = Storage.prototype.setItem;
    const remove = Storage.prototype.removeItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'chaosgen:unfinished-runs') writes.push(value);
      return set.call(this, key, value);
    };
    Storage.prototype.removeItem = function (key: string) {
      if (key === 'chaosgen:unfinished-runs') writes.push(null);
      return remove.call(this, key);
    };
  });
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_CHUNK, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(await linkTo(text));
  const journal = (): Promise<(string | null)[]> => page.evaluate(() => (window as unknown as { __journal: (string | null)[] }).__journal);
  // With the app held back, the entry journals the run, sends it, and clears the entry when the
  // worker answers: the run was generated before the app's code arrived.
  await expect.poll(journal, { message: 'the entry journals the first run and clears it on the answer' }).toEqual([expect.stringContaining(`"${text.length}:`), null]);
  release();
  await expect(page.getByTestId('metric-chart')).toHaveCount(1);
  await expect(page.locator('main')).toHaveAttribute('data-run-state', 'ready');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('chaosgen:unfinished-runs'))).toBeNull();
});

test('when the editor cannot be loaded, the pane says so and the charts still show', async ({ playground, page }) => {
  await page.route(EDITOR_CHUNK, (route) => route.abort());
  await page.goto('/');
  await expect(playground.charts).toHaveCount(4);
  const alert = page.locator('#editor-pane').getByRole('alert');
  await expect(alert).toContainText('The editor could not be loaded');
  await expect(alert).toContainText('Reload the page to try again');
});

test('a link whose app failed to load opens normally after a reload: its run finished, so it is not held', async ({ page }) => {
  const text = '[general]\nnum_samples = 30\nseed = 4\n\n[metrics.after_reload]\nvalue = 2\n';
  await page.route(APP_CHUNK, (route) => route.abort());
  await page.goto(await linkTo(text));
  await expect(page.getByRole('alert')).toContainText('The playground could not be loaded.');
  // The entry sent and journaled the run; the worker's answer clears it though no app took it.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('chaosgen:unfinished-runs'))).toBeNull();
  await page.unroute(APP_CHUNK);
  await page.reload(); // the fragment is gone: the link's text is the saved draft now
  await expect(page.getByTestId('metric-chart')).toHaveCount(1);
  await expect(page.locator('main')).toHaveAttribute('data-run-state', 'ready');
});
