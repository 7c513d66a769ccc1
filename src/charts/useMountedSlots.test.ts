import { describe, expect, it } from 'vitest';
import { firstSlots, MOUNT_BATCH, slotsToMount } from './useMountedSlots.ts';
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
    expect(firstSlots(1_000_000, 900)).toBe(1);
  });
});

describe('slotsToMount', () => {
  it('lets in only the first slots until the charts in view are drawn', () => {
    expect(slotsToMount(500, 13, false)).toBe(13);
    expect(slotsToMount(10, 13, false)).toBe(10);
  });

  it('then grows by batches, and puts a list at most a batch short in whole', () => {
    expect(slotsToMount(500, 13, true)).toBe(13); // the rest come a batch per frame
    expect(slotsToMount(500, 413, true)).toBe(500);
    expect(slotsToMount(500, 500 - MOUNT_BATCH - 1, true)).toBe(500 - MOUNT_BATCH - 1);
    // a metric added to a list whose slots are all in: its slot comes in the same render
    expect(slotsToMount(10, 9, true)).toBe(10);
  });
});
