import { describe, expect, it } from 'vitest';
import { addedMetric } from './newMetric.ts';

describe('addedMetric', () => {
  it('names the metric the user added, wherever it was written', () => {
    expect(addedMetric(['a', 'b'], ['a', 'b', 'c'])).toBe('c');
    expect(addedMetric(['a', 'b'], ['a', 'new', 'b'])).toBe('new');
  });

  it('is undefined for a first run, a rename, a removal or a whole new config', () => {
    expect(addedMetric([], ['a'])).toBeUndefined();
    expect(addedMetric(['a', 'b'], ['a', 'bc'])).toBeUndefined();
    expect(addedMetric(['a', 'b'], ['a'])).toBeUndefined();
    expect(addedMetric(['a', 'b'], ['x', 'y', 'z'])).toBeUndefined();
    expect(addedMetric(['a'], ['a'])).toBeUndefined();
  });
});
