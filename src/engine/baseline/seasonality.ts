import type { SeasonSpec } from '../types.ts';
import type { BaselineTerm } from './term.ts';

/** Waves up to this period (8 · 2^16 bytes each) keep a table of one period's values. */
const TABLE_MAX = 1 << 16;

/**
 * One wave, amplitude · sin(2π (i − phase) / period). The angle is taken from
 * k = (i − phase) mod period, an exact integer, rather than from i: the wave then repeats
 * exactly, bit for bit, every period, and the argument of sin stays below 2π however long
 * the series. One period's values are tabled when the period is short.
 */
function wave({ period: P, amplitude: A, phase }: SeasonSpec): BaselineTerm {
  if (!(Number.isSafeInteger(P) && P >= 1 && Number.isSafeInteger(phase) && Number.isFinite(A))) {
    throw new RangeError(`a seasonal wave needs an integer period ≥ 1, an integer phase and a finite amplitude, got ${P}, ${phase}, ${A}`);
  }
  const w = (2 * Math.PI) / P;
  const at = (k: number) => A * Math.sin(w * k);
  const table = P <= TABLE_MAX ? Float64Array.from({ length: P }, (_, k) => at(k)) : undefined;
  return {
    add(x, from) {
      let k = (((from - phase) % P) + P) % P;
      for (let j = 0; j < x.length; j++) {
        x[j] = (x[j] as number) + (table ? (table[k] as number) : at(k));
        if (++k === P) k = 0;
      }
    },
  };
}

/** `seasonality` (SPEC §8): the sum of its waves, added in the order the file lists them. */
export function seasonalityTerm(waves: readonly SeasonSpec[]): BaselineTerm {
  const terms = waves.map(wave);
  return {
    add(x, from) {
      for (const t of terms) t.add(x, from);
    },
  };
}
