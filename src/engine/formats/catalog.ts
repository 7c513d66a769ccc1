import type { DatasetInfo, FormatInfo } from './format.ts';
import { nameClash } from './openMetricsNames.ts';

// What is known of each output format without its writer: names, media type, layout and the
// check of whether a dataset can be written in it. The playground's page needs only this (its
// files are written in the worker), so the Download menu lists the formats without pulling a
// single writer into the page's first download; each format's module (csvFormat.ts, …) adds its
// writer to its entry here, and registry.ts lists the complete formats for the CLI and worker.

/** The clock's absence, said as the CLI and the Download menu say it. */
export const NEEDS_START = 'needs timestamps: set [general] start = 2026-03-02T00:00:00Z (or another date-time)';

/**
 * Why `format` (its label) cannot be written without a clock. numpy mode refuses `start`
 * (SPEC §12), so there the advice to set it would contradict the config's own error.
 */
export function needsStart(label: string, dataset: DatasetInfo): string {
  if (dataset.head.rng === 'numpy') return `${label} needs timestamps (a [general] start), which numpy mode does not have: it reproduces the original generate.py, whose configs had no clock`;
  return `${label} ${NEEDS_START}`;
}

/** A NAB metric's file name: letters, digits, `.`, `-` and `_` kept, anything else `_`. */
export function nabFileName(metric: string): string {
  return `${metric.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\./, '_')}.csv`;
}

const YEAR_10000 = 253_402_300_800_000;

function nabCannot(dataset: DatasetInfo): string | undefined {
  const t = dataset.head.timeline;
  if (t?.startMs === undefined) return needsStart('NAB', dataset);
  if (t.startMs % 1000 !== 0 || t.intervalMs % 1000 !== 0) return "NAB's timestamps are whole seconds: use a start and interval without milliseconds";
  const last = t.startMs + (dataset.head.numSamples - 1) * t.intervalMs;
  if (t.startMs < 0 || last >= YEAR_10000) return "NAB's timestamps are years 1970 to 9999";
  const seen = new Map<string, string>();
  for (const m of dataset.metrics) {
    const file = nabFileName(m.name);
    const other = seen.get(file.toLowerCase()); // a case-insensitive file system would merge them
    if (other !== undefined) return `metrics ${JSON.stringify(other)} and ${JSON.stringify(m.name)} would both be written to nab/${file}; rename one of them`;
    seen.set(file.toLowerCase(), m.name);
  }
  return undefined;
}

export const CSV_INFO: FormatInfo = {
  id: 'csv',
  label: 'CSV',
  description: 'one row per sample, one column per metric',
  mediaType: 'text/csv',
  layout: { kind: 'file', name: 'metrics.csv' },
};

export const JSON_INFO: FormatInfo = {
  id: 'json',
  label: 'JSON',
  description: 'the values with the seed and every anomaly window (the ground truth)',
  mediaType: 'application/json',
  layout: { kind: 'file', name: 'metrics.json' },
};

export const OPENMETRICS_INFO: FormatInfo = {
  id: 'openmetrics',
  label: 'OpenMetrics',
  description: 'for Prometheus: promtool tsdb create-blocks-from openmetrics',
  mediaType: 'application/openmetrics-text; version=1.0.0; charset=utf-8',
  layout: { kind: 'file', name: 'metrics.om' },
  cannot(dataset) {
    if (dataset.head.timeline?.startMs === undefined) return needsStart('OpenMetrics', dataset);
    return nameClash(dataset.metrics);
  },
};

export const NAB_INFO: FormatInfo = {
  id: 'nab',
  label: 'NAB',
  description: 'Numenta Anomaly Benchmark: a CSV per metric and labels/combined_windows.json',
  mediaType: 'text/csv',
  layout: { kind: 'folder', name: 'nab' },
  cannot: nabCannot,
};

export const PARQUET_INFO: FormatInfo = {
  id: 'parquet',
  label: 'Parquet',
  description: 'typed columns for pandas, pyarrow, Polars and DuckDB',
  mediaType: 'application/vnd.apache.parquet',
  layout: { kind: 'file', name: 'metrics.parquet' },
};

/** Every format, in the order menus and help list them (registry.ts's FORMATS follows it). */
export const FORMAT_INFO: readonly FormatInfo[] = [CSV_INFO, JSON_INFO, OPENMETRICS_INFO, NAB_INFO, PARQUET_INFO];

export function formatInfoById(id: string): FormatInfo | undefined {
  return FORMAT_INFO.find((f) => f.id === id);
}
