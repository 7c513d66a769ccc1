import type { GroundTruthWindow } from '../engine/index.ts';
import { fitYAxis, sampleAxis, type AxisScale } from '../charts/axisScale.ts';
import { formatIndex, formatTick } from '../charts/formatTick.ts';
import { timeAxis } from '../charts/timeTicks.ts';
import { labelWidth, stackLabels, windowBand, windowLabel } from '../charts/windowLabels.ts';
import type { MinMaxColumns } from './minMaxColumns.ts';

// metrics.svg (SPEC §11's plot): one panel per metric, stacked, sharing the x axis; each
// panel's anomaly windows shaded and labelled with their effect, its y axis fitted to its data,
// times on the x axis when there is a clock. The axes, tick labels and window labels come from
// the playground's own chart logic (src/charts), so the picture reads like the charts. Built
// as a string without a browser; every name and unit is escaped.

export interface PlotMetric {
  readonly name: string;
  readonly unit?: string;
  readonly windows: readonly GroundTruthWindow[];
  readonly columns: MinMaxColumns;
}

export interface PlotInput {
  readonly title: string;
  readonly subtitle: string;
  readonly numSamples: number;
  readonly clock: { readonly startMs: number; readonly intervalMs: number } | undefined;
  readonly metrics: readonly PlotMetric[];
}

export const PLOT_WIDTH = 1200;
const LEFT = 76;
const RIGHT = 24;
const TOP = 64;
/** A panel: its name line, the plot area, the x tick labels and a gap. */
const HEADER = 26;
const AREA = 150;
const PANEL = HEADER + AREA + 40;
const BOTTOM = 8;
/** Pixel columns of the plot area: the reduction's bucket count (one stroke per pixel). */
export const PLOT_COLUMNS = PLOT_WIDTH - LEFT - RIGHT;

const INK = '#1f2328';
const MUTED = '#59636e';
const GRID = '#d8dee4';
const LINE = '#0969da';
const SHADE = '#cf222e';

export function plotHeight(metrics: number): number {
  return TOP + Math.max(1, metrics) * PANEL + BOTTOM;
}

/** Text for XML: & < > " ' escaped, and characters XML 1.0 forbids dropped. */
export function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const px = (v: number) => (Math.round(v * 10) / 10).toString();

export function plotSvg(input: PlotInput): string {
  const height = plotHeight(input.metrics.length);
  const xAxis = input.clock ? timeAxis(input.numSamples, input.clock, 8) : sampleAxis(input.numSamples, 8);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PLOT_WIDTH}" height="${height}" viewBox="0 0 ${PLOT_WIDTH} ${height}" font-family="DejaVu Sans, Verdana, sans-serif">`,
    `<rect width="${PLOT_WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="28" font-size="20" font-weight="bold" fill="${INK}">${xmlText(input.title)}</text>`,
    `<text x="${LEFT}" y="50" font-size="13" fill="${MUTED}">${xmlText(input.subtitle)}</text>`,
  ];
  input.metrics.forEach((m, k) => parts.push(panel(m, TOP + k * PANEL, xAxis, input.clock !== undefined)));
  parts.push('</svg>\n');
  return parts.join('\n');
}

