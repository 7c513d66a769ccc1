// How tall each chart's plot is: fitted to the preview pane, or a size the user picked. Every
// chart has the same height, so a slot's height is known before its chart is drawn (the
// virtualised list's placeholders keep the scrollbar true).

export type ChartSize = 'fit' | 'S' | 'M' | 'L';
export const CHART_SIZES: readonly ChartSize[] = ['fit', 'S', 'M', 'L'];

/** Plot heights in px for the fixed sizes; M is the height the charts had before sizes existed. */
export const SIZE_PX: Readonly<Record<Exclude<ChartSize, 'fit'>, number>> = { S: 110, M: 190, L: 300 };

/** Fit never goes below this: a shorter plot cannot show its ticks and anomaly labels. */
export const FIT_MIN_PX = 110;
/** Fit never goes above this: one metric alone is not stretched into a wall. */
export const FIT_MAX_PX = 420;

/**
 * A chart's figure around its plot: padding and border (18 px) and its one-line head (22 px).
 * charts.css keeps these fixed, so every figure is exactly this much taller than its plot.
 */
export const FIGURE_CHROME_PX = 40;
/** The space between two charts. */
export const GAP_PX = 12;
/** Everything of a chart's slot in the list that is not the plot: its figure and the gap after it. */
export const SLOT_CHROME_PX = FIGURE_CHROME_PX + GAP_PX;

/**
 * The plot height for `size`. For 'fit', the height at which `count` charts fill `availablePx`
 * (the scroll area's inner height), clamped to [FIT_MIN_PX, FIT_MAX_PX]. Before the pane is
 * measured (availablePx 0) it is M, unless even `boundPx` (what the pane cannot exceed: the
 * window's height) would give the minimum: then it is the minimum already, and a list of 500
 * charts is not laid out at M first and again at the minimum once measured.
 */
export function plotHeight(size: ChartSize, count: number, availablePx: number, boundPx = 0): number {
  if (size !== 'fit') return SIZE_PX[size];
  if (count <= 0) return SIZE_PX.M;
  if (availablePx <= 0) return boundPx > 0 && fitted(count, boundPx) === FIT_MIN_PX ? FIT_MIN_PX : SIZE_PX.M;
  return fitted(count, availablePx);
}

function fitted(count: number, availablePx: number): number {
  // The last chart has no gap after it.
  const each = Math.floor((availablePx + GAP_PX) / count) - SLOT_CHROME_PX;
  return Math.min(FIT_MAX_PX, Math.max(FIT_MIN_PX, each));
}

/** The height of one chart's figure (and of the placeholder standing in for it) for a plot of `plotPx`. */
export function figureHeight(plotPx: number): number {
  return plotPx + FIGURE_CHROME_PX;
}
