import { plainDecimal } from './formatNumber.ts';
import { isoFormatter } from './time/dateTime.ts';
import { formatDuration } from './time/duration.ts';
import type { AnomalyWindow, GroundTruthWindow, SeedSource, Timeline } from './types.ts';
import { windowsOf } from './windows.ts';

// metrics.json (SPEC §4): the seed actually used and where it came from, num_samples, the
// metrics in config order with their values, and every anomaly window (first and last sample,
// inclusive). Metrics are an array, not an object, because JavaScript objects move
// integer-like keys ("404") to the front and the order is part of the contract. Each metric's
// values are preformatted column text, handed on without a copy, in one piece or in several;
// a missing value is `null` (jsonPiece). With a timeline (SPEC §10) the head carries `start`,
// `interval` and `interval_ms`, and every window its `first_time` and `last_time`.

export interface JsonHead {
  /** SPEC §12: recorded as "rng": "numpy"; absent in the default mode (its JSON is unchanged). */
  readonly rng?: 'numpy';
  readonly seed: number;
  readonly seedSource: SeedSource;
  readonly numSamples: number;
  readonly timeline?: Timeline;
}

/** A metric as the JSON describes it: its windows, or else its §2 anomaly (a scale effect). */
export interface JsonMetric {
  readonly name: string;
  readonly anomaly: AnomalyWindow | undefined;
  readonly windows?: readonly GroundTruthWindow[];
}

const encoder = new TextEncoder();

/** The fixed text of the JSON document around its values, for writers that stream them. */
export interface JsonParts {
  /** Everything before the first metric's values. */
  readonly head: Uint8Array;
  /** Before metric j's values. */
  open(j: number): Uint8Array;
  /** After metric j's values. */
  close(j: number): Uint8Array;
  /** Everything after the last metric's values: the anomalies. */
  readonly tail: Uint8Array;
}

export function jsonParts(head: JsonHead, metrics: readonly JsonMetric[]): JsonParts {
  const { timeline } = head;
  const iso = timeline?.startMs === undefined ? undefined : clockOf(timeline.startMs, timeline.intervalMs);
  const clock = timeline
    ? `${iso ? `  "start": "${iso(0)}",\n` : ''}  "interval": "${formatDuration(timeline.intervalMs)}",\n  "interval_ms": ${timeline.intervalMs},\n`
    : '';
  const lines = metrics.flatMap(windowsOf).map((w) => `    {${windowFields(w, iso)}}`);
  return {
    head: encoder.encode(`{\n${head.rng ? `  "rng": "${head.rng}",\n` : ''}  "seed": ${plainDecimal(head.seed)},\n  "seed_source": "${head.seedSource}",\n  "num_samples": ${head.numSamples},\n${clock}  "metrics": [\n`),
    open: (j) => encoder.encode(`    {"name": ${JSON.stringify(metrics[j]?.name)}, "values": [`),
    close: (j) => encoder.encode(j < metrics.length - 1 ? ']},\n' : ']}\n'),
    tail: encoder.encode(lines.length > 0 ? `  ],\n  "anomalies": [\n${lines.join(',\n')}\n  ]\n}\n` : '  ],\n  "anomalies": []\n}\n'),
  };
}

/**
 * The JSON document around preformatted values: values[i] is metrics[i]'s column text
 * ("v0,v1,…"), as one chunk or several that join into it.
 */
export function* jsonDocument(
  head: JsonHead,
  metrics: readonly JsonMetric[],
  values: Iterable<Iterable<Uint8Array>>,
): Generator<Uint8Array> {
  const parts = jsonParts(head, metrics);
  yield parts.head;
  let j = 0;
  for (const chunks of values) {
    if (j >= metrics.length) throw new Error('more columns than metrics');
    yield parts.open(j);
    yield* chunks;
    yield parts.close(j);
    j++;
  }
  yield parts.tail;
}

/** ISO time of sample i. */
function clockOf(startMs: number, intervalMs: number): (i: number) => string {
  const iso = isoFormatter(startMs, intervalMs);
  return (i) => iso(startMs + i * intervalMs);
}

function windowFields(w: GroundTruthWindow, iso: ((i: number) => string) | undefined): string {
  let text = `"metric": ${JSON.stringify(w.metric)}, "first": ${w.first}, "last": ${w.last}, "effect": "${w.effect}"`;
  if ('pattern' in w) text += `, "pattern": "${w.pattern}"`;
  if ('factor' in w) text += `, "factor": ${plainDecimal(w.factor)}`;
  if ('delta' in w) text += `, "delta": ${plainDecimal(w.delta)}`;
  if (iso) text += `, "first_time": "${iso(w.first)}", "last_time": "${iso(w.last)}"`;
  return text;
}
