import { PARQUET_INFO } from './catalog.ts';
import type { DatasetInfo, OutputFormat } from './format.ts';
import type { ParquetSource } from './parquet.ts';

// metrics.parquet in the registry. The writer and its library (parquet.ts, hyparquet-writer)
// are imported when a Parquet file is first asked for, never before: the playground's first
// load does not grow by the ~60 kB the library adds (docs/decisions.md, "Parquet").

/** Rows per row group: 1 Mi, as pyarrow writes by default (parquet.ts makes it smaller for wide datasets). */
export const ROWS_PER_GROUP = 1 << 20;

export function parquetSource({ metrics, layout, head }: DatasetInfo): ParquetSource {
  return { names: metrics.map((m) => m.name), layout, timeline: head.timeline, windows: metrics.map((m) => m.windows) };
}

/** The Parquet format with row groups of up to rowsPerGroup rows (tests use small ones). */
export function parquetFormatWith(rowsPerGroup: number): OutputFormat {
  return {
    ...PARQUET_INFO,
    async create({ dataset, open }) {
      const { ParquetStream } = await import('./parquet.ts');
      const out = open('metrics.parquet');
      // The stream's sink is synchronous; its chunks are written out (awaited) after each call.
      const ready: Uint8Array[] = [];
      const stream = new ParquetStream(parquetSource(dataset), (chunk) => ready.push(chunk), rowsPerGroup);
      const drain = async () => {
        for (let chunk = ready.shift(); chunk; chunk = ready.shift()) await out.write(chunk);
      };
      return {
        async block(block) {
          stream.write(block.values);
          await drain();
        },
        async end() {
          stream.finish();
          await drain();
        },
      };
    },
  };
}

export const parquetFormat: OutputFormat = parquetFormatWith(ROWS_PER_GROUP);
