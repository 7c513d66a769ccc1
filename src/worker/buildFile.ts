// Files are built with the engine's own format writers (the registry, engine/formats), exactly
// as the CLI writes them, so a download and `npx chaosgen` output are byte-identical. Writers
// push bytes into outputs collected as Blob parts (buildFile), or handed out in pieces to be
// written to disk by the page (streamFile); the file never exists as one string. A format laid
// out as several files (NAB's folder) becomes a ZIP of them (zip.ts).
import { formatById, resultDataset, resultBlocks, runWriters, topLevelNames, type GenerationResult, type OutputFormat, type OutputStream, type Spool } from '../engine/index.ts';
import type { FileFormat } from './protocol.ts';
import { crc32, zipParts, zipSize } from './zip.ts';

/** Fold collected chunks into a Blob every so often, so the browser can move them out of the
 * JavaScript heap while a 400 MB file is being written. */
const FOLD_EVERY = 64;
/** Rows read when estimating a file's size: enough for a stable mean, cheap at any size. */
const SAMPLE_ROWS = 2000;
const PROGRESS_EVERY_MS = 50;

export function formatOf(id: FileFormat): OutputFormat {
  const f = formatById(id);
  if (!f) throw new Error(`no format '${id}'`);
  return f;
}

/** What the download is: one file of the format's type, or a ZIP of its files. */
export function mediaTypeOf(format: OutputFormat): string {
  return format.layout.kind === 'file' ? format.mediaType : 'application/zip';
}

/** Bytes kept as Blob parts, folded every FOLD_EVERY writes; with their CRC-32 for a ZIP. */
class Collected implements OutputStream {
  private folded: Blob | undefined;
  private parts: Uint8Array<ArrayBuffer>[] = [];
  size = 0;
  crc = 0;
  constructor(
    private readonly withCrc: boolean,
    private readonly onBytes: (n: number) => void,
  ) {}
  write(bytes: Uint8Array): void {
    this.parts.push(bytes.slice()); // the writers reuse their buffers
    this.size += bytes.length;
    if (this.withCrc) this.crc = crc32(this.crc, bytes);
    if (this.parts.length >= FOLD_EVERY) this.blob();
    this.onBytes(bytes.length);
  }
  blob(type?: string): Blob {
    this.folded = new Blob(this.folded ? [this.folded, ...this.parts] : this.parts, type === undefined ? {} : { type });
    this.parts = [];
    return this.folded;
  }
}

/** A spool in Blobs: appended bytes are folded like a file's, read back a slice at a time. */
function blobSpool(): Spool {
  const store = new Collected(false, () => undefined);
  return {
    append: (bytes) => store.write(bytes),
    async *read(offset, length) {
      const blob = store.blob();
      for (let at = offset, end = offset + length; at < end; at += 1 << 20) {
        yield new Uint8Array(await blob.slice(at, Math.min(end, at + (1 << 20))).arrayBuffer());
      }
    },
  };
}

/** Runs the format's writer over the result; `open` receives each output path. */
async function write(result: GenerationResult, format: OutputFormat, open: (path: string) => OutputStream): Promise<void> {
  const dataset = resultDataset(result);
  const why = format.cannot?.(dataset);
  if (why !== undefined) throw new Error(why);
  await runWriters([format], () => ({ dataset, open, spool: blobSpool }), resultBlocks(result));
}

/** Every output of the format, collected. */
async function collect(result: GenerationResult, format: OutputFormat, onBytes: (n: number) => void): Promise<Map<string, Collected>> {
  const files = new Map<string, Collected>();
  await write(result, format, (path) => {
    const c = new Collected(format.layout.kind !== 'file', onBytes);
    files.set(path, c);
    return c;
  });
  return files;
}

function download(files: Map<string, Collected>, format: OutputFormat): Blob {
  if (format.layout.kind === 'file') {
    const only = files.get(format.layout.name);
    if (!only) throw new Error(`${format.label} wrote no ${format.layout.name}`);
    return only.blob(format.mediaType);
  }
  const entries = [...files].map(([path, c]) => ({ path, size: c.size, crc: c.crc, data: c.blob() }));
  return new Blob(zipParts(entries), { type: 'application/zip' });
}

