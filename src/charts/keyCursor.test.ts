import { describe, expect, it } from 'vitest';
import { moveCursor, nearestPoint, visibleSamples } from './keyCursor.ts';

describe('moveCursor', () => {
  const range = { lo: 0, hi: 149 };

  it('moves by 1 % of the range with the arrows and 10 % with PageUp/PageDown, at least one sample', () => {
    expect(moveCursor(40, 'ArrowRight', range)).toBe(41); // 1 % of 149 rounds to 1
    expect(moveCursor(40, 'ArrowLeft', range)).toBe(39);
    expect(moveCursor(40, 'PageUp', range)).toBe(55);
    expect(moveCursor(40, 'PageDown', range)).toBe(25);
    expect(moveCursor(0, 'ArrowRight', { lo: 0, hi: 999_999 })).toBe(10_000);
    expect(moveCursor(5, 'ArrowRight', { lo: 0, hi: 9 })).toBe(6);
  });

  it('goes to the ends with Home and End, and stops there', () => {
    expect(moveCursor(40, 'Home', range)).toBe(0);
    expect(moveCursor(40, 'End', range)).toBe(149);
    expect(moveCursor(149, 'ArrowRight', range)).toBe(149);
    expect(moveCursor(3, 'PageDown', range)).toBe(0);
  });

  it('starts at the first sample (End: the last) when there is no cursor yet', () => {
    expect(moveCursor(undefined, 'ArrowRight', range)).toBe(0);
    expect(moveCursor(undefined, 'ArrowLeft', range)).toBe(0);
    expect(moveCursor(undefined, 'End', range)).toBe(149);
  });

  it('steps within a zoomed range, coming back into it from outside', () => {
    const zoomed = { lo: 1000, hi: 1200 };
    expect(moveCursor(1100, 'ArrowRight', zoomed)).toBe(1102);
    expect(moveCursor(5, 'ArrowRight', zoomed)).toBe(1002);
    expect(moveCursor(5000, 'ArrowLeft', zoomed)).toBe(1198);
  });

  it('has nowhere to go without samples', () => {
    expect(moveCursor(0, 'End', { lo: 0, hi: -1 })).toBeUndefined();
  });
});

describe('visibleSamples', () => {
  it('is the whole samples inside the domain, within the series', () => {
    expect(visibleSamples([0, 149], 150)).toEqual({ lo: 0, hi: 149 });
    expect(visibleSamples([-0.5, 0.5], 1)).toEqual({ lo: 0, hi: 0 });
    expect(visibleSamples([10.2, 20.7], 150)).toEqual({ lo: 11, hi: 20 });
    expect(visibleSamples([0, 300], 150)).toEqual({ lo: 0, hi: 149 });
  });
});

describe('nearestPoint', () => {
  const xs = Float64Array.from([0, 10, 20, 30]);
  it('finds the drawn point nearest a sample, the earlier on a tie', () => {
    expect(nearestPoint(xs, 0)).toBe(0);
    expect(nearestPoint(xs, 14)).toBe(1);
    expect(nearestPoint(xs, 15)).toBe(1);
    expect(nearestPoint(xs, 16)).toBe(2);
    expect(nearestPoint(xs, 99)).toBe(3);
    expect(nearestPoint(xs, -5)).toBe(0);
    expect(nearestPoint(new Float64Array(0), 3)).toBe(-1);
  });
});
