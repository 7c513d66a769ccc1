import { COLUMN_SLACK, type ColumnText } from './columnText.ts';
import { isoFormatter } from './time/dateTime.ts';
import { assertNever, type Timeline, type TimeFormat } from './types.ts';

// The CSV's `timestamp` column (SPEC §10): sample i is at start + i · interval.

/** Epoch ms as seconds in plain decimal: 1772409600, or 1772409600.5 when it has milliseconds. */
export function unixSeconds(ms: number): string {
  const a = Math.abs(ms);
  const whole = Math.floor(a / 1000);
  const frac = a - whole * 1000;
  const text = frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(3, '0').replace(/0+$/, '')}`;
  return ms < 0 ? `-${text}` : text;
}

/** The text of sample i's time in `format`; the timeline must have a start. */
export function timeText(format: Exclude<TimeFormat, 'none'>, { startMs, intervalMs }: { readonly startMs: number; readonly intervalMs: number }): (i: number) => string {
  switch (format) {
    case 'iso': {
      const iso = isoFormatter(startMs, intervalMs);
      return (i) => iso(startMs + i * intervalMs);
    }
    case 'unix':
      return (i) => unixSeconds(startMs + i * intervalMs);
    case 'unix_ms':
      return (i) => String(startMs + i * intervalMs);
    default:
      return assertNever(format);
  }
}

/** Formats a block of rows' timestamps as column text, into buffers reused from call to call. */
export class TimeColumn {
  private buf: Uint8Array;
  private lengths: Uint16Array;
  private readonly text: (i: number) => string;

  constructor(format: Exclude<TimeFormat, 'none'>, timeline: Timeline, expected: number) {
    const { startMs, intervalMs } = timeline;
    if (startMs === undefined) throw new Error('a time column needs a start');
    this.text = timeText(format, { startMs, intervalMs });
    this.buf = new Uint8Array(Math.max(64, expected * 25 + COLUMN_SLACK));
    this.lengths = new Uint16Array(expected);
  }

  /** Rows from .. from + rows − 1; valid until the next call. */
  format(from: number, rows: number): ColumnText {
    if (this.lengths.length < rows) this.lengths = new Uint16Array(rows);
    let pos = 0;
    for (let i = 0; i < rows; i++) {
      const s = this.text(from + i);
      if (this.buf.length - pos < s.length + 1 + COLUMN_SLACK) this.grow(pos, s.length + 1 + COLUMN_SLACK);
      const buf = this.buf;
      for (let c = 0; c < s.length; c++) buf[pos + c] = s.charCodeAt(c); // ASCII: digits, -, :, T, Z, .
      pos += s.length;
      this.lengths[i] = s.length;
      buf[pos++] = 44;
    }
    return { bytes: this.buf.subarray(0, Math.max(0, pos - 1)), lengths: this.lengths.subarray(0, rows) };
  }

  private grow(used: number, bytes: number): void {
    const bigger = new Uint8Array(Math.ceil(this.buf.length * 1.5) + bytes);
    bigger.set(this.buf.subarray(0, used));
    this.buf = bigger;
  }
}
