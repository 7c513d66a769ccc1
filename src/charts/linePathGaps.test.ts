import { describe, expect, it } from 'vitest';
import { linePath } from './linePath.ts';

// A box where the numbers are easy to write by hand: x = 25 · index, y = 10 − value.
const box = { x: 0, y: 0, width: 100, height: 10 };
const path = (ys: number[]): string => linePath(Float64Array.from(ys, (_, i) => i), Float64Array.from(ys), [0, 4], [0, 10], box);
const NaN_ = Number.NaN;

describe('linePath with missing samples (NaN)', () => {
  it('breaks the line at a gap: the next present point starts a new subpath', () => {
    expect(path([1, 2, NaN_, 4, 5])).toBe('M0,9L25,8M75,6L100,5');
  });

  it('never writes NaN into the path', () => {
    for (const ys of [[NaN_, 1, 2, 3, 4], [1, 2, 3, 4, NaN_], [NaN_, NaN_, 2, NaN_, NaN_], [1, NaN_, NaN_, NaN_, 5]]) {
      expect(path(ys)).not.toContain('NaN');
    }
  });

  it('skips leading and trailing gaps', () => {
    expect(path([NaN_, NaN_, 2, 3, NaN_])).toBe('M50,8L75,7');
  });

  it('draws a present point between two gaps as a dot (a zero-length segment, round caps)', () => {
    expect(path([NaN_, 1, NaN_, 3, 4])).toBe('M25,9L25,9M75,7L100,6');
    expect(path([1, NaN_, NaN_, NaN_, 5])).toBe('M0,9L0,9M100,5L100,5');
  });

  it('is empty when every sample is missing', () => {
    expect(path([NaN_, NaN_, NaN_, NaN_, NaN_])).toBe('');
  });
});
