import { describe, expect, it } from 'vitest';
import type { Effect } from './effect.ts';
import { flatlineEffect } from './flatline.ts';
import { missingEffect } from './missing.ts';
import { noiseScaleEffect } from './noiseScale.ts';
import { offsetEffect } from './offset.ts';
import { scaleEffect } from './scale.ts';

// Expected values worked out by hand from SPEC §9.

/** The effect applied to a copy of `x`, asked for in stretches of the given sizes (cycling). */
function applied(effect: Effect, x: number[], sizes: readonly number[] = [x.length]): number[] {
  const out = Float64Array.from(x);
  for (let from = 0, k = 0; from < out.length; k++) {
    const to = Math.min(out.length, from + (sizes[k % sizes.length] as number));
    effect.apply(out.subarray(from, to), from);
    from = to;
  }
  return Array.from(out);
}

const ten = () => Array.from({ length: 8 }, () => 10);

describe('scale', () => {
  it('multiplies by 1 + (f − 1)·r[k] over the window only, in stretches too', () => {
    // linear over R = 3: r = 1, 0.5, 0; f = 2
    const want = [10, 10, 20, 15, 10, 10, 10, 10];
    expect(applied(scaleEffect({ at: 2, recoveryTime: 3, factor: 2, pattern: { kind: 'linear' } }), ten())).toEqual(want);
    expect(applied(scaleEffect({ at: 2, recoveryTime: 3, factor: 2, pattern: { kind: 'linear' } }), ten(), [3, 1])).toEqual(want);
  });
});

describe('offset', () => {
  it('adds delta·r[k]: a step of 5 on a metric at 0', () => {
    expect(applied(offsetEffect({ at: 1, recoveryTime: 2, delta: 5, pattern: { kind: 'step' } }), [0, 0, 0, 0])).toEqual([0, 5, 5, 0]);
  });
  it('a ramp of −4 over 5 samples: 0, −1, −2, −3, −4', () => {
    expect(applied(offsetEffect({ at: 0, recoveryTime: 5, delta: -4, pattern: { kind: 'ramp' } }), [1, 1, 1, 1, 1, 1], [2])).toEqual([1, 0, -1, -2, -3, 1]);
  });
});

describe('noise (the scale arithmetic, on the noise)', () => {
  it('multiplies each noise sample in the window', () => {
    expect(applied(noiseScaleEffect({ at: 1, recoveryTime: 2, factor: 3, pattern: { kind: 'step' } }), [0.5, -0.5, 0.25, 1])).toEqual([0.5, -1.5, 0.75, 1]);
  });
});

describe('flatline', () => {
  it('repeats the sample just before the window', () => {
    expect(applied(flatlineEffect({ at: 2, recoveryTime: 3 }), [1, 2, 3, 4, 5, 6, 7])).toEqual([1, 2, 2, 2, 2, 6, 7]);
  });
  it('at = 0 repeats sample 0’s own value', () => {
    expect(applied(flatlineEffect({ at: 0, recoveryTime: 3 }), [4, 5, 6, 7])).toEqual([4, 4, 4, 7]);
  });
  it('remembers the sample before the window when it lies in an earlier stretch', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const want = [1, 2, 3, 4, 4, 4, 4, 8, 9];
    for (const sizes of [[1], [2], [3], [4, 1], [9]]) expect(applied(flatlineEffect({ at: 4, recoveryTime: 3 }), x, sizes), String(sizes)).toEqual(want);
  });
});

describe('missing', () => {
  it('marks the window as NaN and nothing else', () => {
    expect(applied(missingEffect({ at: 1, recoveryTime: 2 }), [1, 2, 3, 4], [1])).toEqual([1, Number.NaN, Number.NaN, 4]);
  });
});

describe('every effect', () => {
  it('refuses a window that validation would have rejected (a caller’s bug)', () => {
    expect(() => missingEffect({ at: -1, recoveryTime: 2 })).toThrow(RangeError);
    expect(() => flatlineEffect({ at: 0, recoveryTime: 0 })).toThrow(RangeError);
    expect(() => scaleEffect({ at: 1.5, recoveryTime: 2, factor: 2, pattern: { kind: 'step' } })).toThrow(RangeError);
  });
});
