// Outputs are built as a sequence of byte chunks, never one giant string: V8 strings stop at
// 2^29 − 24 characters, and 10 M samples × 4 metrics of CSV is ~400 MB. The CLI writes the
// chunks to a file as they come; the browser hands them to `new Blob(parts)`.
import { plainDecimal, writeRoundedAscii } from './formatNumber.ts';

const encoder = new TextEncoder();
/** Room reserved before writing one number (the fast path needs at most ~20 bytes). */
const NUMBER_ROOM = 24;

export class ChunkWriter {
  private buf: Uint8Array;
  private pos = 0;
  private done: Uint8Array[] = [];

  constructor(private readonly chunkSize = 1 << 20) {
    this.buf = new Uint8Array(chunkSize);
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = new Uint8Array(n);
  }

  /** Closes the current chunk. */
  flush(): void {
    if (this.pos === 0) return;
    // Hand the buffer over instead of copying it; a fresh one is a cheap zero-fill.
    this.done.push(this.buf.subarray(0, this.pos));
    this.buf = new Uint8Array(Math.max(this.chunkSize, this.buf.length));
    this.pos = 0;
  }

  /** Completed chunks since the last call. */
  take(): Uint8Array[] {
    const out = this.done;
    this.done = [];
    return out;
  }

  get pending(): boolean {
    return this.done.length > 0;
  }

  text(s: string): void {
    const bytes = encoder.encode(s);
    this.room(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.pos++] = b;
  }

  /** A value that went through round6 (fast path), or any finite number (fallback). */
  number(v: number): void {
    this.room(NUMBER_ROOM);
    const p = writeRoundedAscii(v, this.buf, this.pos);
    if (p >= 0) this.pos = p;
    else this.text(plainDecimal(v));
  }
}

/** Joins chunks into one string: for small outputs and tests only. */
export function decodeAll(chunks: Iterable<Uint8Array>): string {
  const decoder = new TextDecoder();
  let s = '';
  for (const c of chunks) s += decoder.decode(c, { stream: true });
  return s + decoder.decode();
}
