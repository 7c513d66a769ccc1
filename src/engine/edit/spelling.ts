import { DURATION_UNITS, formatDuration } from '../time/duration.ts';

// New values written the way the user wrote the old ones: a sample count as an integer (with
// `_` between thousands when they used it), a duration as the shortest exact duration, a
// date-time in the same layout and offset.

/**
 * The shortest duration string that is exactly `ms`: "90m" rather than "1h30m", "1h" rather than
 * "60m". A single unit is used only with a number of at most two digits — "5h30m", not "330m",
 * which is shorter but has to be worked out — and the canonical spelling wins ties.
 */
export function shortestDuration(ms: number): string {
  let best = formatDuration(ms); // canonical, largest unit first
  for (const [unit, size] of DURATION_UNITS) {
    if (ms % size !== 0 || ms / size >= 100) continue;
    const one = `${ms / size}${unit}`;
    if (one.length < best.length) best = one;
  }
  return best;
}

/** `n` as a TOML integer, grouped by thousands with `_` when `old` used underscores. */
export function integerLike(n: number, old: string | undefined): string {
  const plain = String(n);
  if (old === undefined || !old.includes('_')) return plain;
  return plain.replace(/\B(?=(\d{3})+(?!\d))/g, '_');
}

// TOML date-times (and TOML 1.1's optional seconds): date, separator, time, fraction, offset
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:([Tt ])(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|[+-]\d{2}:\d{2})?)?$/;

export const isDateTimeToken = (token: string): boolean => DATE_TIME.test(token);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The instant `ms` (epoch milliseconds) written like `old`: the same separator, the same offset
 * (a local date-time stays local, read as UTC as the engine does), at least as many fraction
 * digits, seconds when old had them or the instant needs them. Undefined when old is not a
 * date-time or the instant falls outside years 0000–9999.
 */
export function dateTimeLike(ms: number, old: string): string | undefined {
  const m = DATE_TIME.exec(old);
  if (m === null) return undefined;
  const [, , , , sep = 'T', , , seconds, fraction = '', offset = ''] = m;
  const offsetMinutes = /^[+-]/.test(offset) ? (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) : 0;
  const d = new Date(ms + offsetMinutes * 60_000);
  const year = d.getUTCFullYear();
  if (Number.isNaN(year) || year < 0 || year > 9999) return undefined;
  const date = `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const millis = d.getUTCMilliseconds();
  const hasTime = m[4] !== undefined;
  if (!hasTime && ms % 86_400_000 === 0 && offset === '') return date; // a plain date is midnight
  const needed = millis === 0 ? 0 : pad(millis, 3).replace(/0+$/, '').length;
  const digits = Math.max(needed, fraction.length);
  const frac = digits === 0 ? '' : `.${(pad(millis, 3) + '0'.repeat(digits)).slice(0, digits)}`;
  // TOML 1.1 lets seconds be left out; keep them out only where the user did and they are zero
  const omitSeconds = hasTime && seconds === undefined && d.getUTCSeconds() === 0 && digits === 0;
  const secs = omitSeconds ? '' : `:${pad(d.getUTCSeconds())}${frac}`;
  return `${date}${sep}${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${secs}${offset}`;
}
