import { STRETCH } from '../generate.ts';
import { metricStream } from '../metricStream.ts';
import { resolveOutput } from '../outputSettings.ts';
import type { Config, GenerationResult } from '../types.ts';
import { anomalyWindows, windowsOf } from '../windows.ts';
import { ParquetStream, type ParquetSource } from './parquet.ts';

// metrics.parquet of a config (the CLI, generating as it writes) or of a result the playground
// holds, from the same ParquetStream, so that both give the same bytes. Each is a generator
// that writes one block of rows per step and yields the rows written so far: the CLI lets
// signal handlers run between steps, the worker reports progress.

export function parquetSourceOfConfig(config: Config): ParquetSource {
  return { names: config.metrics.map((m) => m.name), layout: resolveOutput(config), timeline: config.timeline, windows: config.metrics.map(anomalyWindows) };
}

export function parquetSourceOfResult(result: GenerationResult): ParquetSource {
  return { names: result.metrics.map((m) => m.name), layout: resolveOutput(result), timeline: result.timeline, windows: result.metrics.map(windowsOf) };
}

export function* parquetOfConfig(config: Config, seed: number, sink: (chunk: Uint8Array) => void, rowsPerGroup?: number): Generator<number> {
  const N = config.numSamples;
  const out = new ParquetStream(parquetSourceOfConfig(config), sink, rowsPerGroup);
  const streams = config.metrics.map((m) => metricStream(m, N, seed));
  const scratch = streams.map(() => new Float64Array(Math.min(STRETCH, N)));
  for (let from = 0; from < N; from += STRETCH) {
    const rows = Math.min(STRETCH, N - from);
    const values = scratch.map((s, j) => {
      const v = s.subarray(0, rows);
      streams[j]?.next(v);
      return v;
    });
    out.write(values);
    yield from + rows;
  }
  out.finish();
}

export function* parquetOfResult(result: GenerationResult, sink: (chunk: Uint8Array) => void, rowsPerGroup?: number): Generator<number> {
  const N = result.numSamples;
  const out = new ParquetStream(parquetSourceOfResult(result), sink, rowsPerGroup);
  for (let from = 0; from < N; from += STRETCH) {
    const to = Math.min(N, from + STRETCH);
    out.write(result.metrics.map((m) => m.values.subarray(from, to)));
    yield to;
  }
  out.finish();
}
