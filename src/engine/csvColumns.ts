import { COLUMN_SLACK, type ColumnText } from './columnText.ts';
import { LabelColumns } from './labelColumns.ts';
import { plainLayout, type CsvLayout } from './outputSettings.ts';
import { TimeColumn } from './timeColumn.ts';
import type { GroundTruthWindow, Timeline } from './types.ts';

// The columns of metrics.csv around the values (SPEC §10): `timestamp` first, the labels after.
// A config that asks for neither gets no extra work at all: its blocks stitch the values'
// columns as they are.

/** A block's CSV columns from its values' columns (rows from .. from + rows − 1). */
export type CsvColumns = (from: number, rows: number, values: readonly ColumnText[]) => readonly ColumnText[];

export interface CsvSource {
  readonly layout: CsvLayout;
  readonly timeline: Timeline | undefined;
  /** Each metric's windows, in config order. */
  readonly windows: readonly (readonly GroundTruthWindow[])[];
}

/** Undefined when the CSV is the values alone (see quoteMissing for the one-column case). */
export function csvColumns({ layout, timeline, windows }: CsvSource, rowsPerBlock: number): CsvColumns | undefined {
  if (plainLayout(layout)) return windows.length === 1 ? oneColumn : undefined;
  const time = layout.time !== 'none' && timeline ? new TimeColumn(layout.time, timeline, rowsPerBlock) : undefined;
  const lists = layout.labels === 'per_metric' ? windows : layout.labels === 'any' ? [windows.flat()] : [];
  const labels = lists.length > 0 ? new LabelColumns(lists, rowsPerBlock) : undefined;
  return (from, rows, values) => [...(time ? [time.format(from, rows)] : []), ...values, ...(labels ? labels.format(from, rows) : [])];
}

/** The header's names: `timestamp`, the metrics, then `<metric>_is_anomaly` or `is_anomaly`. */
export function csvNames(names: readonly string[], layout: CsvLayout): string[] {
  const labels = layout.labels === 'per_metric' ? names.map((n) => `${n}_is_anomaly`) : layout.labels === 'any' ? ['is_anomaly'] : [];
  return [...(layout.time === 'none' ? [] : ['timestamp']), ...names, ...labels];
}

const oneColumn: CsvColumns = (_from, _rows, values) => {
  const only = values[0];
  return only?.hasMissing ? [quoteMissing(only)] : values;
};

const QUOTE = 34;

/**
 * A CSV of one column cannot write a missing value as an empty cell: the row would be a blank
 * line, which CSV readers skip (pandas by default), losing the row. There it is `""`, which
 * readers take for an empty value. A copy; only blocks with missing values pay for it.
 */
export function quoteMissing({ bytes, lengths }: ColumnText): ColumnText {
  let empty = 0;
  for (const n of lengths) if (n === 0) empty++;
  const out = new Uint8Array(bytes.length + 2 * empty + 1 + COLUMN_SLACK);
  const outLengths = new Uint16Array(lengths.length);
  let from = 0;
  let to = 0;
  for (let i = 0; i < lengths.length; i++) {
    const n = lengths[i] as number;
    if (n === 0) {
      out[to] = QUOTE;
      out[to + 1] = QUOTE;
    } else out.set(bytes.subarray(from, from + n), to);
    const written = n === 0 ? 2 : n;
    outLengths[i] = written;
    to += written;
    out[to++] = 44;
    from += n + 1;
  }
  return { bytes: out.subarray(0, Math.max(0, to - 1)), lengths: outLengths };
}
