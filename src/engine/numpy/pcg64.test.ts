import { describe, expect, it } from 'vitest';
import { fixtureJson, list, num, str } from './fixtures.testutil.ts';
import { Pcg64 } from './pcg64.ts';
import { generateState, seedWords } from './seedSequence.ts';

const hex64 = (hi: number, lo: number) => hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
const streams = list(fixtureJson('streams.json'), 'streams');

describe('SeedSequence and PCG64 against NumPy', () => {
  it('covers seeds of one, two and more 32-bit words', () => {
    expect(streams.map((s) => seedWords(num(s, 'seed')).length)).toEqual(expect.arrayContaining([1, 2]));
  });

  it.each(streams.map((s) => [num(s, 'seed'), s] as const))('seed %d: generate_state(4, uint64)', (seed, s) => {
    const w = generateState(seed, 4);
    const words = [0, 1, 2, 3].map((k) => hex64(w[2 * k + 1] as number, w[2 * k] as number));
    expect(words).toEqual(s.state);
  });

  it.each(streams.map((s) => [num(s, 'seed'), s] as const))('seed %d: the raw uint64 stream', (seed, s) => {
    const raw = s.raw as unknown[];
    const g = new Pcg64(seed);
    const got = raw.map(() => {
      g.next();
      return hex64(g.hi, g.lo);
    });
    expect(got).toEqual(raw.map((_, i) => str({ v: raw[i] }, 'v')));
  });
});
