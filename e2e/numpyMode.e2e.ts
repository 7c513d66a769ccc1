import { readFile } from 'node:fs/promises';
import { runChaosgen } from './chaosgenCli.ts';
import { expect, test } from './fixtures.ts';

// SPEC §12: in numpy mode the playground's CSV download is the original generate.py's
// metrics.csv, the very bytes the CLI writes (\r\n rows, Python's repr of each float).

test('with rng = "numpy", Download CSV gives the bytes the CLI writes: the original tool\'s CSV', async ({ playground }, testInfo) => {
  await playground.goto();
  const text = (await playground.text()).replace(/^\[general\]$/m, '[general]\nrng = "numpy"');
  expect(text).toContain('rng = "numpy"');
  await playground.setText(text);
  await playground.waitReady();
  const file = await playground.download('CSV');
  const cli = await runChaosgen(text, testInfo.outputPath('cli'));

  const [browser, reference] = await Promise.all([readFile(file.path), readFile(cli.csv)]);
  expect(browser.equals(reference), 'browser CSV equals the CLI CSV byte for byte').toBe(true);
  // and it is NumPy's: the reference generate.py's CSV of the example (the unit tests' fixture)
  const fixture: unknown = JSON.parse(await readFile('src/engine/numpy/fixtures/configs.json', 'utf8'));
  const example = (fixture as { configs: { config: string; csv: string }[] }).configs.find((c) => c.config === 'config.toml');
  expect(browser.toString('utf8')).toBe(example?.csv);
  expect(browser.toString('utf8').startsWith('instances,cpu_usage,memory_usage_mb,response_time_s\r\n4.0,59.9,2001.6,0.00624\r\n')).toBe(true);

  const json = await playground.download('JSON');
  const [browserJson, referenceJson] = await Promise.all([readFile(json.path), readFile(cli.json)]);
  expect(browserJson.equals(referenceJson), 'browser JSON equals the CLI JSON byte for byte').toBe(true);
  expect(browserJson.toString('utf8')).toContain('"rng": "numpy"');
});
