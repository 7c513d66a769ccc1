import type { EffectPatternSpec } from '../types.ts';
import type { Effect } from './effect.ts';
import { scaleEffect } from './scale.ts';

/**
 * `noise` (SPEC §9), a change of variance: the (smoothed) noise sample at + k is multiplied by
 * 1 + (f − 1) · r[k]. The arithmetic is `scale`'s; what differs is where the pipeline applies
 * it: to the noise before it is added, not to the signal. On a metric without noise it does
 * nothing.
 */
export function noiseScaleEffect(spec: { readonly at: number; readonly recoveryTime: number; readonly factor: number; readonly pattern: EffectPatternSpec }): Effect {
  return scaleEffect(spec);
}
