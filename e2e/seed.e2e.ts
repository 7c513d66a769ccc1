import { expect, test } from './fixtures.ts';

// Issue 3 §7: the seed field mirrors `[general] seed` both ways; re-roll writes a new seed.

const seedInText = (text: string): string | undefined => /^\s*seed\s*=\s*(\S+)/m.exec(text)?.[1];

test('the seed field follows the text', async ({ playground }) => {
  await playground.goto();
  await expect(playground.seedField).toHaveValue('42');
  await playground.replaceLine(await playground.lineOf(/^seed = 42$/), 'seed = 1234');
  await expect(playground.seedField).toHaveValue('1234');
});

test('the text follows the seed field', async ({ playground }) => {
  await playground.goto();
  const before = await playground.linePath('cpu_usage');
  await playground.seedField.fill('777');
  await playground.seedField.press('Enter');
  await expect.poll(async () => seedInText(await playground.text())).toBe('777');
  await playground.waitReady();
  await expect.poll(() => playground.linePath('cpu_usage')).not.toBe(before);
});

test('re-roll writes a new seed into the text and redraws', async ({ playground }) => {
  await playground.goto();
  const before = await playground.linePath('cpu_usage');
  await playground.rerollButton.click();
  await expect.poll(async () => seedInText(await playground.text())).not.toBe('42');
  const seed = seedInText(await playground.text());
  expect(seed).toMatch(/^\d+$/);
  await expect(playground.seedField).toHaveValue(seed ?? '');
  await playground.waitReady();
  await expect.poll(() => playground.linePath('cpu_usage')).not.toBe(before);
  // Still one seed line, in [general]: the re-roll edits the text, it does not append to it.
  expect((await playground.text()).match(/^\s*seed\s*=/gm)).toHaveLength(1);
});
