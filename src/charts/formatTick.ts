import { formatCount, groupThousands, plainDecimal } from '../engine/index.ts';

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

/**
 * `x` rounded to at most `decimals` decimals, trailing zeros dropped, thousands grouped: what
 * en-US Intl.NumberFormat with maximumFractionDigits writes, without creating one (the first
 * Intl object of a page loads locale data: tens of milliseconds on the first chart's render).
 */
function rounded(x: number, decimals: number): string {
  const fixed = x.toFixed(decimals); // exact decimal rounding, ties away from zero, as Intl's
  if (fixed.includes('e')) return String(x); // 1e21 and up; no chart reaches it
  return groupThousands(fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed);
}

/**
 * "min – max" of a series, rounded to about three digits of its spread so the caption stays
 * short (58.2 – 79.6, 1,934.3 – 2,041.9, 0.00584 – 0.0125).
 */
export function formatRange(min: number, max: number): string {
  const spread = max - min || Math.abs(max) || 1;
  const decimals = Math.max(0, Math.min(MAX_DECIMALS, Math.ceil(2 - Math.log10(spread))));
  return min === max ? rounded(min, decimals) : `${rounded(min, decimals)} – ${rounded(max, decimals)}`;
}
