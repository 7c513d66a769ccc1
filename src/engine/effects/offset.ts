import { responseOf } from '../patterns.ts';
import type { EffectPatternSpec } from '../types.ts';
import { windowed, type Effect } from './effect.ts';

/** `offset` (SPEC §9): x[at + k] ← x[at + k] + delta · r[k]; it moves a metric whose base is 0. */
export function offsetEffect(spec: { readonly at: number; readonly recoveryTime: number; readonly delta: number; readonly pattern: EffectPatternSpec }): Effect {
  const { at, recoveryTime, delta } = spec;
  const response = responseOf(spec.pattern, recoveryTime);
  return windowed(at, recoveryTime, (x, j, k0, n) => {
    const r = response(k0, n);
    for (let k = 0; k < n; k++) x[j + k] = (x[j + k] as number) + delta * (r[k] as number);
  });
}
