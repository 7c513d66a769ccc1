import type { Checker, Table } from '../checker.ts';
import { formatCount } from '../limits.ts';
import type { Values } from '../schema/walk.ts';
import { formatDuration } from '../time/duration.ts';
import { samplesInDuration } from '../time/samples.ts';
import type { RngMode, Timeline } from '../types.ts';

// [general]'s rules across keys (SPEC §7): exactly one of num_samples and duration; duration a
// whole number of intervals; the clock when start, interval or duration is written.

export interface General {
  /** SPEC §12's mode; 'chaosgen' when the key is absent. */
  readonly rng: RngMode;
  readonly numSamples: number | undefined;
  readonly seed: number | undefined;
  readonly intervalMs: number;
  readonly startMs: number | undefined;
  /** Present when the file sets start, interval or duration (and they are valid). */
  readonly timeline: Timeline | undefined;
  /** start or interval is written but wrong (reported here): what depends on it stays quiet. */
  readonly startInvalid: boolean;
  readonly intervalInvalid: boolean;
}

/** SPEC §7's default interval. */
export const DEFAULT_INTERVAL_MS = 1000;

export function general(c: Checker, t: Table, v: Values, maxSamples: number): General {
  const intervalMs = (v.get('interval') as number | undefined) ?? DEFAULT_INTERVAL_MS;
  const startMs = v.get('start') as number | undefined;
  let numSamples = v.get('num_samples') as number | undefined;
  const durationMs = v.get('duration') as number | undefined;
  if (t.num_samples !== undefined && t.duration !== undefined) {
    c.error(['general', 'duration'], 'key', 'give either `num_samples` or `duration`, not both: `duration` sets num_samples = duration / interval');
    numSamples = undefined;
  } else if (durationMs !== undefined && (t.interval === undefined || v.has('interval'))) {
    const n = samplesInDuration(durationMs, intervalMs);
    if (!n.ok) c.error(['general', 'duration'], 'value', n.message);
    else if (n.value > maxSamples) {
      c.error(['general', 'duration'], 'value', `\`duration\` ${formatDuration(durationMs)} is ${formatCount(n.value)} samples at an interval of ${formatDuration(intervalMs)}; at most ${formatCount(maxSamples)} are allowed: use a shorter duration or a longer interval`);
    } else numSamples = n.value;
  }
  const clock = t.start !== undefined || t.interval !== undefined || t.duration !== undefined;
  const startInvalid = t.start !== undefined && startMs === undefined;
  const intervalInvalid = t.interval !== undefined && !v.has('interval');
  const valid = !startInvalid && !intervalInvalid;
  return {
    rng: (v.get('rng') as RngMode | undefined) ?? 'chaosgen',
    startInvalid,
    intervalInvalid,
    numSamples,
    seed: v.get('seed') as number | undefined,
    intervalMs,
    startMs,
    timeline: clock && valid ? { startMs, intervalMs } : undefined,
  };
}
