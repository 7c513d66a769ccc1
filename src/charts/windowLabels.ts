import { assertNever, type GroundTruthWindow } from '../engine/index.ts';
import { formatValue } from './formatTick.ts';

// What the chart writes on each anomaly window, and where: overlapping or close windows get
// their labels stacked in lanes so no two labels share a pixel.

/** "scale ×1.3", "offset +5", "offset −2.5", "noise ×3", "flatline", "missing". */
export function windowLabel(w: GroundTruthWindow): string {
  switch (w.effect) {
    case 'scale':
    case 'noise':
      return `${w.effect} ×${formatValue(w.factor)}`;
    case 'offset':
      // a real minus sign, as the scale's × is a real times sign
      return `offset ${w.delta < 0 ? '−' : '+'}${formatValue(Math.abs(w.delta))}`;
    case 'flatline':
    case 'missing':
      return w.effect;
    default:
      return assertNever(w);
  }
}

/** The label and how the window evolves: "scale ×1.3 (exponential)"; flatline and missing have no pattern. */
export function windowDescription(w: GroundTruthWindow): string {
  return 'pattern' in w ? `${windowLabel(w)} (${w.pattern})` : windowLabel(w);
}

/**
 * The x-range to shade for a window: its first to last sample. A one-sample window would
 * have no width, so it is widened by half a sample each way, within the axis domain.
 */
export function windowBand(w: { readonly first: number; readonly last: number }, domain: readonly [number, number]): { readonly x1: number; readonly x2: number } {
  if (w.last > w.first) return { x1: w.first, x2: w.last };
  return { x1: Math.max(domain[0], w.first - 0.5), x2: Math.min(domain[1], w.last + 0.5) };
}

/** Pixels per character of an 11 px label, a little generous (labels are short ASCII words and digits). */
export const LABEL_CHAR_PX = 6.5;

/** A label's width in pixels, estimated from its length (measuring text would force a layout). */
export function labelWidth(text: string): number {
  return text.length * LABEL_CHAR_PX + 4;
}

export interface PlacedLabel {
  /** Centre of the label, kept inside [lo, hi] when it fits. */
  readonly x: number;
  /** 0 for the first row; a label goes to the first row where it clears every label by `gap`. */
  readonly lane: number;
}

/**
 * Places labels centred on their windows (`center`, pixels) along one line from lo to hi:
 * each is moved inward just enough to stay within [lo, hi], then put in the lowest lane where
 * it does not come within `gap` pixels of a label already there. Labels are taken from left
 * to right, so the result does not depend on the order of the windows in the file.
 */
export function stackLabels(items: readonly { readonly center: number; readonly width: number }[], lo: number, hi: number, gap = 6): PlacedLabel[] {
  const placed = items.map(({ center, width }) => {
    const half = width / 2;
    const x = hi - lo < width ? (lo + hi) / 2 : Math.min(hi - half, Math.max(lo + half, center));
    return { x, left: x - half, right: x + half };
  });
  const order = placed.map((_, k) => k).sort((a, b) => (placed[a] as { left: number }).left - (placed[b] as { left: number }).left || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(items.length).fill(0);
  for (const k of order) {
    const p = placed[k] as { left: number; right: number };
    let lane = laneEnds.findIndex((end) => end + gap <= p.left);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = p.right;
    lanes[k] = lane;
  }
  return placed.map((p, k) => ({ x: p.x, lane: lanes[k] as number }));
}
