import type { Clock } from '../worker/protocol.ts';
import { niceStep, type AxisScale } from './axisScale.ts';

// The x axis of a series with a clock (SPEC §7): ticks on round UTC times, labelled the way a
// person reads a time axis — the date where it starts and where a day begins, the time of day
// elsewhere. The axis still counts in sample positions (what the chart's rows hold); a tick's
// position is (t − start) / interval, so it may fall between two samples.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/**
 * Tick spacings: 1/2/5 milliseconds below a second, then 1/5/15/30 s, 1/5/15/30 min,
 * 1/3/6/12 h, a day and a week (each divides the next larger unit evenly, so ticks stay on
 * round times), then 2, 4, 13 (a quarter), 26 and 52 weeks. Months and years are not even
 * lengths, so they are not used; beyond 52 weeks, 1/2/5 multiples of 52 weeks.
 */
export const TIME_STEPS: readonly number[] = [
  1, 2, 5, 10, 20, 50, 100, 200, 500,
  SECOND, 5 * SECOND, 15 * SECOND, 30 * SECOND,
  MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE,
  HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR,
  DAY, WEEK, 2 * WEEK, 4 * WEEK, 13 * WEEK, 26 * WEEK, 52 * WEEK,
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * Of the two steps around raw, the one nearer to it by ratio, so the tick count lands as near
 * the target as the steps allow (the rule of d3-scale's time ticks, tickInterval in
 * d3-time/src/ticks.js). Taking always the larger one gave a week of hourly samples a single
 * tick: a day was just too short, the next step was a week.
 */
function timeStep(raw: number): number {
  const last = TIME_STEPS[TIME_STEPS.length - 1] as number;
  if (!(raw > 1)) return 1;
  if (raw > last) return niceStep(raw / last, true) * last;
  const i = TIME_STEPS.findIndex((step) => step >= raw);
  const hi = TIME_STEPS[i] as number;
  const lo = TIME_STEPS[i - 1] ?? hi;
  return raw / lo < hi / raw ? lo : hi;
}

/**
 * The first tick time ≥ lo: a multiple of the step since the epoch (so 30 min ticks sit on
 * :00 and :30 UTC, 6 h ticks on 00:00, 06:00, …), except that week steps start on the first
 * Monday 00:00 UTC at or after lo (a multiple of 20 weeks since 1970 is no date anyone knows).
 */
function firstTick(lo: number, step: number): number {
  if (step < WEEK) return Math.ceil(lo / step) * step;
  const day = Math.ceil(lo / DAY) * DAY;
  // 1970-01-01 was a Thursday: day number d is a Monday when (d + 3) mod 7 = 0.
  const weekday = (((day / DAY + 3) % 7) + 7) % 7;
  return day + ((7 - weekday) % 7) * DAY;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * "Mar 2 14:30", "14:30", "Mar 3", "14:30:15", "14:30:15.250" (see timeAxis); a date in
 * another year than the tick before it says the year ("Jan 1 2027").
 */
function tickLabel(t: number, step: number, previous: number | undefined): string {
  const d = new Date(t);
  if (!Number.isFinite(d.getTime())) return '';
  const first = previous === undefined;
  const year = first || new Date(previous).getUTCFullYear() === d.getUTCFullYear() ? '' : ` ${d.getUTCFullYear()}`;
  const date = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}${year}`;
  if (step >= DAY || t % DAY === 0) return date;
  let time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (step < MINUTE) time += `:${pad(d.getUTCSeconds())}`;
  if (step < SECOND) time += `.${pad(d.getUTCMilliseconds(), 3)}`;
  return first ? `${date} ${time}` : time;
}

/**
 * The x axis of numSamples samples on `clock`: the domain of sampleAxis (0 … numSamples − 1),
 * about targetTicks ticks on round UTC times, and each tick's label. The first tick carries
 * the date, later ones only the time of day, except on midnight, which shows the new date;
 * with a step of a day or more every label is a date.
 */
export function timeAxis(numSamples: number, clock: Clock, targetTicks = 5): AxisScale {
  const last = Math.max(1, numSamples - 1);
  return timeAxisIn(0, last, clock, targetTicks, numSamples <= 1 ? 0 : last);
}

/**
 * The time axis of sample positions lo … hi (a zoomed chart, or the whole series from
 * timeAxis): ticks about (hi − lo) / targetTicks apart on round UTC times, none past tickHi.
 */
export function timeAxisIn(lo: number, hi: number, clock: Clock, targetTicks = 5, tickHi = hi): AxisScale {
  const { startMs, intervalMs } = clock;
  const step = timeStep(((hi - lo) * intervalMs) / targetTicks);
  const ticks: number[] = [];
  const labels = new Map<number, string>();
  // The cap only guards against a clock the engine never produces; fitted axes have ≤ 10 ticks.
  let previous: number | undefined;
  const lastTime = startMs + tickHi * intervalMs;
  for (let t = firstTick(startMs + lo * intervalMs, step); t <= lastTime && ticks.length < 100; t += step) {
    const position = (t - startMs) / intervalMs;
    labels.set(position, tickLabel(t, step, previous));
    ticks.push(position);
    previous = t;
  }
  return { domain: [lo, hi], ticks, step: step / intervalMs, labels };
}

/** A sample's time for the hover card: "2026-03-02 14:05:00 UTC", with milliseconds when asked. */
export function formatInstant(ms: number, withMs: boolean): string {
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return '';
  const iso = d.toISOString(); // 2026-03-02T14:05:00.000Z (a 5- or 6-digit year gets a sign)
  const at = iso.indexOf('T');
  return `${iso.slice(0, at)} ${iso.slice(at + 1, withMs ? -1 : -5)} UTC`;
}
