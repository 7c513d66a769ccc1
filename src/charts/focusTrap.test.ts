import { describe, expect, it } from 'vitest';
import { nextInRing } from './focusTrap.ts';

describe('nextInRing', () => {
  it('moves forward and wraps from the last to the first', () => {
    expect(nextInRing(4, 0, false)).toBe(1);
    expect(nextInRing(4, 3, false)).toBe(0);
  });
  it('moves backward and wraps from the first to the last', () => {
    expect(nextInRing(4, 2, true)).toBe(1);
    expect(nextInRing(4, 0, true)).toBe(3);
  });
  it('from outside the ring, enters at the first (Tab) or the last (Shift+Tab)', () => {
    expect(nextInRing(3, -1, false)).toBe(0);
    expect(nextInRing(3, -1, true)).toBe(2);
  });
  it('a single element keeps focus; an empty ring has nowhere to go', () => {
    expect(nextInRing(1, 0, false)).toBe(0);
    expect(nextInRing(1, 0, true)).toBe(0);
    expect(nextInRing(0, -1, false)).toBe(-1);
  });
});
