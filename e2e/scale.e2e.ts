import { stat } from 'node:fs/promises';
import { runChaosgen, sha256File } from './chaosgenCli.ts';
import { expect, test } from './fixtures.ts';

// Issue 4 §5: at a million samples the browser's CSV is still the CLI's, byte for byte. The
// files are tens of megabytes, so they are compared by a streamed SHA-256, never read whole.

test('at 1,000,000 samples the browser CSV has the same SHA-256 as the CLI CSV', async ({ playground }, testInfo) => {
  test.setTimeout(240_000);
  await playground.goto();
  const line = await playground.lineOf(/^num_samples = 150$/);
  await playground.replaceLine(line, 'num_samples = 1000000');
  await expect(playground.main).toHaveAttribute('data-run-state', 'ready', { timeout: 60_000 });
  const text = await playground.text();
  expect(text).toContain('num_samples = 1000000');

  const file = await playground.download('CSV');
  const cli = await runChaosgen(text, testInfo.outputPath('cli'));

  const [browserSize, cliSize] = await Promise.all([stat(file.path), stat(cli.csv)]);
  expect(cliSize.size).toBeGreaterThan(10_000_000);
  expect(browserSize.size).toBe(cliSize.size);
  expect(await sha256File(file.path)).toBe(await sha256File(cli.csv));
});
