import type { Block } from '../blocks.ts';
import type { JsonHead } from '../json.ts';
import type { CsvLayout } from '../outputSettings.ts';
import { assertNever, type AnomalyWindow, type GroundTruthWindow } from '../types.ts';

// The interface every output format implements (SPEC §11). A format is one module exporting
// one OutputFormat, listed once in registry.ts; the CLI (--format), the worker's downloads and
// the playground's Download menu all loop over that list, so adding a format touches its own
// file and one line of the registry.
//
// A writer sees the dataset once, a block of rows at a time (blocks.ts), in order, and writes
// bytes as it goes: nothing may hold a whole file in memory (a CLI run may have 10^8 rows).
// Every method may be async (a writer may load a library on first use, or wait on its output);
// callers await each call before the next. The writer never touches files itself: it asks its
// context for named outputs, which the CLI stages on disk and the worker collects into a
// download, so both get the same bytes.

/** One metric as the writers know it. */
export interface DatasetMetric {
  readonly name: string;
  /** SPEC §8's free-text unit, when set. */
  readonly unit?: string;
  /** SPEC §11's per-metric `labels` (OpenMetrics labels), when set; in the file's key order. */
  readonly labels?: Readonly<Record<string, string>>;
  /** The §2 anomaly (metrics.json keeps reporting it); `windows` lists every anomaly. */
  readonly anomaly: AnomalyWindow | undefined;
  /** Every anomaly of the metric in file order: the ground truth. */
  readonly windows: readonly GroundTruthWindow[];
}

/** What a writer knows before the first block. */
export interface DatasetInfo {
  /** Seed, its source, num_samples and the clock (timeline.startMs undefined: no clock). */
  readonly head: JsonHead;
  /** In config order, the order of every output's columns. */
  readonly metrics: readonly DatasetMetric[];
  /** The CSV's extra columns (SPEC §10), already resolved with the CLI's overrides. */
  readonly layout: CsvLayout;
}

/** A file being written. `bytes` is only valid during the call: keep a copy, not the view. */
export interface OutputStream {
  write(bytes: Uint8Array): void | Promise<void>;
}

/**
 * Scratch storage the writer reads back before it ends (metrics.json lists one metric after
 * another, so it puts each block's values aside until the last block). On disk in the CLI, in
 * Blobs in the worker; gone when the writer ends.
 */
export interface Spool {
  /** Appends bytes (valid only during the call); the spool's length grows by bytes.length. */
  append(bytes: Uint8Array): void | Promise<void>;
  /** Bytes offset .. offset + length − 1 of what was appended, in pieces valid until the next. */
  read(offset: number, length: number): AsyncIterable<Uint8Array>;
}

export interface WriterContext {
  readonly dataset: DatasetInfo;
  /**
   * Opens one of the format's output files for writing, by its path relative to the output
   * folder, '/'-separated (`metrics.csv`, `nab/cpu.csv`). Each path is opened at most once;
   * for a `folder` layout every path starts with the folder's name.
   */
  open(path: string): OutputStream;
  /** A fresh spool. */
  spool(): Spool;
}

export interface FormatWriter {
  /** The next block of rows (from 0 up, none skipped). Its buffers are reused after the call. */
  block(block: Block): void | Promise<void>;
  /** After the last block: write what is left. Every output is complete when this resolves. */
  end(): void | Promise<void>;
}

/**
 * Where a format's bytes go, relative to the output folder:
 * - `file`: one file (the only layout `-o -` can write to standard output);
 * - `files`: several files side by side (e.g. a plot's metrics.svg and metrics.png);
 * - `folder`: a folder of files, replaced as a whole (NAB's `nab/`); the playground offers it
 *   as a .zip of the folder.
 */
export type FormatLayout =
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'files'; readonly names: readonly string[] }
  | { readonly kind: 'folder'; readonly name: string };

/** What is known of a format without its writer (its entry in catalog.ts): what the page needs. */
export interface FormatInfo {
  /** The word of `--format`, lower case: `csv`, `openmetrics`. */
  readonly id: string;
  /** How menus and messages name it: `CSV`, `OpenMetrics`. */
  readonly label: string;
  /** One line for the Download menu: what the format is for. */
  readonly description: string;
  /** The media type of its file (a `folder` layout's files; the playground's zip is application/zip). */
  readonly mediaType: string;
  readonly layout: FormatLayout;
  /**
   * Why this dataset cannot be written in this format (a sentence for the user, e.g. that it
   * needs `start`), or undefined when it can. Checked before anything is written.
   */
  cannot?(dataset: DatasetInfo): string | undefined;
}

/** A format: what the page knows of it and its writer. */
export interface OutputFormat extends FormatInfo {
  /** A writer for one dataset; may load what it needs first (dynamic import). */
  create(context: WriterContext): FormatWriter | Promise<FormatWriter>;
}

/** The top-level names a layout occupies in the output folder (`metrics.csv`, or `nab`). */
export function topLevelNames(layout: FormatLayout): readonly string[] {
  switch (layout.kind) {
    case 'file':
    case 'folder':
      return [layout.name];
    case 'files':
      return layout.names;
    default:
      return assertNever(layout);
  }
}
