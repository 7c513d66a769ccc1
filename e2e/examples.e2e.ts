import { exampleFiles, metricNames, readExample } from './configFiles.ts';
import { expect, test } from './fixtures.ts';

// Issue 3 §7: the Examples menu lists every file in configs/, and each one loads cleanly.

const EXAMPLES = exampleFiles();

test('the Examples menu lists every file in configs/', async ({ playground, page }) => {
  await playground.goto();
  await playground.examplesButton.click();
  await expect(page.getByRole('menuitem')).toHaveCount(EXAMPLES.length);
  for (const name of EXAMPLES) await expect(playground.exampleItem(name)).toBeVisible();
});

for (const name of EXAMPLES) {
  test(`example ${name} loads without diagnostics`, async ({ playground }) => {
    const text = readExample(name);
    await playground.goto();
    // Start from something else, so that choosing the example is a visible change.
    await playground.setText('[general]\nnum_samples = 10\n\n[metrics.x]\nvalue = 1\n');
    await playground.waitReady();
    await expect(playground.charts).toHaveCount(1);

    await playground.chooseExample(name);
    await expect.poll(() => playground.text()).toBe(text);
    await playground.waitReady();
    await expect(playground.anyLintMark).toHaveCount(0);
    await expect(playground.banner).toHaveCount(0);
    const labels = await playground.charts.evaluateAll((charts) => charts.map((c) => c.getAttribute('aria-label')));
    expect(labels).toEqual(metricNames(text).map((metric) => `${metric} chart`));
  });
}

test('choosing an example is one undoable change', async ({ playground, page }) => {
  await playground.goto();
  const mine = '[general]\nnum_samples = 12\n\n[metrics.mine]\nvalue = 3\n';
  await playground.setText(mine);
  await playground.waitReady();
  const other = EXAMPLES.find((name) => name !== 'config.toml') ?? 'config.toml';
  await playground.chooseExample(other);
  await expect.poll(() => playground.text()).toBe(readExample(other));

  await playground.editor.click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => playground.text()).toBe(mine);
});
