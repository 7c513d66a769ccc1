import { describe, expect, it } from 'vitest';
import { resultBlocks } from '../blocks.ts';
import { toCsv, toJson } from '../files.ts';
import { generate } from '../generate.ts';
import { parseConfig } from '../parseConfig.ts';
import { resultDataset } from './dataset.ts';
import { topLevelNames } from './format.ts';
import { formatFiles } from './memoryOutput.ts';
import { FORMAT_INFO } from './catalog.ts';
import { FORMATS, formatById } from './registry.ts';

// The CSV and JSON writers of the registry give the very bytes of the files the engine always
// wrote (files.ts, whose output the golden hashes pin), block boundaries or not.

const TEXT = `
[general]
seed = 7
num_samples = 50
start = 2026-03-02T00:00:00Z
interval = "1m"
[metrics.cpu]
value = 40
noise = "gaussian"
[[anomalies.cpu]]
at = 10
recovery_time = 5
effect = "missing"
[metrics.mem]
value = 2
[output]
labels = "per_metric"
`;

const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('the registry', () => {
  const config = parseConfig(TEXT).config;
  if (!config) throw new Error('the test config has errors');
  const result = generate(config);

  for (const rows of [7, 50, 16384]) {
    it(`CSV and JSON in one pass equal files.ts, blocks of ${rows} rows`, async () => {
      const files = await formatFiles([formatById('csv'), formatById('json')].filter((f) => f !== undefined), resultDataset(result), resultBlocks(result, rows));
      expect([...files.keys()]).toEqual(['metrics.csv', 'metrics.json']);
      expect(decode(files.get('metrics.csv'))).toBe(toCsv(result));
      expect(decode(files.get('metrics.json'))).toBe(toJson(result));
    });
  }

  it('ids are unique, lower case, and no two formats claim the same name', () => {
    const ids = FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
    const names = FORMATS.flatMap((f) => topLevelNames(f.layout));
    expect(new Set(names).size).toBe(names.length);
  });

  it("the page's catalog lists every format, in the registry's order, with the very same names and checks", () => {
    expect(FORMAT_INFO.map((f) => f.id)).toEqual(FORMATS.map((f) => f.id));
    for (const [i, info] of FORMAT_INFO.entries()) {
      const format = FORMATS[i];
      expect({ label: format?.label, description: format?.description, mediaType: format?.mediaType, layout: format?.layout }).toEqual({ label: info.label, description: info.description, mediaType: info.mediaType, layout: info.layout });
      expect(format?.cannot).toBe(info.cannot);
    }
  });
});
