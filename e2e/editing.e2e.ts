import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { Playground } from './playground.ts';

// Issue 10 §2 and §4: scrubbing a number with Alt-drag, the problems panel that lists every
// diagnostic and jumps to it, and syntax errors said in plain words over the token at fault.

/** The screen point over the middle of the `index`-th character of line `line` (1-based). */
async function pointAt(playground: Playground, line: number, column: number): Promise<{ x: number; y: number }> {
  return playground.withView(
    (view, [n, col]) => {
      const pos = view.state.doc.line(n).from + col - 1;
      const box = view.coordsAtPos(pos, 1);
      if (box === null) throw new Error('position not drawn');
      return { x: box.left + 2, y: (box.top + box.bottom) / 2 };
    },
    [line, column] as const,
  );
}

const cursorLine = (playground: Playground): Promise<number> => playground.withView((view) => view.state.doc.lineAt(view.state.selection.main.head).number, null);
const focusInEditor = (page: Page): Promise<boolean> => page.evaluate(() => document.activeElement?.closest('.cm-editor') !== null && document.activeElement !== null);

test('Alt-drag over a number scrubs it live, and one Ctrl-Z restores it', async ({ playground, page }) => {
  await playground.goto();
  const original = await playground.text();
  const line = await playground.lineOf(/^\s*value = 60$/);
  const column = (original.split('\n')[line - 1] ?? '').indexOf('60') + 1;
  const start = await pointAt(playground, line, column);

  // a plain drag over the number selects text and changes nothing
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 30, start.y, { steps: 5 });
  await page.mouse.up();
  expect(await playground.text()).toBe(original);
  expect(await playground.withView((view) => view.state.selection.main.empty, null)).toBe(false);

  // with Alt held, hovering the number shows the scrub cursor
  await page.keyboard.down('Alt');
  await page.mouse.move(start.x + 1, start.y);
  await expect(page.locator('.cm-content')).toHaveCSS('cursor', 'ew-resize');

  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 20, start.y, { steps: 4 });
  // live: the text (and so the charts) change while the button is still down
  await expect.poll(async () => /^\s*value = (\d+)$/m.exec((await playground.text()).split('\n')[line - 1] ?? '')?.[1]).toBe('65');
  await page.mouse.move(start.x + 40, start.y, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Alt');
  const scrubbed = await playground.text();
  expect(scrubbed).toBe(original.replace(/^(\s*value = )60$/m, '$170'));
  await playground.waitReady();

  await playground.withView((view) => view.focus(), null);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => playground.text()).toBe(original);
});

const BROKEN = `[general]
num_samples = 100
seed = "x"

[metrics.cpu]
value = 60
step_size = 0
bogus = 1

[anomalies.disk]
at = 1
`;

test('the problems panel lists every problem at once and jumps to each', async ({ playground, page }) => {
  await playground.goto();
  await playground.setText(BROKEN);
  const panel = page.getByRole('region', { name: 'Problems' });
  const rows = panel.getByRole('listitem');
  await expect(rows).toHaveCount(4);
  await expect(panel.getByTestId('problems-errors')).toHaveText('3 errors');
  await expect(panel.getByTestId('problems-warnings')).toHaveText('1 warning');
  await expect(rows.nth(0)).toContainText('Line 3:8');
  await expect(rows.nth(1)).toContainText('Line 7:13');
  await expect(rows.nth(2)).toContainText(/Line 8:1.*Warning.*unknown key `?bogus/);
  await expect(rows.nth(3)).toContainText(/Line 10:12.*names no metric/);

  // click: the editor's cursor goes to the problem and the editor has the focus
  await rows.nth(1).getByRole('button').click();
  await expect.poll(() => cursorLine(playground)).toBe(7);
  expect(await focusInEditor(page)).toBe(true);

  // Enter on a focused row does the same
  await rows.nth(3).getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => cursorLine(playground)).toBe(10);
  expect(await focusInEditor(page)).toBe(true);

  // the panel folds, and follows the lint: fixing the text empties it
  await panel.getByRole('button', { name: /Problems/ }).click();
  await expect(rows).toHaveCount(0);
  await panel.getByRole('button', { name: /Problems/ }).click();
  await playground.setText(BROKEN.replace('seed = "x"', 'seed = 1').replace('step_size = 0', 'step_size = 1').replace('bogus = 1\n', '').replace('[anomalies.disk]', '[anomalies.cpu]') + 'anomaly_factor = 2\npattern = "step"\nrecovery_time = 5\n');
  await expect(panel.getByText('No problems.')).toBeVisible();
});

const SYNTAX_CASES: readonly { text: string; message: string; underlined: string }[] = [
  { text: '[general\nnum_samples = 5\n', message: '`[general` is missing its closing `]`', underlined: '[general' },
  { text: '[general]\nnum_samples = 5\nname = "abc\n', message: 'the string `"abc` is not closed', underlined: '"abc' },
  { text: '[general]\nseed = 1\nnum_samples = 5\nseed = 2\n', message: '`seed` is already set on line 2', underlined: 'seed' },
  { text: '[[anomalies]]\nat = 1\n[anomalies]\n', message: '`anomalies` is an array of tables ([[anomalies]], line 1); [anomalies] redefines it', underlined: 'anomalies' },
  { text: '[general]\nnum samples = 5\n', message: 'the key `num samples` has a space in it', underlined: 'num samples' },
  { text: '[general]\nnum_samples =\n', message: '`num_samples` has no value: write one after `=`', underlined: 'num_samples =' },
];

test('syntax errors are said in plain words and underline the token at fault', async ({ playground, page }) => {
  await playground.goto();
  const panel = page.getByRole('region', { name: 'Problems' });
  for (const c of SYNTAX_CASES) {
    await playground.setText(c.text);
    // the panel shows the message (its code spans as text) and says the other checks wait
    await expect(panel.getByRole('listitem')).toHaveCount(1);
    await expect(panel.getByRole('listitem')).toContainText(c.message.replace(/`/g, ''));
    await expect(panel.getByText('A syntax error stops the other checks')).toBeVisible();
    // the underline covers the token, not a zero-width point
    await expect(playground.errorMarks.first()).toBeVisible();
    await expect.poll(() => playground.errorMarks.evaluateAll((marks) => marks.map((m) => m.textContent).join(''))).toBe(c.underlined);
    const box = await playground.errorMarks.first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(4);
  }
});
