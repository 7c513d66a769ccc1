// How many of the list's slots are in the page. Creating and laying out 500 empty slots took
// about 150 ms before a 500-metric link could show its first chart, so the list starts with
// the slots that can be in view (plus the drawing margin) and, once the charts in view are
// drawn, adds the rest a batch per frame (frameSlots.ts paces it, a frame apart, like the
// charts' own redraws), one block of their height standing in for them until then.
import { useEffect, useState } from 'react';
import { requestSlot } from './frameSlots.ts';
import { VISIBLE_MARGIN_PX } from './useVisibleCharts.ts';

/** Slots added per frame: a hundred empty boxes take a few milliseconds to create and lay out. */
export const MOUNT_BATCH = 100;

/** The slots of `slotPx` each that fill the window and the drawing margin on both sides of it. */
export function firstSlots(slotPx: number, windowPx: number): number {
  return Math.max(1, Math.ceil((windowPx + 2 * VISIBLE_MARGIN_PX) / Math.max(1, slotPx)));
}

/**
 * The number of slots to put in the page, of `count`; `started` says the charts in view have
 * first been drawn (once true, it stays true: ChartsPanel keeps it), so the rest may follow.
 * Never goes down while the list lives: slots once added stay (a shorter list simply has fewer).
 */
export function useMountedSlots(count: number, slotPx: number, started: boolean): number {
  const [mounted, setMounted] = useState(() => firstSlots(slotPx, window.innerHeight));
  useEffect(() => {
    if (!started || mounted >= count) return;
    return requestSlot(() => setMounted((m) => m + MOUNT_BATCH));
  }, [started, mounted, count]);
  return slotsToMount(count, mounted, started);
}

/**
 * Of `count` slots, how many are in the page when `mounted` have been let in so far. Once the
 * first charts are drawn (`started`), a list that is at most a batch short is put in whole at
 * once: a metric the user just added gets its slot in the same render, so its chart can be
 * scrolled into view (useNewMetricInView) instead of arriving a frame later, unseen.
 */
export function slotsToMount(count: number, mounted: number, started: boolean): number {
  return started && count - mounted <= MOUNT_BATCH ? count : Math.min(mounted, count);
}
