import { describe, expect, it } from 'vitest';
import { GAP_PX, FIT_MAX_PX, FIT_MIN_PX, plotHeight, SIZE_PX, figureHeight } from './chartHeight.ts';

describe('plotHeight', () => {
  it('gives the fixed sizes whatever the pane', () => {
    expect(plotHeight('S', 4, 700)).toBe(SIZE_PX.S);
    expect(plotHeight('L', 1, 0)).toBe(SIZE_PX.L);
  });

  it('fits four charts into the pane: their slots add up to no more than its height', () => {
    const available = 760;
    const h = plotHeight('fit', 4, available);
    expect(4 * figureHeight(h) + 3 * GAP_PX).toBeLessThanOrEqual(available);
    // and it uses the room: one pixel more each would overflow
    expect(4 * figureHeight(h + 1) + 3 * GAP_PX).toBeGreaterThan(available);
  });

  it('stays readable with many metrics and sane with one', () => {
    expect(plotHeight('fit', 500, 760)).toBe(FIT_MIN_PX);
    expect(plotHeight('fit', 1, 2000)).toBe(FIT_MAX_PX);
  });

  it('falls back to M before the pane is measured', () => {
    expect(plotHeight('fit', 4, 0)).toBe(SIZE_PX.M);
    expect(plotHeight('fit', 4, 0, 900)).toBe(SIZE_PX.M);
  });

  it('is the minimum before the pane is measured when even the window could hold no more', () => {
    expect(plotHeight('fit', 500, 0, 900)).toBe(FIT_MIN_PX);
    expect(plotHeight('fit', 500, 0)).toBe(SIZE_PX.M); // no bound known
    // just past the count at which a 900 px window forces the minimum, and just before it
    expect(plotHeight('fit', 6, 0, 900)).toBe(FIT_MIN_PX);
    expect(plotHeight('fit', 5, 0, 900)).toBe(SIZE_PX.M);
  });
});
