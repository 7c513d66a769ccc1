import { describe, expect, it } from 'vitest';
import { applyAnomaly, fillResponse, patternResponse } from './patterns.ts';

// Expected values were worked out independently from SPEC §2 with Python's math module.
const close = (got: Float64Array, want: number[]) => {
  expect(got.length).toBe(want.length);
  want.forEach((w, k) => expect(got[k]).toBeCloseTo(w, 14));
};

describe('pattern responses (SPEC §2)', () => {
  it('R = 1: step, linear and exponential are 1; oscillating is 0 (the original divided by zero)', () => {
    close(patternResponse({ kind: 'step' }, 1), [1]);
    close(patternResponse({ kind: 'linear' }, 1), [1]);
    close(patternResponse({ kind: 'exponential' }, 1), [1]);
    close(patternResponse({ kind: 'oscillating', frequency: 3 }, 1), [0]);
  });

  it('R = 2', () => {
    close(patternResponse({ kind: 'step' }, 2), [1, 1]);
    close(patternResponse({ kind: 'linear' }, 2), [1, 0]);
    close(patternResponse({ kind: 'exponential' }, 2), [1, 0]);
    close(patternResponse({ kind: 'oscillating', frequency: 3 }, 2), [0, 0]);
  });

  it('R = 5', () => {
    close(patternResponse({ kind: 'step' }, 5), [1, 1, 1, 1, 1]);
    close(patternResponse({ kind: 'linear' }, 5), [1, 0.75, 0.5, 0.25, 0]);
    close(patternResponse({ kind: 'exponential' }, 5), [1, 0.5859253812205275, 0.30901699437494745, 0.12383719530530513, 0]);
    close(patternResponse({ kind: 'oscillating', frequency: 3 }, 5), [0, 0.06614863561625729, -0.06907530994816849, 0.04082847787664794, 0]);
    close(patternResponse({ kind: 'oscillating', frequency: 0.3 }, 5), [0, 0.13852223179713155, 0.13958729601997605, 0.0776040059963518, 0]);
  });

  it('R = 30: first values, the end at 0, and the shape', () => {
    const lin = patternResponse({ kind: 'linear' }, 30);
    const exp = patternResponse({ kind: 'exponential' }, 30);
    const osc = patternResponse({ kind: 'oscillating', frequency: 3 }, 30);
    close(lin.slice(0, 6), [1, 0.9655172413793104, 0.9310344827586207, 0.896551724137931, 0.8620689655172413, 0.8275862068965517]);
    close(exp.slice(0, 6), [1, 0.8855176942784522, 0.7837047136027819, 0.6931589915479084, 0.6126336230926301, 0.5410196934921948]);
    close(osc.slice(0, 6), [0, 0.1207987886819392, -0.2116799348924289, 0.27614151250748, -0.31776519044772483, 0.3400912436980546]);
    expect(lin[29]).toBe(0);
    expect(exp[29]).toBe(0);
    // exponential falls fast at first: below the linear ramp everywhere inside
    for (let k = 1; k < 29; k++) expect(exp[k]!).toBeLessThan(lin[k]!);
    expect(patternResponse({ kind: 'step' }, 30).every((v) => v === 1)).toBe(true);
  });
});

describe('ramp (SPEC §9): r[k] = k/(R − 1), rising from 0 to 1', () => {
  it('R = 1 is 1; R = 2 is 0, 1; R = 5 climbs in quarters', () => {
    close(patternResponse({ kind: 'ramp' }, 1), [1]);
    close(patternResponse({ kind: 'ramp' }, 2), [0, 1]);
    close(patternResponse({ kind: 'ramp' }, 5), [0, 0.25, 0.5, 0.75, 1]);
  });
  it('any stretch of it is the same values', () => {
    const r = new Float64Array(3);
    close(fillResponse({ kind: 'ramp' }, 9, 4, r), [0.5, 0.625, 0.75]);
  });
});

describe('applyAnomaly', () => {
  it('multiplies x[at + k] by 1 + (f − 1)·r[k] and leaves the rest alone', () => {
    const x = new Float64Array(8).fill(10);
    applyAnomaly(x, 2, 1.3, patternResponse({ kind: 'linear' }, 5));
    expect(Array.from(x)).toEqual([10, 10, 10 * (1 + 0.3 * 1), 10 * (1 + 0.3 * 0.75), 10 * (1 + 0.3 * 0.5), 10 * (1 + 0.3 * 0.25), 10, 10]);
  });
  it('a factor below 1 lowers the metric (a drop)', () => {
    const x = new Float64Array(3).fill(2000);
    applyAnomaly(x, 0, 0.4, patternResponse({ kind: 'step' }, 3));
    expect(Array.from(x)).toEqual([800, 800, 800]);
  });
});
