import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { crc32 } from 'node:zlib';
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

/** The entries of a ZIP, read from its central directory (APPNOTE 4.3.12); stored entries only, CRC checked. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let k = 0; k < count; k++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    expect(method, `${name} is stored`).toBe(0);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    expect(crc32(data), `${name}: CRC-32`).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength + extra;
  }
  return files;
}

test('OpenMetrics and NAB from the Download menu are the CLI\'s bytes (NAB as a ZIP of the nab/ folder)', async ({ playground, page }, testInfo) => {
  await playground.goto();
  await playground.chooseExample('memory-leak-restart');
  await playground.waitReady();
  const cli = await runChaosgen(await playground.text(), testInfo.outputPath('cli'), 'openmetrics,nab');

  const om = await playground.download('OpenMetrics');
  expect((await readFile(om.path)).equals(await readFile(cli.om)), 'browser metrics.om equals the CLI\'s byte for byte').toBe(true);
  expect(om.suggestedFilename).toMatch(/^memory-leak-restart-seed\d+\.om$/);

  const nab = await playground.download('NAB (ZIP)');
  expect(nab.suggestedFilename).toMatch(/^memory-leak-restart-seed\d+-nab\.zip$/);
  const entries = unzip(await readFile(nab.path));
  const cliFiles = (await readdir(cli.nab, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  expect([...entries.keys()].sort()).toEqual(cliFiles.map((f) => `nab/${relative(cli.nab, f)}`).sort());
  for (const f of cliFiles) expect(entries.get(`nab/${relative(cli.nab, f)}`)?.equals(await readFile(f)), `${f} byte for byte`).toBe(true);

  // Without a clock the two are offered disabled, with the reason.
  await playground.chooseExample('config');
  await playground.waitReady();
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const item = page.getByRole('menu', { name: 'Download' }).getByRole('menuitem', { name: 'OpenMetrics', exact: true });
  await expect(item).toHaveAttribute('aria-disabled', 'true');
  await expect(item).toHaveAccessibleDescription(/needs timestamps: set \[general\] start/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Download' })).toBeHidden();
});
