import { ParquetWriter, type ColumnSource, type SchemaElement } from 'hyparquet-writer';
import { csvNames } from '../csvColumns.ts';
import type { CsvLayout } from '../outputSettings.ts';
import type { GroundTruthWindow, Timeline } from '../types.ts';
import { ChunkSink } from './chunkSink.ts';

// metrics.parquet (SPEC §11): the CSV's columns, typed. `timestamp` (when the CSV has one) is
// an INT64 TIMESTAMP(MILLIS, UTC), whatever text format the CSV uses; each metric is an
// optional DOUBLE whose missing samples are nulls; the label columns are INT32 0/1 as the
// CSV writes them. Rows are gathered into row groups of up to ROWS_PER_GROUP rows (fewer when
// many metrics would make one group large) and each group is encoded and handed to the sink
// as soon as it is full, so memory holds one row group, never the file. Loaded only through
// a dynamic import (parquetFormat.ts), so the playground's first load does not carry the library.

/** What the columns are: the same inputs as the CSV's (csvColumns.ts). */
export interface ParquetSource {
  readonly names: readonly string[];
  readonly layout: CsvLayout;
  readonly timeline: Timeline | undefined;
  /** Each metric's windows, in config order. */
  readonly windows: readonly (readonly GroundTruthWindow[])[];
}

/** The gathered values of a row group stay under this many bytes (8 per value). */
const GROUP_BYTES = 64 << 20;

/** Also in the file's footer: byte-identical files between the CLI and the playground need the same. */
const CREATED_BY = 'chaosgen (hyparquet-writer)';

export class ParquetStream {
  private readonly writer: ParquetWriter;
  private readonly columns: Float64Array[];
  private readonly labelLists: readonly (readonly GroundTruthWindow[])[];
  private readonly labelNames: readonly string[];
  private readonly time: { readonly startMs: number; readonly intervalMs: number } | undefined;
  private readonly groupRows: number;
  /** Rows gathered in the current group, and the index of its first row. */
  private filled = 0;
  private first = 0;

  constructor(
    private readonly source: ParquetSource,
    sink: (chunk: Uint8Array) => void,
    rowsPerGroup: number,
  ) {
    const { names, layout, timeline, windows } = source;
    const startMs = timeline?.startMs;
    this.time = layout.time !== 'none' && startMs !== undefined && timeline ? { startMs, intervalMs: timeline.intervalMs } : undefined;
    this.labelLists = layout.labels === 'per_metric' ? windows : layout.labels === 'any' ? [windows.flat()] : [];
    const all = csvNames(names, { time: this.time ? layout.time : 'none', labels: layout.labels });
    this.labelNames = all.slice(all.length - this.labelLists.length);
    const byMemory = Math.floor(GROUP_BYTES / (8 * Math.max(1, names.length + 1)));
    this.groupRows = Math.max(1, Math.min(rowsPerGroup, byMemory));
    this.columns = names.map(() => new Float64Array(this.groupRows));
    this.writer = new ParquetWriter({ writer: new ChunkSink(sink), schema: this.schema(), codec: 'SNAPPY', createdBy: CREATED_BY });
  }

  private schema(): SchemaElement[] {
    const fields: SchemaElement[] = [];
    if (this.time) {
      fields.push({
        name: 'timestamp',
        type: 'INT64',
        repetition_type: 'REQUIRED',
        logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
      });
    }
    for (const name of this.source.names) fields.push({ name, type: 'DOUBLE', repetition_type: 'OPTIONAL' });
    for (const name of this.labelNames) fields.push({ name, type: 'INT32', repetition_type: 'REQUIRED' });
    return [{ name: 'schema', num_children: fields.length }, ...fields];
  }

  /** Appends rows: values[j] holds metric j's next values (NaN where missing), all of one length. */
  write(values: readonly Float64Array[]): void {
    const rows = values[0]?.length ?? 0;
    let at = 0;
    while (at < rows) {
      const take = Math.min(rows - at, this.groupRows - this.filled);
      this.columns.forEach((c, j) => c.set((values[j] as Float64Array).subarray(at, at + take), this.filled));
      this.filled += take;
      at += take;
      if (this.filled === this.groupRows) this.flushGroup();
    }
  }

  /** Writes the last row group and the footer. */
  finish(): void {
    this.flushGroup();
    void this.writer.finish(); // synchronous: ChunkSink's finish is
  }

  private flushGroup(): void {
    const rows = this.filled;
    if (rows === 0) return;
    const data: ColumnSource[] = [];
    if (this.time) data.push({ name: 'timestamp', data: this.times(rows), encoding: 'DELTA_BINARY_PACKED' });
    this.source.names.forEach((name, j) => {
      data.push({ name, data: withNulls((this.columns[j] as Float64Array).subarray(0, rows)), encoding: 'PLAIN' });
    });
    this.labelNames.forEach((name, j) => data.push({ name, data: labels(this.labelLists[j] ?? [], this.first, rows) }));
    void this.writer.write({ columnData: data, rowGroupSize: rows }); // synchronous: ChunkSink has no async flush
    this.first += rows;
    this.filled = 0;
  }

  private times(rows: number): BigInt64Array {
    const { startMs, intervalMs } = this.time as { startMs: number; intervalMs: number };
    const out = new BigInt64Array(rows);
    for (let i = 0; i < rows; i++) out[i] = BigInt(startMs + (this.first + i) * intervalMs);
    return out;
  }
}

/** The values as they are when none is missing, else an array with null for each NaN. */
function withNulls(values: Float64Array): Float64Array | (number | null)[] {
  if (!values.some(Number.isNaN)) return values;
  return Array.from(values, (v) => (Number.isNaN(v) ? null : v));
}

/** 1 for rows from .. from + rows − 1 inside one of the windows, else 0 (SPEC §10's labels). */
function labels(windows: readonly GroundTruthWindow[], from: number, rows: number): Int32Array {
  const out = new Int32Array(rows);
  for (const w of windows) {
    const lo = Math.max(from, w.first);
    const hi = Math.min(from + rows, w.last + 1);
    if (lo < hi) out.fill(1, lo - from, hi - from);
  }
  return out;
}
