import { describe, expect, it } from 'vitest';
import { typeaheadMatch } from './menuTypeahead.ts';

const labels = ['config', 'cpu-spike', 'error-rate-jump', 'memory-leak', 'Memory-leak-restart', 'pod-crash'];

describe('typeaheadMatch', () => {
  it('moves to the next item starting with the letter, cycling on the same letter', () => {
    expect(typeaheadMatch(labels, 0, 'm')).toBe(3);
    expect(typeaheadMatch(labels, 3, 'm')).toBe(4); // case is ignored
    expect(typeaheadMatch(labels, 4, 'm')).toBe(3); // wraps around
    expect(typeaheadMatch(labels, 0, 'c')).toBe(1);
    expect(typeaheadMatch(labels, 1, 'cc')).toBe(0); // one letter typed twice still cycles
  });

  it('matches a longer word from the current item on', () => {
    expect(typeaheadMatch(labels, 1, 'cp')).toBe(1);
    expect(typeaheadMatch(labels, 0, 'memory-leak-')).toBe(4);
    expect(typeaheadMatch(labels, -1, 'po')).toBe(5);
  });

  it('finds nothing for letters no item starts with', () => {
    expect(typeaheadMatch(labels, 2, 'z')).toBe(-1);
    expect(typeaheadMatch(labels, 2, '')).toBe(-1);
    expect(typeaheadMatch([], 0, 'c')).toBe(-1);
  });
});
