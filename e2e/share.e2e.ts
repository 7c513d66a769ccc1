import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { readExample } from './configFiles.ts';
import { linkTo, Playground } from './playground.ts';

// Share links (issue 3 §6): the link reproduces the text and its data anywhere, and opening a
// link — good or broken — never costs the user their own draft.

const EDIT = /^\s*value = 2000$/; // memory_usage_mb's base value: a harmless, visible edit

test('a share link opened in a fresh browser reproduces the text and the CSV', async ({ playground, browser, baseURL }, testInfo) => {
  await playground.goto();
  await playground.replaceLine(await playground.lineOf(EDIT), '    value = 2345');
  await playground.waitReady();
  const text = await playground.text();
  const csv = await readFile((await playground.download('CSV')).path);

  const link = await playground.share();
  expect(link).toMatch(/^https?:\/\/[^#]+#v\d+:/); // the config travels in the fragment only
  expect(await playground.showsText(link), 'the link is shown, not only copied').toBe(true);

  const fresh = await browser.newContext(baseURL ? { baseURL } : {});
  try {
    const other = new Playground(await fresh.newPage(), (name) => testInfo.outputPath(`fresh-${name}`));
    await other.goto(link);
    expect(await other.text()).toBe(text);
    await expect(other.charts).toHaveCount(4);
    const otherCsv = await readFile((await other.download('CSV')).path);
    expect(otherCsv.equals(csv), 'the CSV from the link equals the original CSV').toBe(true);
  } finally {
    await fresh.close();
  }
});

test('opening a link keeps the user\'s draft one click away', async ({ playground, context }) => {
  await playground.goto();
  const shared = await playground.text();
  const link = await playground.share();

  await playground.replaceLine(await playground.lineOf(EDIT), '    value = 2468');
  await playground.waitForAutosave('value = 2468');
  const draft = await playground.text();

  const second = new Playground(await context.newPage(), () => '');
  await second.goto(link);
  expect(await second.text()).toBe(shared);
  await expect(second.restoreDraftButton).toBeVisible();
  await second.restoreDraftButton.click();
  await expect.poll(() => second.text()).toBe(draft);
  await second.waitReady();
});

for (const [kind, mangle] of [
  ['garbage', () => '#v1:%%%this-is-not-a-link%%%'],
  ['truncated', (link: string) => link.slice(0, link.indexOf('#') + Math.floor((link.length - link.indexOf('#')) / 2))],
  ['unknown-version', () => '#v999:AAAA'],
] as const) {
  test(`a ${kind} link shows a clear message and leaves the saved draft in the editor`, async ({ playground, context }) => {
    await playground.goto();
    const link = await playground.share();
    await playground.replaceLine(await playground.lineOf(EDIT), '    value = 1357');
    await playground.waitForAutosave('value = 1357');
    const draft = await playground.text();

    const bad = mangle(link);
    const second = new Playground(await context.newPage(), () => '');
    await second.page.goto(bad.startsWith('#') ? `/${bad}` : bad);
    await expect(second.notices.filter({ hasText: /link/i })).toBeVisible();
    expect(await second.text()).toBe(draft);
    await second.waitReady();
    await expect(second.charts).toHaveCount(4);
  });
}

// A link to a config that kills the tab (too much memory) must not kill it again on every
// reopen: the text whose run never finished opens without running. Simulated with a run of a
// few seconds (10,000,000 samples × 4 metrics) and a tab that dies in the middle of it.
test('a page that died during a run does not rerun that text on reopen; "Run it" runs it', async ({ context }) => {
  test.setTimeout(180_000);
  const heavy = readExample('config.toml').replace(/^num_samples = 150$/m, 'num_samples = 10000000');
  const dying = new Playground(await context.newPage(), () => '');
  await dying.page.goto(await linkTo(heavy));
  await expect(dying.progress).toBeVisible({ timeout: 30_000 });
  // Kill the renderer as an out-of-memory crash does: no pagehide, no unload, no later event.
  // (Navigating to chrome://crash would not do: it swaps processes and unloads the page first.)
  const crashed = dying.page.waitForEvent('crash');
  const cdp = await context.newCDPSession(dying.page);
  // Not awaited: the target dies before it can answer, and the answer may never come.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await dying.page.close();

  const reopened = new Playground(await context.newPage(), () => '');
  await reopened.page.goto('/');
  await expect(reopened.heldNotice).toBeVisible();
  await expect(reopened.heldNotice).toContainText(/crashed or been closed/);
  await expect(reopened.main).toHaveAttribute('data-run-state', 'held');
  expect(await reopened.text()).toBe(heavy);
  await expect(reopened.charts).toHaveCount(0);
  await expect(reopened.page.getByText(/Nothing was run/)).toBeVisible();
  await expect(reopened.progress).toHaveCount(0);

  // Opening the same link again follows the same rule.
  const viaLink = new Playground(await context.newPage(), () => '');
  await viaLink.page.goto(await linkTo(heavy));
  await expect(viaLink.heldNotice).toBeVisible();
  await expect(viaLink.main).toHaveAttribute('data-run-state', 'held');
  await viaLink.page.close();

  await reopened.runItButton.click();
  await expect(reopened.heldNotice).toHaveCount(0);
  await expect(reopened.main).toHaveAttribute('data-run-state', 'ready', { timeout: 150_000 });
  await expect(reopened.charts).toHaveCount(4);
});

test('a link opened in an open page is held too when its last run did not finish (a tab closed mid-run)', async ({ playground, context }) => {
  test.setTimeout(120_000);
  await playground.goto();
  const heavy = readExample('config.toml').replace(/^num_samples = 150$/m, 'num_samples = 10000000');
  const link = await linkTo(heavy);
  const closing = new Playground(await context.newPage(), () => '');
  await closing.page.goto(link);
  await expect(closing.progress).toBeVisible({ timeout: 30_000 });
  await closing.page.close(); // closed mid-run

  await playground.page.evaluate((hash) => void (location.hash = hash), link.slice(1));
  await expect(playground.heldNotice).toBeVisible();
  await expect(playground.main).toHaveAttribute('data-run-state', 'held');
  await expect.poll(() => playground.text()).toBe(heavy);
  await expect(playground.charts).toHaveCount(0);
  // Editing runs normally.
  await playground.replaceLine(await playground.lineOf(/^num_samples = 10000000$/), 'num_samples = 150');
  await playground.waitReady();
  await expect(playground.heldNotice).toHaveCount(0);
  await expect(playground.charts).toHaveCount(4);
});
