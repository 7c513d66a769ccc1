import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

// Issue 10 §3: an error still being typed is marked in the editor at once, but the banner (and
// the dimming of the charts) waits until the text has stayed wrong for a moment, appears over the
// charts without moving them, and the downloads keep giving the last good data, labelled so.

/** The banner's delay in the app (src/store/calmErrors.ts BANNER_DELAY_MS), less a little for timer rounding. */
const SETTLE_MS = 590;

test('a half-typed error is underlined at once; the banner and the dimming wait until the text rests wrong, and the charts never move', async ({ playground, page }) => {
  await playground.goto();
  const firstChart = playground.chart('instances');
  // Dimming fades the drawing only (the names keep their contrast, charts.css): it is read there.
  const firstPlot = playground.chartPlot('instances');
  const topBefore = (await firstChart.boundingBox())?.y;
  expect(topBefore).toBeDefined();

  // Record, in the page, every keystroke, when the banner and the dimming appear, and where the
  // first chart is after every change of the page.
  await page.evaluate(() => {
    const log = { keys: [] as number[], banner: [] as number[], dimmed: [] as number[], tops: [] as number[] };
    Object.assign(window, { __calm: log });
    document.addEventListener('keydown', () => log.keys.push(performance.now()), { capture: true });
    let bannerShown = false;
    let dimmed = false;
    new MutationObserver(() => {
      const banner = document.querySelector('[data-testid="error-banner"]') !== null;
      if (banner && !bannerShown) log.banner.push(performance.now());
      bannerShown = banner;
      const dim = document.querySelector('.charts-panel')?.getAttribute('data-dimmed') === 'true';
      if (dim && !dimmed) log.dimmed.push(performance.now());
      dimmed = dim;
      const chart = document.querySelector('[aria-label="instances chart"]');
      if (chart) log.tops.push(chart.getBoundingClientRect().top);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });

  // Type a word that is wrong for every keystroke of it: `value = 60` becomes `value = 60abc`.
  const line = await playground.lineOf(/^\s*value = 60$/);
  await playground.placeCursor(line, 'end');
  await page.keyboard.type('abc', { delay: 120 });
  await expect(playground.errorMarks.first()).toBeVisible();
  await expect(playground.errorGutterMarkers.first()).toBeVisible();

  // Then the user pauses: the banner comes, over the charts, and only then are they dimmed.
  await expect(playground.banner).toBeVisible();
  await expect(playground.banner).toContainText(new RegExp(`line ${line}\\b`, 'i'));
  await expect.poll(() => playground.effectiveOpacity(firstPlot)).toBeLessThan(1);
  const log = await page.evaluate(() => (window as unknown as { __calm: { keys: number[]; banner: number[]; dimmed: number[]; tops: number[] } }).__calm);
  expect(log.keys).toHaveLength(3);
  const lastKey = log.keys[log.keys.length - 1] ?? 0;
  expect(log.banner).toHaveLength(1); // it came once, and did not come and go per keystroke
  expect((log.banner[0] ?? 0) - lastKey).toBeGreaterThanOrEqual(SETTLE_MS);
  expect(log.dimmed).toHaveLength(1);
  expect((log.dimmed[0] ?? 0) - lastKey).toBeGreaterThanOrEqual(SETTLE_MS);
  // The first chart stayed where it was throughout: while typing, and when the banner appeared.
  expect(log.tops.length).toBeGreaterThan(0);
  for (const top of log.tops) expect(Math.abs(top - (topBefore ?? 0))).toBeLessThan(0.5);
  expect((await firstChart.boundingBox())?.y).toBeCloseTo(topBefore ?? 0, 0);

  // Typing on does not take the banner down and put it up again.
  await page.keyboard.type('d');
  await page.waitForTimeout(300);
  await expect(playground.banner).toBeVisible();
  const again = await page.evaluate(() => (window as unknown as { __calm: { banner: number[] } }).__calm.banner.length);
  expect(again).toBe(1);

  // Fixed: banner and dimming go at once.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await playground.waitReady();
  await expect(playground.banner).toHaveCount(0);
  await expect.poll(() => playground.effectiveOpacity(firstPlot)).toBe(1);
});

test('while the text has errors the downloads give the last good data, say so, and are byte-identical to that run\'s', async ({ playground, page }) => {
  await playground.goto();
  const good = await playground.download('CSV');
  const goodBytes = readFileSync(good.path);

  const line = await playground.lineOf(/^\s*value = 60$/);
  await playground.typeAt(line, 'x');
  await expect(playground.banner).toBeVisible();
  // The menu button carries the last-good name and its note; the plain "Download" is gone.
  const lastGood = page.getByRole('button', { name: 'Download last good data (before your edit)', exact: true });
  await expect(lastGood).toBeEnabled();
  await expect(lastGood).toContainText('last good');
  await expect(page.getByRole('button', { name: 'Download', exact: true })).toHaveCount(0);

  await lastGood.click();
  const menu = page.getByRole('menu', { name: 'Download last good data (before your edit)' });
  await expect(menu).toBeVisible();
  const started = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: 'CSV', exact: true }).click();
  const download = await started;
  const path = test.info().outputPath('last-good.csv');
  await download.saveAs(path);
  expect(download.suggestedFilename()).toBe(good.suggestedFilename);
  expect(readFileSync(path).equals(goodBytes)).toBe(true);
});
