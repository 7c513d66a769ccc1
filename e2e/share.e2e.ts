import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { Playground } from './playground.ts';

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
    await expect(second.page.getByRole('alert').filter({ hasText: /link/i })).toBeVisible();
    expect(await second.text()).toBe(draft);
    await second.waitReady();
    await expect(second.charts).toHaveCount(4);
  });
}
