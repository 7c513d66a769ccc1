import { describe, expect, it } from 'vitest';
import { isScrubbable, scrubbedLiteral, stepsFor } from './scrubValue.ts';

const free = {} as const;

describe('scrubbing a number literal', () => {
  it('steps by the literal’s own precision and keeps its decimals', () => {
    expect(scrubbedLiteral('60', 3, free)).toBe('63');
    expect(scrubbedLiteral('0.5', 2, free)).toBe('0.7');
    expect(scrubbedLiteral('0.25', -30, free)).toBe('-0.05');
    expect(scrubbedLiteral('1.00', 1, free)).toBe('1.01');
    expect(scrubbedLiteral('1_000', 1, free)).toBe('1001');
    expect(scrubbedLiteral('+3', -1, free)).toBe('+2');
  });
  it('clamps to the schema’s bounds', () => {
    expect(scrubbedLiteral('2', -10, { min: 0 })).toBe('0');
    expect(scrubbedLiteral('0.3', -10, { min: 0, minExclusive: true })).toBe('0.1');
    expect(scrubbedLiteral('9', 5, { max: 10 })).toBe('10');
  });
  it('leaves alone what is not a plain decimal', () => {
    for (const s of ['1e3', '0x1F', 'inf', 'nan', '"5"', '2026-03-02']) {
      expect(isScrubbable(s)).toBe(false);
      expect(scrubbedLiteral(s, 1, free)).toBeUndefined();
    }
  });
  it('a longer drag is worth more steps per pixel', () => {
    expect(stepsFor(0)).toBe(0);
    expect(stepsFor(8)).toBe(2);
    expect(stepsFor(-8)).toBe(-2);
    expect(stepsFor(100)).toBe(25);
    expect(stepsFor(300)).toBeGreaterThan(3 * stepsFor(100));
  });
});
