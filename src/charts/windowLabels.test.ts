import { describe, expect, it } from 'vitest';
import { stackLabels, windowBand, windowDescription, windowLabel } from './windowLabels.ts';

const m = 'cpu_usage';

describe('windowLabel', () => {
  it('names the effect and its size', () => {
    expect(windowLabel({ metric: m, first: 1, last: 5, effect: 'scale', pattern: 'exponential', factor: 1.3 })).toBe('scale ×1.3');
    expect(windowLabel({ metric: m, first: 1, last: 5, effect: 'offset', pattern: 'step', delta: 5 })).toBe('offset +5');
    expect(windowLabel({ metric: m, first: 1, last: 5, effect: 'offset', pattern: 'ramp', delta: -2.5 })).toBe('offset −2.5');
    expect(windowLabel({ metric: m, first: 1, last: 5, effect: 'noise', pattern: 'step', factor: 3 })).toBe('noise ×3');
    expect(windowLabel({ metric: m, first: 1, last: 5, effect: 'flatline' })).toBe('flatline');
    expect(windowLabel({ metric: m, first: 1, last: 5, effect: 'missing' })).toBe('missing');
  });

  it('writes small and large sizes as plain decimals, never in exponent form', () => {
    expect(windowLabel({ metric: m, first: 0, last: 0, effect: 'scale', pattern: 'step', factor: 1e-7 })).toBe('scale ×0.0000001');
    expect(windowLabel({ metric: m, first: 0, last: 0, effect: 'offset', pattern: 'step', delta: 1e21 })).toBe('offset +1000000000000000000000');
  });

  it('adds the pattern in the description, for effects that have one', () => {
    expect(windowDescription({ metric: m, first: 1, last: 5, effect: 'scale', pattern: 'exponential', factor: 1.3 })).toBe('scale ×1.3 (exponential)');
    expect(windowDescription({ metric: m, first: 1, last: 5, effect: 'missing' })).toBe('missing');
  });
});

describe('windowBand', () => {
  it('is shaded from its first to its last sample', () => {
    expect(windowBand({ first: 35, last: 64 }, [0, 149])).toEqual({ x1: 35, x2: 64 });
  });

  it('keeps a visible width when it lasts one sample, without leaving the axis', () => {
    expect(windowBand({ first: 5, last: 5 }, [0, 149])).toEqual({ x1: 4.5, x2: 5.5 });
    expect(windowBand({ first: 0, last: 0 }, [0, 149])).toEqual({ x1: 0, x2: 0.5 });
  });
});

describe('stackLabels', () => {
  it('keeps labels of distant windows on one row, centred on their windows', () => {
    expect(stackLabels([{ center: 100, width: 60 }, { center: 300, width: 60 }], 0, 600)).toEqual([
      { x: 100, lane: 0 },
      { x: 300, lane: 0 },
    ]);
  });

  it('stacks labels that would overlap or touch, whatever the order of the windows', () => {
    // [70, 130] and [110, 170] overlap; [200, 260] clears both by more than the 6 px gap
    const items = [{ center: 140, width: 60 }, { center: 100, width: 60 }, { center: 230, width: 60 }];
    expect(stackLabels(items, 0, 600)).toEqual([
      { x: 140, lane: 1 },
      { x: 100, lane: 0 },
      { x: 230, lane: 0 },
    ]);
    // 4 px apart is too close: a second row
    expect(stackLabels([{ center: 30, width: 60 }, { center: 94, width: 60 }], 0, 600).map((p) => p.lane)).toEqual([0, 1]);
    // three windows over the same samples: three rows
    expect(stackLabels([{ center: 50, width: 40 }, { center: 50, width: 40 }, { center: 50, width: 40 }], 0, 600).map((p) => p.lane)).toEqual([0, 1, 2]);
  });

  it('moves a label at the edge of the plot inward so it is not cut off', () => {
    expect(stackLabels([{ center: 5, width: 60 }, { center: 598, width: 40 }], 0, 600)).toEqual([
      { x: 30, lane: 0 },
      { x: 580, lane: 0 },
    ]);
  });
});
