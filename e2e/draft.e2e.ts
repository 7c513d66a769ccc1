import { expect, test } from './fixtures.ts';
import { linkTo, Playground } from './playground.ts';

// The editor text is autosaved (issue 3 §6): a reload, a closed tab, a crash lose nothing.

test('reloading the page restores the draft and its charts', async ({ playground, page }) => {
  await playground.goto();
  const line = await playground.lineOf(/^\s*value = 60$/);
  await playground.replaceLine(line, '    value = 61.25');
  await playground.waitReady();
  const draft = await playground.text();
  const path = await playground.linePath('cpu_usage');
  await playground.waitForAutosave('value = 61.25');

  await page.reload();
  await playground.waitReady();
  expect(await playground.text()).toBe(draft);
  await expect.poll(() => playground.linePath('cpu_usage')).toBe(path);
});

test('a draft with errors survives a reload too, with its diagnostics', async ({ playground, page }) => {
  await playground.goto();
  const line = await playground.lineOf(/^\s*value = 60$/);
  await playground.replaceLine(line, '    value = sixty');
  await expect(playground.main).toHaveAttribute('data-run-state', 'error');
  await playground.waitForAutosave('value = sixty');

  await page.reload();
  await expect(playground.main).toHaveAttribute('data-run-state', 'error');
  expect(await playground.text()).toContain('value = sixty');
  await expect.poll(() => playground.errorLines()).toEqual([line]);
});

// Drafts are never lost and the page never claims a save it did not make: texts of every size
// the editor takes, any number of links, storage that is full or switched off.

const SMALL_LINK = '[general]\nseed = 3\nnum_samples = 20\n\n[metrics.shared]\nvalue = 5\n';

/** A valid config of exactly `n` characters: a small config, then comment lines. */
function bigConfig(n: number): string {
  const head = '[general]\nseed = 9\nnum_samples = 50\n\n[metrics.big_draft]\nvalue = 12\n';
  const line = `# ${'padding '.repeat(9)}\n`;
  return (head + line.repeat(Math.ceil(n / line.length))).slice(0, n - 1) + '\n';
}

test('a 900,000-character draft survives opening a link and a reload, and can be restored', async ({ playground, context }) => {
  test.setTimeout(120_000);
  const big = bigConfig(900_000);
  await playground.goto();
  await playground.pasteText(big);
  await playground.waitReady();
  await playground.waitDraftSaved();

  const second = new Playground(await context.newPage(), () => '');
  await second.goto(await linkTo(SMALL_LINK));
  await expect(second.page.getByTestId('notice').filter({ hasText: 'Opened a shared config. Your own draft is saved.' })).toBeVisible();
  await second.page.reload();
  await second.waitReady();
  expect(await second.text()).toBe(SMALL_LINK);

  await second.restoreEarlierDraft(/^My draft/);
  await expect.poll(() => second.withView((view) => view.state.doc.length, null)).toBe(big.length);
  expect((await second.text()) === big, 'the restored text is the whole draft').toBe(true);
  await second.waitReady();
});

test('after 11 links in a row, the user’s own draft is still one click away', async ({ playground, context }) => {
  test.setTimeout(120_000);
  await playground.goto();
  await playground.replaceLine(await playground.lineOf(/^\s*value = 60$/), '    value = 64.5');
  await playground.waitReady();
  await playground.waitDraftSaved();
  const draft = await playground.text();
  await playground.page.close();

  let last: Playground | undefined;
  for (let k = 1; k <= 11; k++) {
    await last?.page.close();
    last = new Playground(await context.newPage(), () => '');
    await last.goto(await linkTo(`${SMALL_LINK}# link ${k}\n`));
  }
  if (last === undefined) throw new Error('no link opened');
  await expect(last.restoreDraftButton).toBeVisible();
  await last.page.reload();
  await last.waitReady();
  await last.restoreEarlierDraft(/^My draft/);
  await expect.poll(() => last.text()).toBe(draft);
});

/** Makes localStorage refuse every write as a full quota does (page scripts run after this). */
const FULL_LOCAL_STORAGE = (): void => {
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
};
/** Makes IndexedDB refuse every write as a full disk does. */
const FULL_INDEXED_DB = (): void => {
  IDBObjectStore.prototype.put = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
};

test('with localStorage full, the draft goes to IndexedDB and survives a reload', async ({ playground, page }) => {
  await page.addInitScript(FULL_LOCAL_STORAGE);
  await playground.goto();
  await playground.replaceLine(await playground.lineOf(/^\s*value = 60$/), '    value = 62.75');
  await playground.waitReady();
  await playground.waitDraftSaved();
  await expect(playground.saveFailure).toHaveCount(0);
  await page.reload();
  await playground.waitReady();
  expect(await playground.text()).toContain('value = 62.75');
});

test('when localStorage and IndexedDB are both full, the page says the draft could not be saved — never that it was', async ({ playground, page }) => {
  await page.addInitScript(FULL_LOCAL_STORAGE);
  await page.addInitScript(FULL_INDEXED_DB);
  await playground.goto();
  await playground.replaceLine(await playground.lineOf(/^\s*value = 60$/), '    value = 63.25');
  await playground.waitReady();
  await expect(playground.saveFailure).toContainText('Your draft could not be saved: storage is full.');
  await expect(playground.draftStatus).toHaveText('Draft not saved');

  // A link opened in the page now cannot claim the draft is saved either.
  const draft = await playground.text();
  await page.evaluate(async (hash) => void (location.hash = hash), (await linkTo(SMALL_LINK)).slice(1));
  await expect(page.getByTestId('notice').filter({ hasText: 'Opened a shared config.' })).toContainText('could not be saved (storage is full)');
  await expect(page.getByText(/draft is saved/)).toHaveCount(0);
  await expect(playground.draftStatus).not.toHaveText('Draft saved');
  await playground.restoreDraftButton.click(); // kept in the tab
  await expect.poll(() => playground.text()).toBe(draft);
});

test('with storage disabled, the page says so', async ({ playground, page }) => {
  await page.addInitScript(() => {
    const denied = (): never => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: denied });
    Object.defineProperty(window, 'indexedDB', { get: denied });
  });
  await playground.goto();
  await playground.replaceLine(await playground.lineOf(/^\s*value = 60$/), '    value = 65.5');
  await playground.waitReady();
  await expect(playground.saveFailure).toContainText('Your draft could not be saved: storage is disabled in this browser.');
  await expect(playground.draftStatus).toHaveText('Draft not saved');
});
