import { formatCount, plainDecimal } from '../engine/index.ts';

// Number formatting for chart labels. Axis ticks are compact (1.2k, 2.5M) with just the
// digits the tick spacing needs, small values stay plain decimals (0.00612, never 6.12e-3),
// and the tooltip shows a sample's value exactly as the CSV writes it.

const UNITS: readonly (readonly [number, string])[] = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];
const MAX_DECIMALS = 12;

/** Decimals needed to write r (a positive "nice" step) exactly, up to MAX_DECIMALS. */
function decimalsOf(r: number): number {
  for (let d = 0; d < MAX_DECIMALS; d++) {
    const scaled = r * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, scaled)) return d;
  }
  return MAX_DECIMALS;
}

function trimZeros(text: string): string {
  const t = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return t === '-0' ? '0' : t;
}

/**
 * An axis label for `value` on an axis whose ticks are `step` apart: a k/M/G/T suffix from
 * 1,000 up, as many decimals as the step has (so ticks 0.0075 apart read 0.0075, 0.015), no
 * trailing zeros.
 */
export function formatTick(value: number, step: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  let unit = 1;
  let suffix = '';
  for (const [u, s] of UNITS) {
    if (abs >= u) {
      unit = u;
      suffix = s;
      break;
    }
  }
  const r = (step > 0 && Number.isFinite(step) ? step : abs || 1) / unit;
  const d = Math.min(MAX_DECIMALS, decimalsOf(r));
  const text = trimZeros((value / unit).toFixed(d));
  return text === '0' ? '0' : text + suffix;
}

/** A sample's value in full, as the CSV has it (the engine's plain-decimal writer). */
export function formatValue(value: number): string {
  return plainDecimal(value);
}

/** A sample index with thousands separators: 1,234,567. */
export function formatIndex(index: number): string {
  return formatCount(index);
}

// Creating an Intl.NumberFormat costs far more than using one; one per precision is kept.
const rangeFormats = new Map<number, Intl.NumberFormat>();
function rangeFormat(decimals: number): Intl.NumberFormat {
  let f = rangeFormats.get(decimals);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals });
    rangeFormats.set(decimals, f);
  }
  return f;
}

/**
 * "min – max" of a series, rounded to about three digits of its spread so the caption stays
 * short (58.2 – 79.6, 1,934.3 – 2,041.9, 0.00584 – 0.0125).
 */
export function formatRange(min: number, max: number): string {
  const spread = max - min || Math.abs(max) || 1;
  const decimals = Math.max(0, Math.min(MAX_DECIMALS, Math.ceil(2 - Math.log10(spread))));
  const f = rangeFormat(decimals);
  return min === max ? f.format(min) : `${f.format(min)} – ${f.format(max)}`;
}
