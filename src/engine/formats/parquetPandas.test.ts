import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsv } from '../files.ts';
import { generate } from '../generate.ts';
import { parseConfig } from '../parseConfig.ts';
import { resultBlocks } from '../blocks.ts';
import { resultDataset } from './dataset.ts';
import { formatFiles } from './memoryOutput.ts';
import { parquetFormatWith } from './parquetFormat.ts';

// The consumer the format is for: pandas.read_parquet must give the frame pandas.read_csv gives
// of the CSV. Needs a Python with pandas and a Parquet engine (pyarrow or fastparquet); Debian
// packages pandas but neither engine, so where none is installed the test is skipped, and says
// so on the console and in the report, never passing in silence.

const PYTHONS = ['python3', '/usr/bin/python3'];

/** The first Python that can read Parquet with pandas, or why none can. */
function findPandas(): { python: string } | { reason: string } {
  const tried: string[] = [];
  for (const python of PYTHONS) {
    const probe = spawnSync(python, ['-c', 'import pandas\ntry:\n import pyarrow\nexcept ImportError:\n import fastparquet'], { encoding: 'utf8', timeout: 60_000 });
    if (probe.status === 0) return { python };
    tried.push(`${python}: ${(probe.stderr || String(probe.error ?? 'failed')).trim().split('\n').at(-1)}`);
  }
  return { reason: `no Python here has pandas with pyarrow or fastparquet (${tried.join('; ')}); Debian packages pandas but not a Parquet engine` };
}

// Exact floats (round_trip), the CSV's ISO times parsed as UTC, the Parquet timestamps in the
// same unit; the label columns' integer width may differ (INT32 in Parquet, int64 from CSV).
const COMPARE = `
import sys, pandas as pd
p = pd.read_parquet(sys.argv[1])
c = pd.read_csv(sys.argv[2], float_precision="round_trip", keep_default_na=False, na_values=[""])
c["timestamp"] = pd.to_datetime(c["timestamp"], utc=True).astype("datetime64[ns, UTC]")
p["timestamp"] = p["timestamp"].astype("datetime64[ns, UTC]")
for name in c.columns:
    if name.endswith("_is_anomaly"):
        p[name] = p[name].astype("int64")
pd.testing.assert_frame_equal(p, c, check_exact=True)
print(len(p), "rows equal")
`;

const dir = mkdtempSync(join(tmpdir(), 'chaosgen-pandas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('metrics.parquet in pandas', () => {
  it('reads to the same frame as metrics.csv', async (ctx) => {
    const found = findPandas();
    if ('reason' in found) {
      console.warn(`\n*** SKIPPED: pandas.read_parquet check: ${found.reason} ***\n`);
      ctx.skip(found.reason);
      return;
    }
    const text = readFileSync(new URL('../../../configs/memory-leak-restart.toml', import.meta.url), 'utf8');
    const { config } = parseConfig(text);
    if (!config) throw new Error('the example does not parse');
    const result = generate({ ...config, numSamples: 5000, output: { labels: 'per_metric', time: 'iso' } });
    const files = await formatFiles([parquetFormatWith(2000)], resultDataset(result), resultBlocks(result));
    writeFileSync(join(dir, 'metrics.parquet'), files.get('metrics.parquet') ?? new Uint8Array(0));
    writeFileSync(join(dir, 'metrics.csv'), toCsv(result));
    const run = spawnSync(found.python, ['-c', COMPARE, join(dir, 'metrics.parquet'), join(dir, 'metrics.csv')], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('5000 rows equal');
  });
});