/** The same result with every metric cut down to the given rows. */
function pick(result: GenerationResult, rows: readonly number[]): GenerationResult {
  return {
    ...result,
    numSamples: rows.length,
    metrics: result.metrics.map((m) => ({ ...m, values: Float64Array.from(rows, (i) => m.values[i] as number) })),
  };
}

async function sizeOf(result: GenerationResult, format: OutputFormat): Promise<number> {
  const files = await collect(result, format, () => undefined);
  if (format.layout.kind === 'file') return [...files.values()].reduce((n, c) => n + c.size, 0);
  return zipSize([...files].map(([path, c]) => ({ path, size: c.size })));
}

/**
 * Expected size in bytes: the fixed part (header, metadata) plus the mean size of evenly spaced
 * sample rows times the number of rows. Exact when the series has at most SAMPLE_ROWS samples.
 */
export async function estimateBytes(result: GenerationResult, id: FileFormat): Promise<number> {
  const format = formatOf(id);
  const n = result.numSamples;
  if (n <= SAMPLE_ROWS) return sizeOf(result, format);
  const rows = Array.from({ length: SAMPLE_ROWS }, (_, k) => Math.floor((k * n) / SAMPLE_ROWS));
  const fixed = await sizeOf(pick(result, []), format);
  const sampled = await sizeOf(pick(result, rows), format);
  return Math.round(fixed + ((sampled - fixed) * n) / SAMPLE_ROWS);
}

export async function buildFile(result: GenerationResult, id: FileFormat, onProgress: (fraction: number) => void, now: () => number): Promise<Blob> {
  const format = formatOf(id);
  const expected = Math.max(1, await estimateBytes(result, id));
  let written = 0;
  let reported = now();
  const files = await collect(result, format, (n) => {
    written += n;
    if (now() - reported >= PROGRESS_EVERY_MS) {
      onProgress(Math.min(0.99, written / expected));
      reported = now();
    }
  });
  return download(files, format);
}

/** A streamed piece is at least this big (unless it is the last): one ack per MiB or so. */
export const STREAM_PIECE_BYTES = 1 << 20;

/** Thrown through the writers when the page stops a stream (its write failed). */
export class StreamStopped extends Error {}

export interface Piece {
  readonly bytes: ArrayBuffer;
  readonly fraction: number;
}

/**
 * The file as standalone ArrayBuffers of at least `minBytes` each (the last may be smaller), each
 * with the fraction of the expected size written so far, handed to `send`, which resolves once
 * the page has written it (true: stop). Every piece is a fresh copy, so it can be transferred.
 * A single-file format streams as its writer runs; a folder is collected first, then its ZIP
 * streamed. Resolves with the bytes sent, or rejects with StreamStopped.
 */
export async function streamFile(result: GenerationResult, id: FileFormat, send: (piece: Piece) => Promise<boolean>, minBytes = STREAM_PIECE_BYTES): Promise<number> {
  const format = formatOf(id);
  const expected = Math.max(1, await estimateBytes(result, id));
  let pending: Uint8Array[] = [];
  let size = 0;
  let written = 0;
  const flush = async (): Promise<void> => {
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of pending) {
      out.set(c, at);
      at += c.length;
    }
    written += size;
    pending = [];
    size = 0;
    if (await send({ bytes: out.buffer, fraction: Math.min(0.99, written / expected) })) throw new StreamStopped();
  };
  const push = async (bytes: Uint8Array): Promise<void> => {
    pending.push(bytes.slice());
    size += bytes.length;
    if (size >= minBytes) await flush();
  };
  if (format.layout.kind === 'file') {
    const name = topLevelNames(format.layout)[0];
    await write(result, format, (path) => {
      if (path !== name) throw new Error(`${format.label} wrote ${path}`);
      return { write: push };
    });
  } else {
    const zip = download(await collect(result, format, () => undefined), format);
    for (let at = 0; at < zip.size; at += minBytes) await push(new Uint8Array(await zip.slice(at, at + minBytes).arrayBuffer()));
  }
  if (size > 0) await flush();
  return written;
}
