import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt, LONE_SURROGATE, quoteName } from './quote.ts';

describe('excerpt / quoteName: user text inside a message', () => {
  it('leaves short names alone and quotes them', () => {
    expect(quoteName('cpu_usage')).toBe('`cpu_usage`');
    expect(excerpt('x'.repeat(60))).toBe('x'.repeat(60));
  });

  it('shortens a long name to the limit, ending in an ellipsis', () => {
    expect(excerpt('x'.repeat(61))).toBe(`${'x'.repeat(59)}…`);
    expect(quoteName('y'.repeat(100_000), 10)).toBe('`yyyyyyyyy…`');
  });

  it('never cuts a character outside the BMP in half', () => {
    expect(excerpt('ab😀😀', 4)).toBe('ab…');
    expect(excerpt('ab😀', 4)).toBe('ab😀');
  });

  it('spells line breaks, control characters and lone surrogates as escapes', () => {
    expect(excerpt('a\nb\r\tc\u0000\u007f\u2028')).toBe('a\\nb\\r\\tc\\u0000\\u007f\\u2028');
    expect(excerpt('x\ud800y\udc00')).toBe('x\\ud800y\\udc00');
    expect(excerpt('\n'.repeat(100), 10)).toBe('\\n\\n\\n\\n…');
  });

  it('collapses runs of whitespace when asked (source text of a value)', () => {
    expect(excerpt('[1,\n    2,\n\t3]', 40, true)).toBe('[1, 2, 3]');
    expect(excerpt(`[${' '.repeat(500_000)}1]`, 40, true)).toBe('[ 1]');
  });

  it('is one line of at most max characters, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 8, max: 80 }), (s, max) => {
        const e = excerpt(s, max);
        expect(e.length).toBeLessThanOrEqual(max);
        expect(e).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(LONE_SURROGATE.test(e)).toBe(false);
        if (e.endsWith('…') && !s.endsWith('…')) expect(e.length).toBeGreaterThan(max - 8); // cut near the limit, not early
      }),
      { seed: 3, numRuns: 500 },
    );
  });
});
