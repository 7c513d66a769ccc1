import { readFile } from 'node:fs/promises';
import { runChaosgen } from './chaosgenCli.ts';
import { expect, test } from './fixtures.ts';

// SPEC §4: the browser's downloads and the CLI's files are byte-identical for the same text.

test('Download CSV gives the bytes the CLI writes, named after the example and the seed', async ({ playground }, testInfo) => {
  await playground.goto();
  const file = await playground.download('CSV');
  const cli = await runChaosgen(await playground.text(), testInfo.outputPath('cli'));

  const [browser, reference] = await Promise.all([readFile(file.path), readFile(cli.csv)]);
  expect(browser.length).toBeGreaterThan(0);
  expect(browser.equals(reference), 'browser CSV equals the CLI CSV byte for byte').toBe(true);
  expect(file.suggestedFilename).toMatch(/^config\b.*(?<!\d)42(?!\d).*\.csv$/);
});

test('Download JSON gives the bytes the CLI writes', async ({ playground }, testInfo) => {
  await playground.goto();
  const file = await playground.download('JSON');
  const cli = await runChaosgen(await playground.text(), testInfo.outputPath('cli'));

  const [browser, reference] = await Promise.all([readFile(file.path), readFile(cli.json)]);
  expect(browser.equals(reference), 'browser JSON equals the CLI JSON byte for byte').toBe(true);
  expect(file.suggestedFilename).toMatch(/^config\b.*(?<!\d)42(?!\d).*\.json$/);
});

test('after an edit the downloads follow the new text', async ({ playground }, testInfo) => {
  await playground.goto();
  const line = await playground.lineOf(/^\s*seed = 42$/);
  await playground.replaceLine(line, 'seed = 7');
  await playground.waitReady();
  const text = await playground.text();
  expect(text).toContain('seed = 7');

  const file = await playground.download('CSV');
  const cli = await runChaosgen(text, testInfo.outputPath('cli'));
  const [browser, reference] = await Promise.all([readFile(file.path), readFile(cli.csv)]);
  expect(browser.equals(reference), 'browser CSV equals the CLI CSV byte for byte').toBe(true);
  expect(file.suggestedFilename).toMatch(/(?<!\d)7(?!\d).*\.csv$/);
});

test('a scenario with a clock, labels and a missing window downloads the CLI\'s bytes, CSV and JSON', async ({ playground }, testInfo) => {
  await playground.goto();
  await playground.chooseExample('memory-leak-restart');
  await playground.waitReady();
  const text = await playground.text();
  const cli = await runChaosgen(text, testInfo.outputPath('cli'));

  const csv = await playground.download('CSV');
  const [browserCsv, referenceCsv] = await Promise.all([readFile(csv.path), readFile(cli.csv)]);
  expect(browserCsv.equals(referenceCsv), 'browser CSV equals the CLI CSV byte for byte').toBe(true);
  // What makes this case: a timestamp column, label columns, and empty cells for the gap.
  const lines = browserCsv.toString('utf8').split('\n');
  expect(lines[0]).toBe('timestamp,memory_working_set_mb,restarts_total,memory_working_set_mb_is_anomaly,restarts_total_is_anomaly');
  expect(lines.find((l) => l.startsWith('2026-03-10T12:00:00Z,'))).toBe('2026-03-10T12:00:00Z,,4,1,1');

  const json = await playground.download('JSON');
  const [browserJson, referenceJson] = await Promise.all([readFile(json.path), readFile(cli.json)]);
  expect(browserJson.equals(referenceJson), 'browser JSON equals the CLI JSON byte for byte').toBe(true);
  expect(browserJson.toString('utf8')).toContain('"effect": "missing"');
});
