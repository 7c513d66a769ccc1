import { describe, expect, it } from 'vitest';
import { numberBounds, valueAt } from './valueAt.ts';

const TEXT = `[general]
num_samples = 100

[metrics.cpu]
value = 60 # base
noise_args = { scale = 0.5, smoothing_window = 3 }
seasonality = [{ period = 24, amplitude = 1.5 }]

[[anomalies.cpu]]
at = 10
`;

/** The path and token under the first occurrence of `needle` (offset `inside` into it). */
function under(needle: string, inside = 0): [readonly string[], string] | undefined {
  const found = valueAt(TEXT, TEXT.indexOf(needle) + inside);
  return found && [found.path, TEXT.slice(found.range.from, found.range.to)];
}

describe('valueAt finds the value under a position, inside containers too', () => {
  it.each([
    ['60', ['metrics', 'cpu', 'value'], '60'],
    ['0.5', ['metrics', 'cpu', 'noise_args', 'scale'], '0.5'],
    ['1.5', ['metrics', 'cpu', 'seasonality', '0', 'amplitude'], '1.5'],
    ['10\n', ['anomalies', 'cpu', '0', 'at'], '10'],
  ])('%s', (needle, path, token) => {
    expect(under(needle, 1)).toEqual([path, token]);
  });
  it('finds nothing on a key, a comment or a header', () => {
    expect(under('value')).toBeUndefined();
    expect(under('# base', 2)).toBeUndefined();
    expect(under('[metrics.cpu]', 3)).toBeUndefined();
  });
});

describe('numberBounds reads the schema’s limits for a path', () => {
  it('gives the limits the schema knows, and none for a bound known only while validating', () => {
    expect(numberBounds(['metrics', 'cpu', 'step_size'])).toMatchObject({ min: 0, minExclusive: true });
    expect(numberBounds(['metrics', 'cpu', 'noise_args', 'scale'])).toMatchObject({ min: 0 });
    expect(numberBounds(['anomalies', 'cpu', '0', 'recovery_time'])).toMatchObject({ min: 1, integer: true });
    expect(numberBounds(['anomalies', 'cpu', '0', 'recovery_time']).max).toBeUndefined();
    expect(numberBounds(['nowhere', 'x'])).toEqual({ integer: false });
  });
});
