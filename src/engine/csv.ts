import { ChunkWriter, decodeAll } from './chunkWriter.ts';
import type { GenerationResult } from './types.ts';

// metrics.csv (SPEC §4): a header of metric names in config order, then one row per sample.
// Lines end in "\n". A name that contains a comma, quote, line break or surrounding spaces is
// quoted as RFC 4180 says, so any name survives a CSV reader.

export function csvField(name: string): string {
  return /[",\r\n]|^\s|\s$/.test(name) ? `"${name.replaceAll('"', '""')}"` : name;
}

const COMMA = 44;
const NEWLINE = 10;

export function* csvChunks(result: GenerationResult, chunkSize?: number): Generator<Uint8Array> {
  const w = new ChunkWriter(chunkSize);
  w.text(result.metrics.map((m) => csvField(m.name)).join(',') + '\n');
  const columns = result.metrics.map((m) => m.values);
  const k = columns.length;
  for (let i = 0; i < result.numSamples; i++) {
    for (let j = 0; j < k; j++) {
      if (j > 0) w.byte(COMMA);
      w.number((columns[j] as Float64Array)[i] as number);
    }
    w.byte(NEWLINE);
    if (w.pending) yield* w.take();
  }
  w.flush();
  yield* w.take();
}

export function toCsv(result: GenerationResult): string {
  return decodeAll(csvChunks(result));
}
