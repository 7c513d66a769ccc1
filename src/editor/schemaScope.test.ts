import { describe, expect, it } from 'vitest';
import { anomalyNames, metricNames, noiseOf, scopeOf } from './schemaScope.ts';

describe('scopeOf', () => {
  it('maps table paths to KEY_DOCS scopes', () => {
    expect(scopeOf([])).toBe('root');
    expect(scopeOf(['general'])).toBe('general');
    expect(scopeOf(['metrics', 'cpu'])).toBe('metric');
    expect(scopeOf(['metrics', 'cpu', 'noise_args'])).toBe('noise_args');
    expect(scopeOf(['anomalies', 'cpu'])).toBe('anomaly');
    expect(scopeOf(['anomalies', 'cpu', 'pattern_args'])).toBe('pattern_args');
  });
  it('has no scope for paths the schema does not have', () => {
    expect(scopeOf(['metrics'])).toBeUndefined();
    expect(scopeOf(['metrics', 'cpu', 'pattern_args'])).toBeUndefined();
    expect(scopeOf(['general', 'x'])).toBeUndefined();
    expect(scopeOf(['metrics', 'cpu', 'noise_args', 'x'])).toBeUndefined();
  });
});

describe('document facts on text being edited', () => {
  const text = '[general]\nnum_samples = \n\n[metrics.cpu]\nvalue = 1 +\nnoise = "laplace"\n[metrics."disk io"]\n[metrics.cpu.noise_args]\n[anomalies.cpu]\n[anomalies.';
  it('lists metric names even while the text does not parse', () => {
    expect(metricNames(text)).toEqual(['cpu', 'disk io']);
    expect(anomalyNames(text)).toEqual(['cpu']);
  });
  it('finds the distribution a metric uses, and none for a metric without noise', () => {
    expect(noiseOf(text, 'cpu')).toBe('laplace');
    expect(noiseOf(text, 'disk io')).toBeUndefined();
    expect(noiseOf('[metrics.a]\nnoise = "brownian"', 'a')).toBeUndefined();
  });
});
