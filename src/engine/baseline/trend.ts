import type { TrendSpec } from '../types.ts';
import type { BaselineTerm } from './term.ts';

/**
 * `trend` (SPEC §8): x[i] += slope · i / per. slope / per is worked out once and multiplied by
 * i, so a sample's value depends on i alone (any stretch size gives the same bits).
 */
export function trendTerm({ slope, per }: TrendSpec): BaselineTerm {
  if (!(Number.isFinite(slope) && Number.isFinite(per) && per > 0)) throw new RangeError(`a trend needs a finite slope and per > 0, got ${slope} and ${per}`);
  const rate = slope / per;
  return {
    add(x, from) {
      for (let j = 0; j < x.length; j++) x[j] = (x[j] as number) + rate * (from + j);
    },
  };
}
