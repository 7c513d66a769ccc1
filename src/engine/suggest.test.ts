import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, MAX_CANDIDATES, MAX_WORD, nearest } from './suggest.ts';

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['seed', 'seed', 0],
    ['kitten', 'sitting', 3],
    ['stepsize', 'step_size', 1], // one insertion
    ['gausian', 'gaussian', 1],
    ['scael', 'scale', 1], // one adjacent transposition, not two substitutions
    ['ab', 'ba', 1],
    ['abcd', 'acbd', 1],
    // OSA may not edit a substring twice, so this is 3 (true Damerau–Levenshtein would say 2)
    ['ca', 'abc', 3],
  ])('%j → %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('is a metric-like distance: zero only on equal strings, symmetric, bounded by the lengths', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { seed: 20241128, numRuns: 300 },
    );
  });

  it('one inserted, deleted, replaced or swapped character costs exactly 1', () => {
    const word = fc.string({ minLength: 2, maxLength: 12, unit: fc.constantFrom(...'abcdefgh_') });
    fc.assert(
      fc.property(word, fc.nat(), fc.constantFrom('insert', 'delete', 'replace', 'swap'), (w, pos, op) => {
        const i = pos % (w.length - 1);
        const edited =
          op === 'insert' ? w.slice(0, i) + 'z' + w.slice(i)
          : op === 'delete' ? w.slice(0, i) + w.slice(i + 1)
          : op === 'replace' ? w.slice(0, i) + 'z' + w.slice(i + 1)
          : w.slice(0, i) + w.charAt(i + 1) + w.charAt(i) + w.slice(i + 2);
        expect(editDistance(w, edited)).toBe(edited === w ? 0 : 1);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('nearest', () => {
  const metricKeys = ['value', 'step_size', 'noise', 'noise_args'];

  it('finds the key a typo was meant to be', () => {
    expect(nearest('stepsize', metricKeys)).toBe('step_size');
    expect(nearest('noise_arg', metricKeys)).toBe('noise_args');
    expect(nearest('valeu', metricKeys)).toBe('value');
    expect(nearest('gausian', ['gaussian', 'uniform', 'exponential', 'logistic', 'laplace'])).toBe('gaussian');
  });

  it('ignores case but answers with the candidate as written', () => {
    expect(nearest('Step_Size', metricKeys)).toBe('step_size');
    expect(nearest('GAUSSIAN', ['gaussian'])).toBe('gaussian');
  });

  it('suggests nothing when no candidate is close (about a third of the word may differ)', () => {
    expect(nearest('sine', ['linear', 'exponential', 'oscillating', 'step'])).toBeUndefined();
    expect(nearest('colour', metricKeys)).toBeUndefined();
    // 9 letters allow 3 edits, 8 letters allow 2
    expect(nearest('abcxyzghi', ['abcdefghi'])).toBe('abcdefghi');
    expect(nearest('abcxyzgh', ['abcdefgh'])).toBeUndefined();
    // never more than 3 edits, however long the word
    expect(nearest('smoothing_windowxxxx', ['smoothing_window'])).toBeUndefined();
    expect(nearest('smoothing_windowxxx', ['smoothing_window'])).toBe('smoothing_window');
  });

  it('allows one edit even for short words', () => {
    expect(nearest('at', ['at', 'pattern'])).toBe('at');
    expect(nearest('a', ['at'])).toBe('at');
    expect(nearest('xy', ['at'])).toBeUndefined();
  });

  it('prefers the closest candidate, and the first of equally close ones', () => {
    expect(nearest('noise_args', metricKeys)).toBe('noise_args');
    expect(nearest('nois', metricKeys)).toBe('noise');
    expect(nearest('lo', ['loc', 'low'])).toBe('loc');
    expect(nearest('lo', ['low', 'loc'])).toBe('low');
  });

  it('has nothing to suggest from no candidates, and gives up on very long words', () => {
    expect(nearest('seed', [])).toBeUndefined();
    const long = 'a'.repeat(65);
    expect(nearest(long, [long])).toBeUndefined();
  });

  it('never compares a candidate longer than MAX_WORD: a 100,000-character metric name costs nothing', () => {
    const huge = `cpu${'x'.repeat(100_000)}`;
    expect(nearest('cpu', [huge, 'cpx'])).toBe('cpx');
    expect(nearest('a'.repeat(MAX_WORD), ['a'.repeat(MAX_WORD + 1)])).toBeUndefined();
    expect(nearest('a'.repeat(MAX_WORD - 1), ['a'.repeat(MAX_WORD)])).toBe('a'.repeat(MAX_WORD));
  });

  it('looks at the first MAX_CANDIDATES candidates only', () => {
    const others = Array.from({ length: MAX_CANDIDATES }, (_, i) => `zzzz${i}`);
    expect(nearest('metric', [...others.slice(1), 'metrix'])).toBe('metrix');
    expect(nearest('metric', [...others, 'metrix'])).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('formats the suggestion for a message, or nothing', () => {
    expect(didYouMean('stepsize', ['step_size'])).toBe(' — did you mean `step_size`?');
    expect(didYouMean('zzz', ['step_size'])).toBe('');
  });
});
