import { ChunkWriter, decodeAll } from './chunkWriter.ts';
import { plainDecimal } from './formatNumber.ts';
import type { GenerationResult } from './types.ts';

// metrics.json (SPEC §4): the seed actually used and where it came from, num_samples, the
// metrics in config order with their values, and every anomaly window (first and last sample,
// inclusive). Metrics are an array, not an object, because JavaScript objects move
// integer-like keys ("404") to the front and the order is part of the contract.

export function* jsonChunks(result: GenerationResult, chunkSize?: number): Generator<Uint8Array> {
  const w = new ChunkWriter(chunkSize);
  w.text(`{\n  "seed": ${plainDecimal(result.seed)},\n  "seed_source": "${result.seedSource}",\n`);
  w.text(`  "num_samples": ${result.numSamples},\n  "metrics": [\n`);
  for (const [j, m] of result.metrics.entries()) {
    w.text(`    {"name": ${JSON.stringify(m.name)}, "values": [`);
    const v = m.values;
    for (let i = 0; i < v.length; i++) {
      if (i > 0) w.byte(44);
      w.number(v[i] as number);
      if (w.pending) yield* w.take();
    }
    w.text(j < result.metrics.length - 1 ? ']},\n' : ']}\n');
  }
  w.text('  ],\n  "anomalies": [');
  const anomalies = result.metrics.flatMap((m) => (m.anomaly ? [{ name: m.name, a: m.anomaly }] : []));
  anomalies.forEach(({ name, a }, j) => {
    w.text(j === 0 ? '\n' : ',\n');
    w.text(
      `    {"metric": ${JSON.stringify(name)}, "first": ${a.first}, "last": ${a.last}, ` +
        `"pattern": "${a.pattern}", "factor": ${plainDecimal(a.factor)}}`,
    );
  });
  w.text(anomalies.length > 0 ? '\n  ]\n}\n' : ']\n}\n');
  w.flush();
  yield* w.take();
}

export function toJson(result: GenerationResult): string {
  return decodeAll(jsonChunks(result));
}
