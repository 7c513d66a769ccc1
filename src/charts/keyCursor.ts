// The keyboard cursor: the sample a focused chart points at, moved by keys and shown on every
// chart at once (frame/hoverCursor.ts' keyboard twin). It moves in samples, in steps of the visible
// range, not one drawn point per key: at 1,000,000 samples reduced to 2,000 points, a point is
// 500 samples.
import { sharedValue, useSharedValue } from './sharedValue.ts';

export interface KeyCursor {
  /** The sample index the cursor is on (a real sample, not a drawn point). */
  readonly sample: number;
}

/** Every chart reads the one cursor: there is one group of synced charts on the page. */
export const keyCursorStore = sharedValue<KeyCursor>((a, b) => a?.sample === b?.sample);

export function useKeyCursor(): KeyCursor | undefined {
  return useSharedValue(keyCursorStore);
}

/** The keys that move the cursor: Left/Right 1 % of the visible range, PageDown/PageUp 10 %, Home/End. */
export type CursorKey = 'ArrowLeft' | 'ArrowRight' | 'PageDown' | 'PageUp' | 'Home' | 'End';

export function isCursorKey(key: string): key is CursorKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'PageDown' || key === 'PageUp' || key === 'Home' || key === 'End';
}

/**
 * The samples a chart shows: the whole numbers inside its x domain (which is in samples), within
 * the series. Empty (lo > hi) when there is no sample to point at.
 */
export function visibleSamples(domain: readonly [number, number], numSamples: number): { readonly lo: number; readonly hi: number } {
  const lo = Math.max(0, Math.ceil(domain[0]));
  const hi = Math.min(numSamples - 1, Math.floor(domain[1]));
  return { lo, hi };
}

/**
 * Where `key` puts the cursor. Steps are a share of the visible range, at least one sample, so
 * 100 presses of Right cross any range; a cursor outside the range (after a zoom) starts from
 * the nearer end. Without a cursor yet, any key starts at the first sample, End at the last.
 * PageUp moves forward, as it raises a slider's value. Undefined when there is no sample.
 */
export function moveCursor(sample: number | undefined, key: CursorKey, range: { readonly lo: number; readonly hi: number }): number | undefined {
  const { lo, hi } = range;
  if (!(hi >= lo)) return undefined;
  if (key === 'Home') return lo;
  if (key === 'End') return hi;
  if (sample === undefined) return lo;
  const from = Math.min(hi, Math.max(lo, sample));
  const share = key === 'PageDown' || key === 'PageUp' ? 0.1 : 0.01;
  const step = Math.max(1, Math.round((hi - lo) * share));
  const forward = key === 'ArrowRight' || key === 'PageUp';
  return Math.min(hi, Math.max(lo, from + (forward ? step : -step)));
}

/** Index of the drawn point nearest `sample` in `xs` (ascending), the earlier on a tie; -1 when empty. */
export function nearestPoint(xs: Float64Array, sample: number): number {
  if (xs.length === 0 || !Number.isFinite(sample)) return -1;
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) < sample) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && sample - (xs[lo - 1] as number) <= (xs[lo] as number) - sample) return lo - 1;
  return lo;
}