function panel(m: PlotMetric, top: number, xAxis: AxisScale, clocked: boolean): string {
  const y0 = top + HEADER;
  const right = PLOT_WIDTH - RIGHT;
  const [d0, d1] = xAxis.domain;
  const x = (i: number) => LEFT + ((i - d0) / Math.max(1e-9, d1 - d0)) * (right - LEFT);
  const { min, max } = extent(m.columns);
  const yAxis = fitYAxis(min, max, 4);
  const [lo, hi] = yAxis.domain;
  const y = (v: number) => y0 + AREA - ((v - lo) / Math.max(1e-300, hi - lo)) * AREA;
  const out: string[] = [`<g class="panel" data-metric="${xmlText(m.name)}">`];
  const unit = m.unit ? ` <tspan fill="${MUTED}" font-weight="normal">(${xmlText(m.unit)})</tspan>` : '';
  out.push(`<text x="${LEFT}" y="${top + 18}" font-size="15" font-weight="bold" fill="${INK}">${xmlText(m.name)}${unit}</text>`);
  // Grid and y ticks.
  for (const t of yAxis.ticks) {
    const ty = px(y(t));
    out.push(`<line x1="${LEFT}" x2="${right}" y1="${ty}" y2="${ty}" stroke="${GRID}" stroke-width="1"/>`);
    out.push(`<text x="${LEFT - 6}" y="${ty}" dy="4" font-size="11" text-anchor="end" fill="${MUTED}">${xmlText(formatTick(t, yAxis.step))}</text>`);
  }
  // Anomaly windows: a shaded band each, its label above the line in lanes.
  const bands = m.windows.map((w) => windowBand(w, xAxis.domain));
  const labels = m.windows.map(windowLabel);
  const placed = stackLabels(bands.map((b, k) => ({ center: (x(b.x1) + x(b.x2)) / 2, width: labelWidth(labels[k] ?? '') })), LEFT, right);
  bands.forEach((b) => {
    const x1 = x(b.x1);
    const w = Math.max(1, x(b.x2) - x1);
    out.push(`<rect class="anomaly" x="${px(x1)}" y="${y0}" width="${px(w)}" height="${AREA}" fill="${SHADE}" fill-opacity="0.12" stroke="${SHADE}" stroke-opacity="0.5"/>`);
  });
  out.push(seriesPath(m.columns, x, y));
  placed.forEach((p, k) => {
    out.push(`<text class="anomaly-label" x="${px(p.x)}" y="${y0 + 13 + 13 * Math.min(p.lane, 3)}" font-size="11" text-anchor="middle" fill="${SHADE}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${xmlText(labels[k] ?? '')}</text>`);
  });
  // Frame and x ticks.
  out.push(`<rect x="${LEFT}" y="${y0}" width="${right - LEFT}" height="${AREA}" fill="none" stroke="${MUTED}" stroke-width="1"/>`);
  for (const t of xAxis.ticks) {
    const tx = px(x(t));
    const label = xAxis.labels?.get(t) ?? (clocked ? '' : formatIndex(t));
    out.push(`<line x1="${tx}" x2="${tx}" y1="${y0 + AREA}" y2="${y0 + AREA + 4}" stroke="${MUTED}"/>`);
    out.push(`<text class="x-tick" x="${tx}" y="${y0 + AREA + 17}" font-size="11" text-anchor="middle" fill="${MUTED}">${xmlText(label)}</text>`);
  }
  out.push('</g>');
  return out.join('\n');
}

function extent(c: MinMaxColumns): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < c.count; i++) {
    const lo = c.min[i] as number;
    const hi = c.max[i] as number;
    if (lo < min) min = lo;
    if (hi > max) max = hi;
  }
  return min <= max ? { min, max } : { min: 0, max: 1 };
}

/** One path: per column a stroke from its min to its max; a column with no value breaks the line. */
function seriesPath(c: MinMaxColumns, x: (i: number) => number, y: (v: number) => number): string {
  const d: string[] = [];
  let pen = false;
  for (let i = 0; i < c.count; i++) {
    const lo = c.min[i] as number;
    if (Number.isNaN(lo)) {
      pen = false;
      continue;
    }
    const cx = px(x(c.centreOf(i)));
    d.push(`${pen ? 'L' : 'M'}${cx} ${px(y(lo))}`);
    const hi = c.max[i] as number;
    if (hi !== lo) d.push(`L${cx} ${px(y(hi))}`);
    pen = true;
  }
  return `<path class="series" d="${d.join('')}" fill="none" stroke="${LINE}" stroke-width="1.2" stroke-linejoin="round"/>`;
}
