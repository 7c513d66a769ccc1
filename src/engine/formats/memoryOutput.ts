import type { Block } from '../blocks.ts';
import type { DatasetInfo, OutputFormat, Spool, WriterContext } from './format.ts';
import { runWriters } from './runWriters.ts';

// A format's files collected in memory: for tests and small outputs only (a real download or
// CLI run streams; see src/worker/formatSinks.ts and src/cli/writeDataset.ts).

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function memorySpool(): Spool {
  const chunks: Uint8Array[] = [];
  let joined: Uint8Array | undefined;
  return {
    append(bytes) {
      chunks.push(bytes.slice());
      joined = undefined;
    },
    async *read(offset, length) {
      joined ??= concat(chunks);
      yield joined.subarray(offset, offset + length);
    },
  };
}

/** Every file the formats write, by path, in the order they were opened. */
export async function formatFiles(formats: readonly OutputFormat[], dataset: DatasetInfo, blocks: Iterable<Block>): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array[]>();
  const context = (): WriterContext => ({
    dataset,
    open(path) {
      if (files.has(path)) throw new Error(`${path} opened twice`);
      const chunks: Uint8Array[] = [];
      files.set(path, chunks);
      return { write: (bytes) => void chunks.push(bytes.slice()) };
    },
    spool: memorySpool,
  });
  await runWriters(formats, context, blocks);
  return new Map([...files].map(([path, chunks]) => [path, concat(chunks)]));
}
