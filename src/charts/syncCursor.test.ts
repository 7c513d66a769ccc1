import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestSampleTick, type SyncTick } from './syncCursor.ts';

const ticks = (values: number[]): SyncTick[] => values.map((value) => ({ value }));

describe('nearestSampleTick', () => {
  const kept = ticks([0, 10, 35, 36, 90, 149]);

  it('lands on the same sample when the other chart kept it', () => {
    expect(nearestSampleTick(kept, { activeLabel: 35 })).toBe(2);
    expect(nearestSampleTick(kept, { activeLabel: '90' })).toBe(4);
  });

  it('lands on the nearest kept sample when the other chart downsampled differently', () => {
    expect(nearestSampleTick(kept, { activeLabel: 12 })).toBe(1);
    expect(nearestSampleTick(kept, { activeLabel: 30 })).toBe(2);
    expect(nearestSampleTick(kept, { activeLabel: 5 })).toBe(0);
    expect(nearestSampleTick(kept, { activeLabel: 1000 })).toBe(5);
    expect(nearestSampleTick(kept, { activeLabel: -3 })).toBe(0);
  });

  it('hides the cursor when there is nothing to match', () => {
    expect(nearestSampleTick(kept, { activeLabel: undefined })).toBe(-1);
    expect(nearestSampleTick(kept, { activeLabel: 'cpu' })).toBe(-1);
    expect(nearestSampleTick([], { activeLabel: 3 })).toBe(-1);
  });

  it('agrees with a linear scan for the nearest tick', () => {
    const sorted = fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 50 }).map((a) => a.sort((p, q) => p - q));
    fc.assert(
      fc.property(sorted, fc.integer({ min: -100, max: 10_100 }), (values, target) => {
        const j = nearestSampleTick(ticks(values), { activeLabel: target });
        const best = Math.min(...values.map((v) => Math.abs(v - target)));
        expect(Math.abs((values[j] as number) - target)).toBe(best);
      }),
    );
  });
});
