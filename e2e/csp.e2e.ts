import { readFile } from 'node:fs/promises';
import { runChaosgen } from './chaosgenCli.ts';
import { expect, test } from './fixtures.ts';
import { recordCspViolations } from './testHooks.ts';

// The built page runs under its Content-Security-Policy: the header (and nosniff) come with the
// page, and the worker, the charts and a download all work without a single violation.

test('the page is served with its CSP and nosniff, and runs, draws and downloads under it', async ({ playground, page }, testInfo) => {
  const violations = await recordCspViolations(page);
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("script-src 'self';");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /object-src 'none'/);

  await playground.waitReady();
  // An error on a line: CodeMirror's lint marker and tooltip styles must load too.
  const seedLine = await playground.lineOf(/^\s*seed = 42$/);
  await playground.replaceLine(seedLine, 'seed = "x"');
  await expect(playground.errorGutterMarkers.first()).toBeVisible();
  const before = await playground.linePath('cpu_usage');
  await playground.replaceLine(seedLine, 'seed = 7');
  await playground.waitReady();
  await expect.poll(() => playground.linePath('cpu_usage')).not.toBe(before);
  await expect(playground.charts).toHaveCount(4);

  const file = await playground.download('CSV');
  const cli = await runChaosgen(await playground.text(), testInfo.outputPath('cli'));
  expect((await readFile(file.path)).equals(await readFile(cli.csv))).toBe(true);

  expect(await violations()).toEqual([]);
});
