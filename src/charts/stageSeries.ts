import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { sameNumbers, sameSeries } from './sameSeries.ts';

// The charts take a new run one metric at a time. A chart redraws in one uninterruptible
// piece of work; a dozen at once made one long task that froze typing. These pure steps decide what the panel shows after each slot (see frameSlots.ts).

/**
 * The next thing to show on the way from `shown` to `target`: charts of metrics that are gone
 * are dropped, charts whose data did not change keep their old series object (so their
 * memoised component does not re-render), and exactly one metric that is new or changed (the
 * first in config order) takes its new series. The result is in target order.
 *
 * A changed metric whose sample indices are the same as before (an edit of its values, the
 * usual case) keeps its old `x` array, so what depends on `x` alone is not recomputed.
 */
export function nextStage(shown: readonly DisplaySeries[], target: readonly DisplaySeries[]): readonly DisplaySeries[] {
  const byName = new Map(shown.map((s) => [s.name, s]));
  const next: DisplaySeries[] = [];
  let adopted = false;
  for (const t of target) {
    const old = byName.get(t.name);
    if (old !== undefined && sameSeries(old, t)) next.push(old);
    else if (!adopted) {
      next.push(old !== undefined && old.x !== t.x && sameNumbers(old.x, t.x) ? { ...t, x: old.x } : t);
      adopted = true;
    } else if (old !== undefined) next.push(old);
    // else: a new metric waits for a later slot to mount.
  }
  return next;
}

/** True when `shown` draws exactly what `target` holds, metric for metric and in order. */
export function caughtUp(shown: readonly DisplaySeries[], target: readonly DisplaySeries[]): boolean {
  if (shown.length !== target.length) return false;
  for (let k = 0; k < target.length; k++) {
    if (!sameSeries(shown[k] as DisplaySeries, target[k] as DisplaySeries)) return false;
  }
  return true;
}
