import { expect, test } from './fixtures.ts';

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
