import { describe, expect, it } from 'vitest';
import { firstSlots } from './useMountedSlots.ts';
import { VISIBLE_MARGIN_PX } from './useVisibleCharts.ts';

describe('firstSlots', () => {
  it('covers the window and the drawing margin on both sides of it', () => {
    const slot = 162; // a minimum-height chart and the gap after it
    const n = firstSlots(slot, 900);
    expect(n * slot).toBeGreaterThanOrEqual(900 + 2 * VISIBLE_MARGIN_PX);
    expect((n - 1) * slot).toBeLessThan(900 + 2 * VISIBLE_MARGIN_PX);
  });

  it('is at least one slot, whatever it is given', () => {
    expect(firstSlots(100_000, 0)).toBe(1);
    expect(firstSlots(0, 900)).toBeGreaterThanOrEqual(1);
  });
});
