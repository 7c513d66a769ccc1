import { ByteWriter } from 'hyparquet-writer';

// hyparquet-writer writes into one ByteWriter that grows to the whole file. This one hands its
// bytes to a sink at the end of every row group (ParquetWriter calls flush) and whenever ~1 MB
// has gathered, as the library's own Node file writer does: it resets `index` and keeps
// `offset`, the file position the footer records, growing. Nothing in the writer reads back
// bytes it has already appended, so a flushed chunk is never needed again.

const CHUNK = 1 << 20;

export class ChunkSink extends ByteWriter {
  constructor(private readonly sink: (chunk: Uint8Array) => void) {
    super(CHUNK + 64 * 1024);
  }

  override ensure(size: number): void {
    if (this.index > CHUNK) this.flush();
    super.ensure(size);
  }

  override finish(): void {
    this.flush();
  }

  /** Each chunk is a copy of its own: the caller may keep it (the playground's Blob parts). */
  flush(): void {
    if (this.index === 0) return;
    this.sink(new Uint8Array(this.buffer, 0, this.index).slice());
    this.index = 0;
  }
}
