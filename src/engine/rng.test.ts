import { describe, expect, it } from 'vitest';
import { componentStream, streamFor, streamSeed } from './rng.ts';

const draws = (s: { int32(): number }, n = 8) => Array.from({ length: n }, () => s.int32());

describe('random streams per component (SPEC §9, docs/decisions.md)', () => {
  it('the noise keeps the derivation every existing dataset was made with', () => {
    expect(streamSeed(42, 'cpu_usage', 'noise')).toBe('chaosgen/1:42:cpu_usage');
    expect(draws(componentStream(42, 'cpu_usage', 'noise'))).toEqual(draws(streamFor(42, 'cpu_usage')));
  });

  it('a random walk draws from a stream of its own', () => {
    expect(streamSeed(42, 'cpu_usage', 'random_walk')).toBe('chaosgen/1/random_walk:42:cpu_usage');
    expect(draws(componentStream(42, 'cpu_usage', 'random_walk'))).not.toEqual(draws(streamFor(42, 'cpu_usage')));
  });

  it('no metric name makes one metric’s component share another’s stream', () => {
    // With `<name>:<component>` appended, metric "a"'s walk and metric "a:random_walk"'s noise
    // would be the same string.
    expect(streamSeed(7, 'a', 'random_walk')).not.toBe(streamSeed(7, 'a:random_walk', 'noise'));
    expect(streamSeed(7, 'random_walk:7:a', 'noise')).not.toBe(streamSeed(7, 'a', 'random_walk'));
    expect(draws(componentStream(7, 'a', 'random_walk'))).not.toEqual(draws(componentStream(7, 'a:random_walk', 'noise')));
  });
});
