import { plainDecimal } from './formatNumber.ts';
import type { AnomalyWindow, SeedSource } from './types.ts';

// metrics.json (SPEC §4): the seed actually used and where it came from, num_samples, the
// metrics in config order with their values, and every anomaly window (first and last sample,
// inclusive). Metrics are an array, not an object, because JavaScript objects move
// integer-like keys ("404") to the front and the order is part of the contract. Each metric's
// values are preformatted column text, handed on without a copy, in one piece or in several.

export interface JsonHead {
  readonly seed: number;
  readonly seedSource: SeedSource;
  readonly numSamples: number;
}

const encoder = new TextEncoder();

/**
 * The JSON document around preformatted values: values[i] is metrics[i]'s column text
 * ("v0,v1,…"), as one chunk or several that join into it.
 */
export function* jsonDocument(
  head: JsonHead,
  metrics: ReadonlyArray<{ readonly name: string; readonly anomaly: AnomalyWindow | undefined }>,
  values: Iterable<Iterable<Uint8Array>>,
): Generator<Uint8Array> {
  yield encoder.encode(
    `{\n  "seed": ${plainDecimal(head.seed)},\n  "seed_source": "${head.seedSource}",\n  "num_samples": ${head.numSamples},\n  "metrics": [\n`,
  );
  let j = 0;
  for (const chunks of values) {
    const m = metrics[j];
    if (!m) throw new Error('more columns than metrics');
    yield encoder.encode(`    {"name": ${JSON.stringify(m.name)}, "values": [`);
    yield* chunks;
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
