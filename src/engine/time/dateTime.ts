import { TomlDate } from 'smol-toml';
import { ok, problem, type Checked } from './result.ts';

// The clock (SPEC §7): `start` is a TOML date-time. The engine keeps instants as epoch
// milliseconds (UTC), so there are no time zones, daylight saving or leap seconds to get wrong.

/**
 * Epoch milliseconds of a TOML date-time as smol-toml reads it (or a plain Date). Offset
 * date-times keep their offset (00:00:00+01:00 is 23:00Z the day before); local date-times and
 * local dates (midnight) are read as UTC, which smol-toml already does by parsing them with a
 * "Z". A local time alone (12:00:00) names no day and is a problem. Digits below a millisecond
 * are dropped, as Date keeps milliseconds only.
 */
export function epochMs(value: unknown): Checked<number> {
  if (!(value instanceof Date)) return problem('expected a TOML date-time such as 2026-03-02T00:00:00Z (written without quotes)');
  if (value instanceof TomlDate && value.isTime()) return problem(`${value.toISOString()} is a time of day without a date: write a date-time such as 2026-03-02T${value.toISOString().slice(0, 8)}Z`);
  const ms = value.getTime();
  if (Number.isNaN(ms)) return problem('expected a valid date-time such as 2026-03-02T00:00:00Z');
  return ok(ms);
}

/**
 * A formatter for the outputs' `iso` time column (SPEC §10): `2026-03-02T00:01:00Z`, with
 * milliseconds (`…:00.250Z`) only when the series needs them, i.e. when the start or the
 * interval is not a whole second; then every row has them, so the column has one shape.
 */
export function isoFormatter(startMs: number, intervalMs: number): (ms: number) => string {
  const millis = startMs % 1000 !== 0 || intervalMs % 1000 !== 0;
  return millis ? (ms) => new Date(ms).toISOString() : (ms) => `${new Date(ms).toISOString().slice(0, -5)}Z`;
}

/** Epoch ms of a date-time as written in TOML source (`2026-03-02T10:00:00Z`), for the editor's hover. */
export function epochMsOfText(text: string): Checked<number> {
  // smol-toml reads the source spellings (offset, local, with a space for T) the same way
  let date: TomlDate;
  try {
    date = new TomlDate(text);
  } catch {
    return problem('not a TOML date-time');
  }
  return epochMs(date);
}
