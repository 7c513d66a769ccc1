import { describe, expect, it } from 'vitest';
import { clampRange, MIN_SPAN, panBy, positionAt, samplesOf, wheelFactor, windowRange, zoomAround } from './viewRange.ts';

describe('clampRange', () => {
  it('keeps a range inside the series as it is', () => {
    expect(clampRange([10, 20], 100)).toEqual([10, 20]);
  });

  it('slides a range that runs past an end back inside, keeping its width', () => {
    expect(clampRange([-5, 15], 100)).toEqual([0, 20]);
    expect(clampRange([90, 110], 100)).toEqual([79, 99]);
  });

  it('widens a range narrower than MIN_SPAN around its middle', () => {
    expect(clampRange([50, 51], 100)).toEqual([50.5 - MIN_SPAN / 2, 50.5 + MIN_SPAN / 2]);
  });

  it('is no zoom at all when the range covers the whole series, or is not numbers', () => {
    expect(clampRange([0, 99], 100)).toBeUndefined();
    expect(clampRange([-10, 200], 100)).toBeUndefined();
    expect(clampRange([Number.NaN, 20], 100)).toBeUndefined();
  });

  it('accepts the ends in either order (a brush dragged leftwards)', () => {
    expect(clampRange([40, 20], 100)).toEqual([20, 40]);
  });
});

describe('zoomAround', () => {
  it('zooms in keeping the position under the pointer where it is on screen', () => {
    const before = [0, 99] as const;
    const after = zoomAround(undefined, 25, 0.5, 100)!;
    expect(after[1] - after[0]).toBeCloseTo(49.5, 9);
    // 25 was a quarter of the way across, and still is.
    expect((25 - after[0]) / (after[1] - after[0])).toBeCloseTo((25 - before[0]) / (before[1] - before[0]), 9);
  });

  it('stops at MIN_SPAN samples however far it is zoomed in', () => {
    let r = zoomAround(undefined, 50, 0.1, 100);
    for (let k = 0; k < 20; k++) r = zoomAround(r, 50, 0.1, 100);
    expect(r![1] - r![0]).toBeCloseTo(MIN_SPAN, 9);
  });

  it('zooming out past the whole series is no zoom', () => {
    expect(zoomAround([40, 60], 50, 10, 100)).toBeUndefined();
  });

  it('leaves the range alone for a factor that is not a positive number', () => {
    expect(zoomAround([40, 60], 50, Number.NaN, 100)).toEqual([40, 60]);
    expect(zoomAround([40, 60], 50, 0, 100)).toEqual([40, 60]);
  });
});

describe('panBy', () => {
  it('moves the range and keeps its width, stopping at the ends', () => {
    expect(panBy([10, 20], 5, 100)).toEqual([15, 25]);
    expect(panBy([10, 20], -50, 100)).toEqual([0, 10]);
    expect(panBy([10, 20], 500, 100)).toEqual([89, 99]);
  });

  it('does nothing unzoomed: there is nothing beside the whole series', () => {
    expect(panBy(undefined, 5, 100)).toBeUndefined();
  });
});

describe('windowRange', () => {
  it('shows the window with a quarter of its length on each side', () => {
    expect(windowRange(35, 64, 150)).toEqual([27, 72]);
  });

  it('gives a short window at least two samples of margin, within the series', () => {
    expect(windowRange(50, 50, 150)).toEqual([48, 52]);
    // [-2, 5] slides inside the series, keeping its width
    expect(windowRange(0, 3, 150)).toEqual([0, 7]);
  });
});

describe('wheel and pixels', () => {
  it('zooms in for a wheel turned up (negative deltaY), out for down, by the same factor', () => {
    expect(wheelFactor(-100, 0)).toBeLessThan(1);
    expect(wheelFactor(100, 0)).toBeCloseTo(1 / wheelFactor(-100, 0), 12);
    // a line of a line-mode wheel counts as 16 pixels
    expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-48, 0), 12);
  });

  it('maps a pixel of the plot to its sample position', () => {
    expect(positionAt(150, 50, 200, [100, 300])).toBe(200);
    expect(positionAt(50, 50, 0, [100, 300])).toBe(100);
  });

  it('needs whole samples from the one before the range to the one after it', () => {
    expect(samplesOf([10.5, 20.2], 100)).toEqual({ first: 10, last: 21 });
    expect(samplesOf([97.5, 99], 100)).toEqual({ first: 97, last: 99 });
  });
});
