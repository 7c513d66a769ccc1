// A reusable, growing byte buffer for writers that build a block's lines byte by byte.

export class ByteBuffer {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  /** Makes room for `more` bytes past the current length. */
  reserve(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + more));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }

  /** Appends bytes; the caller has reserved room. */
  put(src: Uint8Array): void {
    this.bytes.set(src, this.length);
    this.length += src.length;
  }

  /** Appends one byte; the caller has reserved room. */
  byte(b: number): void {
    this.bytes[this.length++] = b;
  }

  /** What was written since the last clear (a view, valid until the next write). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }
}
