import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../files.ts';
import { generate } from '../generate.ts';
import { fixtureJson, list, num, str } from './fixtures.testutil.ts';
import { numpyConfig } from './numpyConfig.testutil.ts';

// metrics.csv in numpy mode, byte for byte against the reference generate.py run with NumPy
// (scripts/numpy-reference/make-fixtures.py): the corpus of every distribution × smoothing
// window × step size × pattern, R from 1 to 20,000, and the configs of configs/ that the
// original can read, at their own size. (1,000,000 samples: corpus.big.test.ts.)

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Where two CSVs first differ, as a readable line. */
function firstDifference(got: string, want: string): string {
  const a = got.split('\r\n');
  const b = want.split('\r\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  return i < 0 ? 'same lines' : `line ${i + 1}: ${JSON.stringify(a[i])} vs NumPy's ${JSON.stringify(b[i])}`;
}

const corpus = list(fixtureJson('corpus.json'), 'cases');

describe('numpy mode: the corpus, byte for byte', () => {
  it('covers every distribution, window, step size and pattern, and R from 1 to 20,000', () => {
    const names = corpus.map((c) => str(c, 'name'));
    for (const part of ['gaussian', 'uniform', 'exponential', 'logistic', 'laplace', 'wNone', 'w1-', 'w2-', 'w10-', 'w11-', 'w12-', 'w30-', 'w600-', 'sNone', 's1-', 's0.1-', 's1e-05-', '-step-', '-linear-', '-exponential-R', '-oscillating-']) {
      expect(names.some((n) => n.includes(part)), part).toBe(true);
    }
    expect(names.some((n) => n.endsWith('-R1'))).toBe(true);
    expect(names.some((n) => n.endsWith('-R20000'))).toBe(true);
  });

  it.each(corpus.map((c) => [str(c, 'name'), c] as const))('%s', (_, c) => {
    const csv = toCsv(generate(numpyConfig(str(c, 'toml'))));
    if (typeof c.csv === 'string') expect(firstDifference(csv, c.csv)).toBe('same lines');
    expect(sha256(csv)).toBe(str(c, 'sha256'));
    expect(Buffer.byteLength(csv)).toBe(num(c, 'bytes'));
  });
});

describe('numpy mode: the configs of configs/ the original can read', () => {
  it.each(list(fixtureJson('configs.json'), 'configs').map((c) => [str(c, 'config'), c] as const))('%s', (name, c) => {
    const text = readFileSync(new URL(`../../../configs/${name}`, import.meta.url), 'utf8');
    const csv = toCsv(generate(numpyConfig(text)));
    expect(firstDifference(csv, str(c, 'csv'))).toBe('same lines');
    expect(sha256(csv)).toBe(str(c, 'sha256'));
  });
});
