import { resultBlocks } from './blocks.ts';
import { decodeAll } from './chunkWriter.ts';
import { ColumnFormatter, jsonPiece } from './columnText.ts';
import { STRETCH } from './generate.ts';
import { jsonDocument } from './json.ts';
import { csvBlockBytes, csvHeaderBytes } from './formats/csvFormat.ts';
import { resultDataset } from './formats/dataset.ts';
import type { GenerationResult } from './types.ts';

// metrics.csv and metrics.json of a generated result, as chunks that the caller may keep (the
// playground's downloads collect them as Blob parts): every chunk is a buffer of its own, no
// string ever holds a whole file (V8 strings stop at 2^29 − 24 characters). The CLI writes the
// same bytes from the same block writers (src/cli/writeDataset.ts).

export function* csvChunks(result: GenerationResult): Generator<Uint8Array> {
  // The registry's CSV writer's own bytes (csvFormat.ts), numpy mode's included (SPEC §12).
  const dataset = resultDataset(result);
  yield csvHeaderBytes(dataset);
  for (const block of resultBlocks(result)) yield csvBlockBytes(dataset, block);
}

/** One metric's column text, "v0,v1,…", a block at a time, each chunk a copy of its own. */
function* valueChunks(values: Float64Array, formatter: ColumnFormatter): Generator<Uint8Array> {
  for (let from = 0; from < values.length; from += STRETCH) {
    const to = Math.min(values.length, from + STRETCH);
    yield jsonPiece(formatter.format(values.subarray(from, to)), to === values.length).slice();
  }
}

export function* jsonChunks(result: GenerationResult): Generator<Uint8Array> {
  const formatter = new ColumnFormatter(STRETCH);
  yield* jsonDocument(result, result.metrics, result.metrics.map((m) => valueChunks(m.values, formatter)));
}

export function toCsv(result: GenerationResult): string {
  return decodeAll(csvChunks(result));
}

export function toJson(result: GenerationResult): string {
  return decodeAll(jsonChunks(result));
}
