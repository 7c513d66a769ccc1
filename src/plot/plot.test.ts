import { describe, expect, it } from 'vitest';
import { generate, memorySpool, parseConfig, resultBlocks, resultDataset, runWriters, type GenerationResult } from '../engine/index.ts';
import { MinMaxColumns } from './minMaxColumns.ts';
import { plotFormat } from './plotFormat.ts';
import { xmlProblems } from './xmlCheck.testutil.ts';

// The plot as a reader sees it: one panel per metric, a shaded band per anomaly window with
// its effect written on it, times on the x axis when there is a clock, and an SVG any XML
// reader accepts (names escaped).

const CLOCKED = `
[general]
seed = 5
start = 2026-03-10T00:00:00Z
interval = "30s"
duration = "1d"
[metrics."mem <&> \\"mb\\""]
value = 900
unit = "MB & more"
noise = "gaussian"
[[anomalies."mem <&> \\"mb\\""]]
at = "6h"
recovery_time = "6h"
effect = "offset"
delta = 500
pattern = "linear"
[[anomalies."mem <&> \\"mb\\""]]
at = "12h"
recovery_time = "10m"
effect = "missing"
[metrics.restarts]
value = 3
[[anomalies.restarts]]
at = "12h"
recovery_time = "12h"
effect = "offset"
delta = 1
pattern = "step"
`;

function resultOf(text: string): GenerationResult {
  const { config, diagnostics } = parseConfig(text);
  if (!config) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return generate(config);
}

/** metrics.svg of a result, and what the rasteriser was handed. */
async function svgOf(result: GenerationResult): Promise<{ svg: string; rasterised: string[] }> {
  const files = new Map<string, Uint8Array>();
  const rasterised: string[] = [];
  const format = plotFormat('test.toml', (svg) => {
    rasterised.push(svg);
    return new Uint8Array([1, 2, 3]);
  });
  const context = () => ({ dataset: resultDataset(result), open: (path: string) => ({ write: (b: Uint8Array) => void files.set(path, b.slice()) }), spool: memorySpool });
  await runWriters([format], context, resultBlocks(result));
  expect([...files.keys()]).toEqual(['metrics.svg', 'metrics.png']);
  return { svg: new TextDecoder().decode(files.get('metrics.svg')), rasterised };
}

const count = (s: string, needle: string) => s.split(needle).length - 1;
const texts = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);

describe('metrics.svg', () => {
  it('is well-formed XML with the names and units escaped, and is what the PNG is drawn from', async () => {
    const { svg, rasterised } = await svgOf(resultOf(CLOCKED));
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('data-metric="mem &lt;&amp;&gt; &quot;mb&quot;"');
    expect(svg).toContain('(MB &amp; more)');
    expect(rasterised).toEqual([svg]);
  });

  it('has one panel per metric and one shaded band per anomaly window, labelled with its effect', async () => {
    const { svg } = await svgOf(resultOf(CLOCKED));
    expect(count(svg, '<g class="panel"')).toBe(2);
    expect(count(svg, '<rect class="anomaly"')).toBe(3);
    expect(texts(svg, 'anomaly-label').sort()).toEqual(['missing', 'offset +1', 'offset +500']);
  });

  it('labels the x axis with times when there is a clock, with sample numbers otherwise', async () => {
    const clocked = texts((await svgOf(resultOf(CLOCKED))).svg, 'x-tick');
    expect(clocked[0]).toBe('Mar 10');
    expect(clocked).toContain('12:00');
    const plain = texts((await svgOf(resultOf('[general]\nnum_samples = 5000\nseed = 1\n[metrics.cpu]\nvalue = 1\n'))).svg, 'x-tick');
    expect(plain).toContain('0');
    expect(plain).toContain('1,000');
    expect(plain.some((t) => t?.includes(':'))).toBe(false);
  });

  it('draws a missing window as a gap in the line', async () => {
    const { svg } = await svgOf(resultOf(CLOCKED));
    const first = /<path class="series" d="([^"]*)"/.exec(svg)?.[1] ?? '';
    expect(count(first, 'M')).toBe(2); // the line lifts once, over the missing samples
  });
});

describe('MinMaxColumns', () => {
  it('keeps a one-sample spike among a million samples, and leaves an all-missing column empty', () => {
    const n = 1_000_000;
    const columns = new MinMaxColumns(n, 1000);
    const block = new Float64Array(50_000);
    for (let from = 0; from < n; from += block.length) {
      for (let i = 0; i < block.length; i++) {
        const at = from + i;
        block[i] = at === 654_321 ? 99 : at >= 2000 && at < 3000 ? Number.NaN : Math.sin(at / 1000);
      }
      columns.add(from, block);
    }
    expect(columns.max[columns.columnOf(654_321)]).toBe(99);
    expect(columns.max.reduce((m, v) => (v > m ? v : m), -Infinity)).toBe(99); // NaN columns are skipped by >
    expect(Number.isNaN(columns.min[2])).toBe(true); // samples 2000–2999
    expect(columns.min[1]).toBeCloseTo(Math.sin(1), 2);
  });

  it('draws each column at the middle of its own samples, for any length', () => {
    for (const [n, buckets] of [[7, 1000], [1000, 1000], [1001, 1000], [123_457, 1124]] as const) {
      const c = new MinMaxColumns(n, buckets);
      expect(c.count).toBe(Math.min(n, buckets));
      for (let col = 0; col < c.count; col++) expect(c.columnOf(Math.floor(c.centreOf(col)))).toBe(col);
      expect(c.columnOf(n - 1)).toBe(c.count - 1);
    }
  });
});
