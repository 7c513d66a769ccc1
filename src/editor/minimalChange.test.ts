import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalChange } from './minimalChange.ts';

const apply = (text: string, c: ReturnType<typeof minimalChange>): string =>
  c === undefined ? text : text.slice(0, c.from) + c.insert + text.slice(c.to);

describe('minimalChange', () => {
  it('replaces only the differing middle, e.g. a new seed', () => {
    const before = '[general]\nseed = 42\nnum_samples = 10\n';
    const after = '[general]\nseed = 917\nnum_samples = 10\n';
    expect(minimalChange(before, after)).toEqual({ from: 17, to: 19, insert: '917' });
  });
  it('is undefined for equal texts', () => {
    expect(minimalChange('a', 'a')).toBeUndefined();
  });
  it('turns any text into any other, without splitting surrogate pairs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const c = minimalChange(a, b);
        expect(apply(a, c)).toBe(b);
        // a lone surrogate at either end of the insert would mean a pair was cut
        if (c !== undefined) expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(c.insert)).toBe(false);
      }),
    );
  });
});
