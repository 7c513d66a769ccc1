import { describe, expect, it } from 'vitest';
import { decodeAll } from './chunkWriter.ts';
import { formatColumn } from './columnText.ts';
import { csvHeader, csvRows } from './csv.ts';

describe('csvRows: rows stitched from formatted columns', () => {
  const a = Float64Array.from([1, -2.5, 0.000001, 1e21, 0]);
  const b = Float64Array.from([60.3, 4, -0, 123456.789, 7]);
  const expected = '1,60.3\n-2.5,4\n0.000001,0\n1000000000000000000000,123456.789\n0,7\n';

  it('writes one row per sample, fields in column order', () => {
    expect(decodeAll(csvRows([formatColumn(a), formatColumn(b)], 5))).toBe(expected);
  });

  it('gives the same bytes whatever the chunk size, even smaller than a row', () => {
    for (const size of [1, 3, 7, 16, 1 << 20]) {
      const chunks = [...csvRows([formatColumn(a), formatColumn(b)], 5, { chunkSize: size })];
      expect(decodeAll(chunks), `chunk size ${size}`).toBe(expected);
      if (size >= 64) expect(chunks.length).toBe(1);
    }
  });

  it('with a reused buffer, each chunk is right when it is consumed', () => {
    let out = '';
    for (const c of csvRows([formatColumn(a), formatColumn(b)], 5, { chunkSize: 9, reuseBuffer: true })) out += new TextDecoder().decode(c);
    expect(out).toBe(expected);
  });

  it('header quotes names that need quoting', () => {
    expect(decodeAll([csvHeader(['cpu', 'a,b', ' padded'])])).toBe('cpu,"a,b"," padded"\n');
  });
});
