import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { runChaosgen } from './chaosgenCli.ts';
import { metricNames, readExample } from './configFiles.ts';
import { BANNER_DELAY_MS } from '../src/store/calmErrors.ts';
import { expect, test } from './fixtures.ts';

// Issue 10 §9: the playground by keyboard and screen reader. Charts are one Tab stop each,
// named after the metric and described in words; the arrow keys move the synced cursor; the
// editor can be left with Esc then Tab; the Examples menu follows the menu-button pattern.

const MAIN = readExample('config.toml');
const METRICS = metricNames(MAIN);

/** The focused element's role and accessible-name source, read in the page. */
async function focused(page: Page): Promise<{ tag: string; role: string | null; label: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', role: el?.getAttribute('role') ?? null, label: el?.getAttribute('aria-label') ?? null };
  });
}

/** Sample `i` of `metric` as the CLI writes it in the CSV (the hover card shows the same text). */
async function csvValue(csvPath: string, metric: string, i: number): Promise<string> {
  const [header = '', ...rows] = (await readFile(csvPath, 'utf8')).trim().split('\n');
  const column = header.split(',').indexOf(metric);
  return (rows[i] ?? '').split(',')[column] ?? '';
}

test('each chart is one Tab stop, named after its metric and described in words, with no tick text in its name', async ({ playground, page }) => {
  await playground.goto();
  // A chart's drawing is one Tab stop, its plot (the SVG of an earlier chart library was a stop, named by its
  // ticks); the other stops are the named buttons of the chart's head.
  for (const metric of METRICS) {
    const stops = await playground.chart(metric).evaluate((figure) =>
      [...figure.querySelectorAll<HTMLElement | SVGElement>('*')].filter((el) => el.tabIndex >= 0).map((el) => el.getAttribute('aria-label')),
    );
    expect(stops).toEqual([`Export ${metric} chart as PNG`, `Export ${metric} chart as SVG`, `Show ${metric} full screen`, metric]);
  }
  await expect(playground.chartPlot('cpu_usage')).toHaveAccessibleDescription(
    'cpu_usage: values from 59.2 to 78.1 over 150 samples. 1 anomaly: scale ×1.3 (exponential), samples 35 to 64.',
  );
  // What a screen reader finds in a chart: the figure, its heading and caption, and the plot;
  // the ticks ("0", "20", "60") are hidden from it.
  const tree = await playground.chart('instances').ariaSnapshot();
  expect(tree).toContain('application "instances"');
  expect(tree).not.toMatch(/text: "?\d+"?$/m);

  // Tab goes from one chart to the next (past its head's three buttons), in config order, and
  // back with Shift-Tab.
  await playground.chartPlot(METRICS[0] as string).focus();
  for (const metric of METRICS.slice(1)) {
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ tag: 'div', role: 'application', label: metric });
  }
  for (const metric of METRICS.slice(0, -1).reverse()) {
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toEqual({ tag: 'div', role: 'application', label: metric });
  }
});

test('the arrow keys move the synced cursor by 1 % of the range, Home and End to the ends, and the value is read out', async ({ playground, page }, testInfo) => {
  await playground.goto();
  const cli = await runChaosgen(await playground.text(), testInfo.outputPath('cli'));
  const plot = playground.chartPlot('cpu_usage');
  await plot.focus();
  const card = playground.keyCursorCard('cpu_usage');
  await expect(card).toContainText('sample 0');

  await page.keyboard.press('End');
  await expect(card).toContainText('sample 149');
  await expect(card).toContainText(await csvValue(cli.csv, 'cpu_usage', 149));
  // The cursor is synced: every chart shows its card at the same sample.
  for (const metric of METRICS) {
    await expect(playground.keyCursorCard(metric)).toContainText('sample 149');
    await expect(playground.keyCursorCard(metric)).toContainText(await csvValue(cli.csv, metric, 149));
  }
  // The focused chart reads the value out, politely.
  const reading = playground.chart('cpu_usage').getByTestId('chart-reading');
  await expect(reading).toHaveAttribute('aria-live', 'polite');
  await expect(reading).toHaveText(`sample 149: ${await csvValue(cli.csv, 'cpu_usage', 149)}`);

  await page.keyboard.press('Home');
  await expect(card).toContainText('sample 0');
  // 1 % of 150 samples is one or two; the range 0–149 makes it 1.
  await page.keyboard.press('ArrowRight');
  await expect(card).toContainText('sample 1');
  await page.keyboard.press('ArrowRight');
  await expect(card).toContainText('sample 2');
  await page.keyboard.press('PageUp');
  await expect(card).toContainText('sample 17');
  await page.keyboard.press('ArrowLeft');
  await expect(card).toContainText('sample 16');
  await expect(reading).toHaveText(`sample 16: ${await csvValue(cli.csv, 'cpu_usage', 16)}`);

  // Tab to the next chart (past its head's buttons) keeps the cursor where it is; leaving the
  // charts removes it.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ tag: 'div', role: 'application', label: 'memory_usage_mb' });
  await expect(playground.keyCursorCard('memory_usage_mb')).toContainText('sample 16');
  await playground.editor.click();
  await expect(page.getByTestId('key-cursor-card')).toHaveCount(0);
});

