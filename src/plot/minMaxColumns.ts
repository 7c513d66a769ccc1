// The plot's reduction: a series of any length to at most `buckets` columns, each holding the
// least and greatest value of its samples (NaN where all its samples are missing). Drawing a
// vertical stroke per column from min to max shows every spike a pixel could show, in time
// and memory that do not grow with the number of samples (the usual "min/max decimation" of
// time-series plotting). Samples arrive in order, a block at a time.

export class MinMaxColumns {
  readonly count: number;
  readonly min: Float64Array;
  readonly max: Float64Array;

  constructor(
    private readonly numSamples: number,
    buckets: number,
  ) {
    this.count = Math.max(1, Math.min(numSamples, buckets));
    this.min = new Float64Array(this.count).fill(Number.NaN);
    this.max = new Float64Array(this.count).fill(Number.NaN);
  }

  /** The column sample i falls in. */
  columnOf(i: number): number {
    return Math.min(this.count - 1, Math.floor((i * this.count) / Math.max(1, this.numSamples)));
  }

  /** The sample at the middle of column c, where its stroke is drawn. */
  centreOf(c: number): number {
    const first = Math.ceil((c * this.numSamples) / this.count);
    const last = Math.ceil(((c + 1) * this.numSamples) / this.count) - 1;
    return (first + Math.max(first, last)) / 2;
  }

  /** Samples from .. from + values.length − 1; NaN (missing) is skipped. */
  add(from: number, values: Float64Array): void {
    const { min, max } = this;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (Number.isNaN(v)) continue;
      const c = this.columnOf(from + i);
      const lo = min[c] as number;
      if (!(v >= lo)) min[c] = v; // also when lo is NaN: the column's first value
      const hi = max[c] as number;
      if (!(v <= hi)) max[c] = v;
    }
  }
}
