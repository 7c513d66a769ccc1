import { decodeAll } from './chunkWriter.ts';
import { formatColumn, type ColumnText } from './columnText.ts';
import { plainDecimal } from './formatNumber.ts';
import type { AnomalyWindow, GenerationResult, SeedSource } from './types.ts';

// metrics.json (SPEC §4): the seed actually used and where it came from, num_samples, the
// metrics in config order with their values, and every anomaly window (first and last sample,
// inclusive). Metrics are an array, not an object, because JavaScript objects move
// integer-like keys ("404") to the front and the order is part of the contract. Each metric's
// values are its preformatted column text, handed on without a copy.

export interface JsonHead {
  readonly seed: number;
  readonly seedSource: SeedSource;
  readonly numSamples: number;
}

const encoder = new TextEncoder();

/** The JSON document around preformatted value columns; metrics[i] pairs with columns[i]. */
export function* jsonFromColumns(
  head: JsonHead,
  metrics: ReadonlyArray<{ readonly name: string; readonly anomaly: AnomalyWindow | undefined }>,
  columns: Iterable<ColumnText>,
): Generator<Uint8Array> {
  yield encoder.encode(
    `{\n  "seed": ${plainDecimal(head.seed)},\n  "seed_source": "${head.seedSource}",\n  "num_samples": ${head.numSamples},\n  "metrics": [\n`,
  );
  let j = 0;
  for (const column of columns) {
    const m = metrics[j];
    if (!m) throw new Error('more columns than metrics');
    yield encoder.encode(`    {"name": ${JSON.stringify(m.name)}, "values": [`);
    yield column.bytes;
    yield encoder.encode(j < metrics.length - 1 ? ']},\n' : ']}\n');
    j++;
  }
  const windows = metrics.flatMap((m) => (m.anomaly ? [{ name: m.name, a: m.anomaly }] : []));
  const lines = windows.map(
    ({ name, a }) =>
      `    {"metric": ${JSON.stringify(name)}, "first": ${a.first}, "last": ${a.last}, "pattern": "${a.pattern}", "factor": ${plainDecimal(a.factor)}}`,
  );
  yield encoder.encode(lines.length > 0 ? `  ],\n  "anomalies": [\n${lines.join(',\n')}\n  ]\n}\n` : '  ],\n  "anomalies": []\n}\n');
}

export function* jsonChunks(result: GenerationResult, columns?: readonly ColumnText[]): Generator<Uint8Array> {
  yield* jsonFromColumns(result, result.metrics, columns ?? result.metrics.map((m) => formatColumn(m.values)));
}

export function toJson(result: GenerationResult): string {
  return decodeAll(jsonChunks(result));
}