test('Esc then Tab leaves the editor, Tab alone indents, and a visible hint says so', async ({ playground, page }) => {
  await playground.goto();
  const hint = page.getByText('Esc then Tab to leave the editor');
  const pane = page.getByRole('region', { name: 'Config editor' });
  await expect(hint).toBeHidden();
  await expect(pane).toHaveCSS('box-shadow', 'none');
  await playground.placeCursor(await playground.lineOf(/^num_samples = 150$/), 'start');
  await expect(hint).toBeVisible();
  await expect(playground.editor).toHaveAccessibleDescription('Esc then Tab to leave the editor');
  // The editor's focus ring: a ring of the accent colour round its pane.
  await expect(pane).not.toHaveCSS('box-shadow', 'none');

  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ role: 'textbox' });
  expect(await playground.text()).toMatch(/\n[ \t]+num_samples = 150\n/);

  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  // Out of the editor, on to the next stop of the page, and the text is unchanged by that Tab.
  await expect(playground.editor).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement?.closest('.cm-editor') === null)).toBe(true);
  await expect(hint).toBeHidden();
  await expect(pane).toHaveCSS('box-shadow', 'none');
  expect(await playground.text()).toMatch(/\n[ \t]+num_samples = 150\n/);
  // Shift-Tab comes back into the editor.
  await page.keyboard.press('Shift+Tab');
  await expect(playground.editor).toBeFocused();
});

test('the Examples menu follows the menu-button pattern', async ({ playground, page }) => {
  await playground.goto();
  const button = playground.examplesButton;
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // Down opens it on the first item; the button names the menu it controls.
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Examples' });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(button).toHaveAttribute('aria-controls', (await menu.getAttribute('id')) ?? 'missing');
  const items = menu.getByRole('menuitem');
  const titles = (await items.locator('.menu-title').allTextContents()).map((t) => t.trim());
  await expect(items.first()).toBeFocused();

  // End, Home, Up (wrapping), type-ahead.
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  const firstM = titles.findIndex((t) => t.toLowerCase().startsWith('m'));
  const secondM = titles.findIndex((t, k) => k > firstM && t.toLowerCase().startsWith('m'));
  expect(firstM, 'the examples include two starting with "m"').toBeGreaterThanOrEqual(0);
  expect(secondM).toBeGreaterThan(firstM);
  await page.keyboard.press('m');
  await expect(items.nth(firstM)).toBeFocused();
  await page.keyboard.press('m');
  await expect(items.nth(secondM)).toBeFocused();

  // Escape closes it and returns focus to the button.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  // Up opens it on the last item; Tab closes it and moves on from the button.
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();
  await expect(playground.seedField).toBeFocused();

  // Enter chooses the focused item, and focus returns to the button.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect.poll(() => playground.text()).toBe(readExample(`${titles[1]}.toml`));
});

