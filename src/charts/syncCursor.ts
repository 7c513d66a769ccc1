// Synchronised hover across charts. recharts' syncMethod="value" matches the hovered x label
// against the other charts' points by exact string equality, which fails once the worker has
// downsampled each metric differently (chart A kept sample 1,234, chart B kept 1,236). This
// method, passed as syncMethod, picks instead the point of the receiving chart whose sample
// index is nearest to the hovered one, so the cursor lines up on every chart at any size.

/** The parts of recharts' TickItem and MouseHandlerDataParam that are read here. */
export interface SyncTick {
  readonly value: unknown;
}
export interface SyncSource {
  readonly activeLabel: string | number | undefined;
}

/**
 * Index into `ticks` (ascending sample indices) of the one nearest the source chart's active
 * label, the lower on a tie; -1 when there is nothing to match, which hides the tooltip.
 */
export function nearestSampleTick(ticks: readonly SyncTick[], source: SyncSource): number {
  const target = Number(source.activeLabel);
  if (source.activeLabel === undefined || !Number.isFinite(target) || ticks.length === 0) return -1;
  let lo = 0;
  let hi = ticks.length - 1;
  // Binary search for the first tick ≥ target.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (Number((ticks[mid] as SyncTick).value) < target) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) {
    const before = Number((ticks[lo - 1] as SyncTick).value);
    const after = Number((ticks[lo] as SyncTick).value);
    if (target - before <= after - target) return lo - 1;
  }
  return lo;
}
