// Files are built from the engine's own chunk writers (csvChunks / jsonChunks), exactly as the
// CLI writes them, so a download and `npx chaosgen` output are byte-identical. The chunks are
// collected as Blob parts (buildFile), or handed out in batches to be written to disk by the page
// (streamPieces); the string never exists in one piece.
import { csvChunks, jsonChunks, type GenerationResult } from '../engine/index.ts';
import type { FileFormat } from './protocol.ts';

/** Fold collected chunks (one block of 16,384 rows each, a few hundred KB) into a Blob every so
 * often, so the browser can move them out of the JavaScript heap while a 400 MB file is being
 * written. */
const FOLD_EVERY = 64;
/** Rows read when estimating a file's size: enough for a stable mean, cheap at any size. */
const SAMPLE_ROWS = 2000;
const PROGRESS_EVERY_MS = 50;

export const MIME: Record<FileFormat, string> = { csv: 'text/csv', json: 'application/json' };

function chunksOf(result: GenerationResult, format: FileFormat): Generator<Uint8Array> {
  return format === 'csv' ? csvChunks(result) : jsonChunks(result);
}

function byteLength(chunks: Iterable<Uint8Array>): number {
  let n = 0;
  for (const c of chunks) n += c.length;
  return n;
}

/** The same result with every metric cut down to the given rows. */
function pick(result: GenerationResult, rows: readonly number[]): GenerationResult {
  return {
    ...result,
    numSamples: rows.length,
    metrics: result.metrics.map((m) => ({ ...m, values: Float64Array.from(rows, (i) => m.values[i] as number) })),
  };
}

/**
 * Expected size in bytes: the fixed part (header, metadata) plus the mean size of evenly spaced
 * sample rows times the number of rows. Exact when the series has at most SAMPLE_ROWS samples.
 */
export function estimateBytes(result: GenerationResult, format: FileFormat): number {
  const n = result.numSamples;
  if (n <= SAMPLE_ROWS) return byteLength(chunksOf(result, format));
  const rows = Array.from({ length: SAMPLE_ROWS }, (_, k) => Math.floor((k * n) / SAMPLE_ROWS));
  const fixed = byteLength(chunksOf(pick(result, []), format));
  const sampled = byteLength(chunksOf(pick(result, rows), format));
  return Math.round(fixed + ((sampled - fixed) * n) / SAMPLE_ROWS);
}

export function buildFile(result: GenerationResult, format: FileFormat, onProgress: (fraction: number) => void, now: () => number): Blob {
  const expected = Math.max(1, estimateBytes(result, format));
  let folded: Blob | undefined;
  let parts: BlobPart[] = [];
  let written = 0;
  let reported = now();
  for (const chunk of chunksOf(result, format)) {
    // The engine's chunks are views of plain ArrayBuffers, never a SharedArrayBuffer.
    parts.push(chunk as Uint8Array<ArrayBuffer>);
    written += chunk.length;
    if (parts.length >= FOLD_EVERY) {
      folded = new Blob(folded ? [folded, ...parts] : parts);
      parts = [];
    }
    if (now() - reported >= PROGRESS_EVERY_MS) {
      onProgress(Math.min(0.99, written / expected));
      reported = now();
    }
  }
  return new Blob(folded ? [folded, ...parts] : parts, { type: MIME[format] });
}

/** A streamed piece is at least this big (unless it is the last): one ack per MiB or so. */
export const STREAM_PIECE_BYTES = 1 << 20;

/**
 * The file as standalone ArrayBuffers of at least `minBytes` each (the last may be smaller), each
 * with the fraction of the expected size written so far. Every piece is a fresh copy, so it can be
 * transferred to the page without detaching a buffer the engine's writers might still use.
 */
export function* streamPieces(result: GenerationResult, format: FileFormat, minBytes = STREAM_PIECE_BYTES): Generator<{ bytes: ArrayBuffer; fraction: number }> {
  const expected = Math.max(1, estimateBytes(result, format));
  let pending: Uint8Array[] = [];
  let size = 0;
  let written = 0;
  const flush = (): { bytes: ArrayBuffer; fraction: number } => {
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of pending) {
      out.set(c, at);
      at += c.length;
    }
    written += size;
    pending = [];
    size = 0;
    return { bytes: out.buffer, fraction: Math.min(0.99, written / expected) };
  };
  for (const chunk of chunksOf(result, format)) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= minBytes) yield flush();
  }
  if (size > 0) yield flush();
}
