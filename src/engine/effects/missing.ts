import { windowed, type Effect } from './effect.ts';

/**
 * `missing` (SPEC §9): the window has no data. In the engine's Float64Array a missing sample is
 * NaN, the one value no other step produces (every input is finite); the writers turn it into
 * an empty CSV cell, `null` in JSON, no OpenMetrics sample and a gap in the chart. It is the
 * last step, so no arithmetic ever sees the NaN.
 */
export function missingEffect({ at, recoveryTime }: { readonly at: number; readonly recoveryTime: number }): Effect {
  return windowed(at, recoveryTime, (x, j, _k0, n) => void x.fill(Number.NaN, j, j + n));
}
