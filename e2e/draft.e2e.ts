import { expect, test } from './fixtures.ts';

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
