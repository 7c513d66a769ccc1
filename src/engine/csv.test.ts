import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAll } from './chunkWriter.ts';
import { ColumnFormatter, formatColumn, jsonPiece } from './columnText.ts';
import { resultBlocks } from './blocks.ts';
import { csvBlock, csvHeader } from './csv.ts';
import type { GenerationResult } from './types.ts';
import { plainDecimal } from './formatNumber.ts';
import { round6 } from './rounding.ts';

const result = (x: Float64Array, y: Float64Array): GenerationResult => ({
  seed: 1,
  seedSource: 'config',
  numSamples: x.length,
  metrics: [
    { name: 'a', values: x, anomaly: undefined },
    { name: 'b', values: y, anomaly: undefined },
  ],
});

describe('csvBlock: rows stitched from formatted columns', () => {
  const a = Float64Array.from([1, -2.5, 0.000001, 1e21, 0]);
  const b = Float64Array.from([60.3, 4, -0, 123456.789, 7]);
  const expected = '1,60.3\n-2.5,4\n0.000001,0\n1000000000000000000000,123456.789\n0,7\n';

  it('writes one row per sample, fields in column order', () => {
    expect(decodeAll([csvBlock([formatColumn(a), formatColumn(b)], 5)])).toBe(expected);
  });

  it('gives the same bytes whatever the block size', () => {
    for (const size of [1, 2, 3, 5, 16]) {
      const blocks = [...resultBlocks(result(a, b), size)];
      expect(decodeAll(blocks.map((x) => x.csv)), `block size ${size}`).toBe(expected);
      expect(blocks).toHaveLength(Math.ceil(5 / size));
    }
  });

  it('header quotes names that need quoting', () => {
    expect(decodeAll([csvHeader(['cpu', 'a,b', ' padded'])])).toBe('cpu,"a,b"," padded"\n');
  });
});

describe('csvBlock and reused formatters (the CLI streams files a block at a time)', () => {
  // Values of every length a dataset can hold (every sample is rounded to 6 decimals, and
  // configs cap magnitudes at 1e15, so |v| < ~1e31): short integers, 6-decimal fractions,
  // and long plain decimals.
  const value = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.integer({ min: -2e12, max: 2e12 }).map((n) => n / 1e6),
    fc.double({ min: -1e31, max: 1e31, noNaN: true }).map(round6),
  );

  it('a block reused from one call to the next gives the rows a naive join gives', () => {
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 5 }), (cols) => {
        const n = Math.min(...cols.map((c) => c.length));
        const arrays = cols.map((c) => Float64Array.from(c.slice(0, n)));
        const naive = Array.from({ length: n }, (_, i) => arrays.map((a) => plainDecimal(a[i]!)).join(',') + '\n').join('');
        const formatters = arrays.map(() => new ColumnFormatter(2));
        // A dirty buffer from an earlier, larger block, then this block into it.
        let into = csvBlock(arrays.map((a, j) => formatters[j]!.format(Float64Array.from(a, (v) => v * 3 + 1e20))), n);
        into = new Uint8Array(into.buffer as ArrayBuffer);
        const rows = csvBlock(arrays.map((a, j) => formatters[j]!.format(a)), n, into);
        expect(decodeAll([rows])).toBe(naive);
        expect(decodeAll([formatters[0]!.format(arrays[0]!).bytes])).toBe(Array.from(arrays[0]!, plainDecimal).join(','));
      }),
      { numRuns: 200 },
    );
  });

  it('stitches values of any length a double can have (the longest plain decimals, over 300 characters)', () => {
    const longest = [-Number.MIN_VALUE, -Number.MAX_VALUE, -2.2250738585072009e-308, -1.2345678901234568e-300];
    expect(Math.min(...longest.map((v) => plainDecimal(v).length))).toBeGreaterThan(300);
    const a = Float64Array.from([...longest, 1, 2]);
    const b = Float64Array.from([1, 2, 3, ...longest.slice(1)]);
    const naive = Array.from(a, (v, i) => `${plainDecimal(v)},${plainDecimal(b[i]!)}\n`).join('');
    expect(decodeAll([csvBlock([formatColumn(a), formatColumn(b)], a.length)])).toBe(naive);
    expect(decodeAll([...resultBlocks(result(a, b), 2)].map((x) => x.csv))).toBe(naive);
  });
});

describe('missing values (NaN, the `missing` effect)', () => {
  const a = Float64Array.from([NaN, 1.5, NaN, NaN, -2, NaN]);
  const b = Float64Array.from([1, 2, 3, 4, 5, 6]);

  it('are empty CSV cells at any block size', () => {
    for (const size of [1, 2, 4, 6]) {
      expect(decodeAll([...resultBlocks(result(a, b), size)].map((x) => x.csv)), `block size ${size}`).toBe(',1\n1.5,2\n,3\n,4\n-2,5\n,6\n');
    }
  });

  it('are null in the JSON pieces, however the blocks cut the series', () => {
    for (const size of [1, 2, 4, 6]) {
      const formatter = new ColumnFormatter(size);
      const pieces: Uint8Array[] = [];
      for (let from = 0; from < a.length; from += size) {
        const to = Math.min(a.length, from + size);
        pieces.push(jsonPiece(formatter.format(a.subarray(from, to)), to === a.length).slice());
      }
      expect(decodeAll(pieces), `block size ${size}`).toBe('null,1.5,null,null,-2,null');
    }
  });
});