test('the Download menu follows the same menu-button pattern, and a disabled format is announced with its reason', async ({ playground, page }) => {
  await playground.goto();
  const button = page.getByRole('button', { name: 'Download', exact: true });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  // Where Tab goes from the closed menu's button: the menu, open, must lead to the same place.
  const focusedId = (): Promise<string> =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (el === null) return 'nothing';
      if (!el.hasAttribute('data-probe')) el.setAttribute('data-probe', String(Math.random()));
      return el.getAttribute('data-probe') ?? '';
    });
  await button.focus();
  await page.keyboard.press('Tab');
  const afterButton = await focusedId();

  // Down opens it on the first item; the menu is one Tab stop, its items are not.
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Download' });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(button).toHaveAttribute('aria-controls', (await menu.getAttribute('id')) ?? 'missing');
  const items = menu.getByRole('menuitem');
  for (const item of await items.all()) await expect(item).toHaveAttribute('tabindex', '-1');
  await expect(items.first()).toBeFocused();
  await expect(items.first()).toHaveAccessibleName('CSV');

  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('p');
  await expect(menu.getByRole('menuitem', { name: 'Parquet', exact: true })).toBeFocused();

  // Without `start` OpenMetrics cannot be written: Down reaches it, it says why, Enter does nothing.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const openMetrics = menu.getByRole('menuitem', { name: 'OpenMetrics', exact: true });
  await expect(openMetrics).toBeFocused();
  await expect(openMetrics).toHaveAttribute('aria-disabled', 'true');
  await expect(openMetrics).toHaveAccessibleDescription(/needs timestamps/);
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Escape closes it with focus back on the button.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  // Up opens it on the last item; Tab closes it and moves on from the button.
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();
  expect(await focusedId()).toBe(afterButton);
});

test('the live region says "Link copied" after Share, and that generation stopped after Cancel', async ({ playground, page }) => {
  await playground.goto();
  await playground.share();
  await expect(playground.politeAnnouncer).toHaveText('Link copied to the clipboard.');

  const samples = await playground.lineOf(/^num_samples = 150$/);
  await playground.replaceLine(samples, 'num_samples = 10000000');
  await expect(playground.progress).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('progress').getByRole('button', { name: 'Cancel' }).click();
  await expect(playground.politeAnnouncer).toHaveText(/^Generation stopped\./);
  // One live region (its polite and assertive halves): the visible notice is not another one.
  // CodeMirror keeps its own for what the editor says, and a focused chart reads its cursor.
  await expect(playground.notices).toContainText('Generation stopped.');
  const regions = page.locator(':is([aria-live], [role="status"], [role="alert"]):not(.cm-editor *):not([data-testid="chart-reading"])');
  await expect(regions).toHaveCount(2);
});

test('a config error is read out once it has settled, not at every keystroke', async ({ playground, page }) => {
  await playground.goto();
  // Everything the polite region is given, in order, with when; and when each key went down.
  await page.evaluate(() => {
    const said: { text: string; at: number }[] = [];
    const keys: number[] = [];
    Object.assign(window, { __said: said, __keys: keys });
    const region = document.querySelector('[role="status"]');
    if (region === null) throw new Error('no live region');
    new MutationObserver(() => said.push({ text: region.textContent ?? '', at: performance.now() })).observe(region, { childList: true, subtree: true, characterData: true });
    document.addEventListener('keydown', () => keys.push(performance.now()), { capture: true });
  });
  const line = await playground.lineOf(/^num_samples = 150$/);
  await playground.placeCursor(line, 'end');
  // Every keystroke from here on leaves a different error in the text, 80 ms apart.
  for (const key of ['Backspace', 'Backspace', 'Backspace', '"', 'm', 'a', 'n', 'y']) await page.keyboard.press(key, { delay: 80 });
  await expect(playground.banner).toBeVisible();
  await expect(playground.politeAnnouncer).toHaveText(new RegExp(`^Error on line ${line}: `));
  const { said, keys } = await page.evaluate(() => {
    const w = window as unknown as { __said: { text: string; at: number }[]; __keys: number[] };
    return { said: w.__said, keys: w.__keys };
  });
  const errors = said.filter((s) => s.text.startsWith('Error on line'));
  // The last error is read out once. An earlier one may be too, but only when the text really
  // rested that long between two keys (a loaded machine can delay a key press by 600 ms).
  // (Both are on the same line, so it is the last text, not the line, that is said once.)
  const last = errors.at(-1)?.text ?? '';
  expect(last).toMatch(new RegExp(`^Error on line ${line}: `));
  expect(errors.filter((s) => s.text === last)).toHaveLength(1);
  for (const error of errors) {
    const lastKey = Math.max(...keys.filter((k) => k < error.at));
    expect(error.at - lastKey, `"${error.text}" was read out ${Math.round(error.at - lastKey)} ms after a keystroke`).toBeGreaterThanOrEqual(BANNER_DELAY_MS - 20);
  }

  await playground.replaceLine(line, 'num_samples = 150');
  await expect(playground.politeAnnouncer).toHaveText('The config has no errors now.');
});
