// The messages between the page and the engine worker. Requests are built by our own code and
// trusted; responses cross a thread boundary and are checked by `readResponse` before use
// (STYLE habit 1), so a malformed message is dropped instead of corrupting the store.
import type { DisplaySeries } from './display/displaySeries.ts';
import type { Diagnostic, SeedSource } from '../engine/index.ts';
import type { Clock } from './clockType.ts';
import { isClock, isDiagnostic, isDisplaySeries, isFiniteNumber, isNumpyMode, isRecord, isSampleRange, isSeedSource, isWithin } from './protocolChecks.ts';

/** A format of the engine's registry, by id (`csv`, `openmetrics`, …). */
export type FileFormat = string;

/** Which generated result a file or estimate is built from (see engineHost's kept result). */
export interface ResultRef {
  readonly text: string;
  readonly seed: number;
  readonly seedSource: SeedSource;
}

export type WorkerRequest =
  | { readonly type: 'run'; readonly id: number; readonly text: string }
  | { readonly type: 'estimate'; readonly id: number; readonly format: FileFormat; readonly ref: ResultRef }
  | { readonly type: 'build'; readonly id: number; readonly format: FileFormat; readonly ref: ResultRef }
  /** Builds the file a piece at a time: each 'chunk' waits for the page's 'ack' (backpressure). */
  | { readonly type: 'stream'; readonly id: number; readonly format: FileFormat; readonly ref: ResultRef }
  /** The page has written the last chunk of stream `id`; `stop` ends the stream (write failed). */
  | { readonly type: 'ack'; readonly id: number; readonly stop: boolean }
  /** Samples first…last of every metric of `ref`'s result, reduced for a zoomed chart (reduceRange). */
  | { readonly type: 'view'; readonly id: number; readonly ref: ResultRef; readonly first: number; readonly last: number };

export type { Clock } from './clockType.ts';

/** What one run produced: series only when the text has no error. */
export interface RunSummary {
  readonly elapsedMs: number;
  readonly seed: number;
  readonly seedSource: SeedSource;
  readonly numSamples: number;
  /** Undefined without `start`: the charts then show sample indices. */
  readonly clock: Clock | undefined;
  /** SPEC §12: present only in numpy mode (which has no clock; the Download menu says so). */
  readonly rng?: 'numpy';
}

export type WorkerResponse =
  | { readonly type: 'generated'; readonly id: number; readonly diagnostics: readonly Diagnostic[]; readonly series: readonly DisplaySeries[]; readonly summary: RunSummary }
  | { readonly type: 'invalid'; readonly id: number; readonly diagnostics: readonly Diagnostic[]; readonly elapsedMs: number }
  /** The text of run `id` is valid and generating: its diagnostics now, not after a long run. */
  | { readonly type: 'checked'; readonly id: number; readonly diagnostics: readonly Diagnostic[] }
  | { readonly type: 'progress'; readonly id: number; readonly fraction: number }
  | { readonly type: 'estimate'; readonly id: number; readonly bytes: number }
  | { readonly type: 'file'; readonly id: number; readonly blob: Blob }
  /** One piece of a streamed file (transferred, not copied); the worker waits for an ack. */
  | { readonly type: 'chunk'; readonly id: number; readonly bytes: ArrayBuffer; readonly fraction: number }
  /** A streamed file is complete: `bytes` in all. */
  | { readonly type: 'streamed'; readonly id: number; readonly bytes: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  /** The answer to a 'view': every metric's samples first…last, in config order. */
  | { readonly type: 'view'; readonly id: number; readonly first: number; readonly last: number; readonly series: readonly DisplaySeries[] };

/** Buffers to transfer with a response, so series cross the boundary without a copy. */
export function transferablesOf(response: WorkerResponse): Transferable[] {
  if (response.type === 'chunk') return [response.bytes];
  if (response.type !== 'generated' && response.type !== 'view') return [];
  return response.series.flatMap((s) => [s.x.buffer, s.y.buffer]);
}

/** Checks a message from the worker; undefined when it is not a well-formed response. */
export function readResponse(data: unknown): WorkerResponse | undefined {
  if (!isRecord(data) || typeof data.id !== 'number' || !Number.isInteger(data.id)) return undefined;
  const id = data.id;
  switch (data.type) {
    case 'generated': {
      const { diagnostics, series, summary } = data;
      if (!isDiagnosticList(diagnostics) || !Array.isArray(series) || !series.every(isDisplaySeries)) return undefined;
      if (!isRecord(summary) || !isFiniteNumber(summary.elapsedMs) || !isFiniteNumber(summary.seed)) return undefined;
      if (!isSeedSource(summary.seedSource) || !isFiniteNumber(summary.numSamples)) return undefined;
      if (summary.clock !== undefined && !isClock(summary.clock)) return undefined;
      if (summary.rng !== undefined && !isNumpyMode(summary.rng)) return undefined;
      const clock = summary.clock === undefined ? undefined : { startMs: summary.clock.startMs, intervalMs: summary.clock.intervalMs };
      const s: RunSummary = { elapsedMs: summary.elapsedMs, seed: summary.seed, seedSource: summary.seedSource, numSamples: summary.numSamples, clock, ...(summary.rng && { rng: summary.rng }) };
      return { type: 'generated', id, diagnostics, series, summary: s };
    }
    case 'invalid':
      if (!isDiagnosticList(data.diagnostics) || !isFiniteNumber(data.elapsedMs)) return undefined;
      return { type: 'invalid', id, diagnostics: data.diagnostics, elapsedMs: data.elapsedMs };
    case 'checked':
      return isDiagnosticList(data.diagnostics) ? { type: 'checked', id, diagnostics: data.diagnostics } : undefined;
    case 'progress':
      return isFiniteNumber(data.fraction) ? { type: 'progress', id, fraction: Math.min(1, Math.max(0, data.fraction)) } : undefined;
    case 'estimate':
      return isFiniteNumber(data.bytes) && data.bytes >= 0 ? { type: 'estimate', id, bytes: data.bytes } : undefined;
    case 'file':
      return typeof Blob !== 'undefined' && data.blob instanceof Blob ? { type: 'file', id, blob: data.blob } : undefined;
    case 'chunk':
      if (!(data.bytes instanceof ArrayBuffer) || !isFiniteNumber(data.fraction)) return undefined;
      return { type: 'chunk', id, bytes: data.bytes, fraction: Math.min(1, Math.max(0, data.fraction)) };
    case 'streamed':
      return isFiniteNumber(data.bytes) && data.bytes >= 0 ? { type: 'streamed', id, bytes: data.bytes } : undefined;
    case 'failed':
      return typeof data.message === 'string' ? { type: 'failed', id, message: data.message } : undefined;
    case 'view': {
      const { first, last, series } = data;
      if (!isSampleRange(first, last)) return undefined;
      const end = last as number; // checked with first
      if (!Array.isArray(series) || !series.every((s) => isDisplaySeries(s) && isWithin(s, first, end))) return undefined;
      return { type: 'view', id, first, last: end, series };
    }
    default:
      return undefined;
  }
}

function isDiagnosticList(x: unknown): x is Diagnostic[] {
  return Array.isArray(x) && x.every(isDiagnostic);
}
