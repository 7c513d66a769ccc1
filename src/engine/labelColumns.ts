import { COLUMN_SLACK, type ColumnText } from './columnText.ts';
import type { GroundTruthWindow } from './types.ts';

// The CSV's 0/1 label columns (SPEC §10): 1 where a sample is inside a window, whatever the
// window's effect (a missing sample inside its window is labelled 1 too).

const ZERO = 48;
const ONE = 49;
const COMMA = 44;

/** One label column per list of windows, a block of rows at a time. */
export class LabelColumns {
  private readonly bufs: Uint8Array[];
  private lengths: Uint16Array;

  constructor(private readonly windows: readonly (readonly GroundTruthWindow[])[], expected: number) {
    this.bufs = windows.map(() => new Uint8Array(2 * expected + COLUMN_SLACK));
    this.lengths = new Uint16Array(expected).fill(1);
  }

  /** Rows from .. from + rows − 1, one ColumnText per list; valid until the next call. */
  format(from: number, rows: number): ColumnText[] {
    if (this.lengths.length < rows) this.lengths = new Uint16Array(rows).fill(1);
    const lengths = this.lengths.subarray(0, rows);
    const to = from + rows; // exclusive
    return this.windows.map((list, j) => {
      let buf = this.bufs[j] as Uint8Array;
      if (buf.length < 2 * rows + COLUMN_SLACK) this.bufs[j] = buf = new Uint8Array(2 * rows + COLUMN_SLACK);
      for (let i = 0; i < rows; i++) {
        buf[2 * i] = ZERO;
        buf[2 * i + 1] = COMMA;
      }
      for (const w of list) {
        const lo = Math.max(from, w.first);
        const hi = Math.min(to, w.last + 1);
        for (let i = lo; i < hi; i++) buf[2 * (i - from)] = ONE;
      }
      return { bytes: buf.subarray(0, 2 * rows - 1), lengths };
    });
  }
}
