import { formatDuration } from './duration.ts';
import { ok, problem, type Checked } from './result.ts';

// Turning durations into sample counts (SPEC §7), all in whole milliseconds so that every
// division is exact integer arithmetic (values stay below 2^53, see MAX_DURATION_MS).

/**
 * The number of samples nearest to `ms` at one sample every `intervalMs`. A tie (exactly half
 * an interval over) rounds up, as a person rounds: 90s at a 1m interval is 2 samples.
 */
export function samplesFromDuration(ms: number, intervalMs: number): number {
  if (!(Number.isSafeInteger(ms) && ms >= 0 && Number.isSafeInteger(intervalMs) && intervalMs >= 1)) {
    throw new RangeError(`samplesFromDuration needs whole milliseconds, got ${ms} and ${intervalMs}`);
  }
  const whole = Math.floor(ms / intervalMs);
  const rest = ms - whole * intervalMs;
  return 2 * rest >= intervalMs ? whole + 1 : whole;
}

/**
 * num_samples for `duration` (SPEC §7): it must be a whole number of intervals, at least one.
 * Otherwise the message names the two nearest durations that are.
 */
export function samplesInDuration(ms: number, intervalMs: number): Checked<number> {
  if (!(Number.isSafeInteger(ms) && ms >= 0 && Number.isSafeInteger(intervalMs) && intervalMs >= 1)) {
    throw new RangeError(`samplesInDuration needs whole milliseconds, got ${ms} and ${intervalMs}`);
  }
  const whole = Math.floor(ms / intervalMs);
  if (whole >= 1 && whole * intervalMs === ms) return ok(whole);
  const [a, b] = nearestWholeDurations(ms, intervalMs);
  const every = formatDuration(intervalMs);
  const what = ms < intervalMs ? `shorter than one interval (${every})` : `not a whole number of intervals (${every})`;
  return problem(`\`duration\` ${formatDuration(ms)} is ${what}; the nearest that are: "${a}" and "${b}"`);
}

/**
 * The two whole numbers of intervals (at least one) nearest to `ms`, as duration strings,
 * shorter first. Below one interval these are one and two intervals.
 */
export function nearestWholeDurations(ms: number, intervalMs: number): [string, string] {
  const below = Math.max(1, Math.floor(ms / intervalMs));
  return [formatDuration(below * intervalMs), formatDuration((below + 1) * intervalMs)];
}
