// The SVG path of a metric's line, in one pass over the typed arrays the worker sent. (When the
// charts were drawn with recharts, its <Line> — a point object per row, every x sorted to size
// a band, a getTotalLength() measurement per render — was a quarter of a chart's redraw.)

/** Where the plot sits inside the chart's SVG, in pixels (frame/plotArea.ts). */
export interface PlotBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Pixel position = offset + value · scale, per axis. */
export interface PlotMapping {
  readonly x0: number;
  readonly kx: number;
  readonly y0: number;
  readonly ky: number;
}

/**
 * The linear map that puts xDomain across the box's width and yDomain up its height (larger
 * values higher up). A degenerate domain (never produced by sampleAxis/fitYAxis) maps
 * everything to the middle of the box.
 */
export function plotMapping(xDomain: readonly [number, number], yDomain: readonly [number, number], box: PlotBox): PlotMapping {
  const xSpan = xDomain[1] - xDomain[0];
  const ySpan = yDomain[1] - yDomain[0];
  const kx = xSpan > 0 ? box.width / xSpan : 0;
  const ky = ySpan > 0 ? -box.height / ySpan : 0;
  const x0 = xSpan > 0 ? box.x - xDomain[0] * kx : box.x + box.width / 2;
  const y0 = ySpan > 0 ? box.y + box.height - yDomain[0] * ky : box.y + box.height / 2;
  return { x0, kx, y0, ky };
}

/**
 * "M x0,y0 L x1,y1 …" through the points (xs[j], ys[j]) under plotMapping. Coordinates keep
 * full precision, so any change in the data changes the path. No points give "".
 * A missing sample (NaN in ys) is a gap: the line stops before it and starts a new subpath
 * ("M") at the next present point. A present point alone between gaps would draw nothing, so
 * it gets a zero-length segment, which the line's round caps show as a dot.
 */
export function linePath(
  xs: Float64Array,
  ys: Float64Array,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
  box: PlotBox,
): string {
  const n = Math.min(xs.length, ys.length);
  const { x0, kx, y0, ky } = plotMapping(xDomain, yDomain, box);
  let d = '';
  /** Points in the current subpath; its first point, for a lone one's dot. */
  let run = 0;
  let first = '';
  for (let j = 0; j < n; j++) {
    const v = ys[j] as number;
    if (v !== v) {
      // NaN: end the current subpath
      if (run === 1) d += 'L' + first;
      run = 0;
      continue;
    }
    const p = x0 + (xs[j] as number) * kx + ',' + (y0 + v * ky);
    if (run === 0) first = p;
    d += (run === 0 ? 'M' : 'L') + p;
    run++;
  }
  if (run === 1) d += 'L' + first;
  return d;
}

/** Index of the value in the ascending array `xs` equal to `target`, else -1 (binary search). */
export function indexOfSample(xs: Float64Array, target: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = xs[mid] as number;
    if (v === target) return mid;
    if (v < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
