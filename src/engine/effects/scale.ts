import { applyAnomaly, responseOf } from '../patterns.ts';
import type { EffectPatternSpec } from '../types.ts';
import { windowed, type Effect } from './effect.ts';

/** `scale` (SPEC §2 step 2, §9): x[at + k] ← x[at + k] · (1 + (f − 1) · r[k]). */
export function scaleEffect(spec: { readonly at: number; readonly recoveryTime: number; readonly factor: number; readonly pattern: EffectPatternSpec }): Effect {
  const { at, recoveryTime, factor } = spec;
  const response = responseOf(spec.pattern, recoveryTime);
  return windowed(at, recoveryTime, (x, j, k0, n) => applyAnomaly(x, j, factor, response(k0, n)));
}
