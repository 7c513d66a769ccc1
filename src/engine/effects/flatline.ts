import { checkWindow, type Effect } from './effect.ts';

/**
 * `flatline` (SPEC §9), a stuck sensor: after rounding, every sample of the window repeats the
 * sample just before it, or sample 0's own value when at = 0. That sample may lie in an earlier
 * stretch, so the effect keeps it from one stretch to the next. It sees the series as the steps
 * before it left it, flatlines earlier in the file included.
 */
export function flatlineEffect({ at, recoveryTime }: { readonly at: number; readonly recoveryTime: number }): Effect {
  checkWindow(at, recoveryTime);
  const end = at + recoveryTime;
  const source = at === 0 ? 0 : at - 1;
  let held = Number.NaN;
  return {
    first: at,
    end,
    apply(x, from) {
      const to = from + x.length;
      if (source >= from && source < to) held = x[source - from] as number;
      const lo = Math.max(from, at);
      const hi = Math.min(to, end);
      if (lo < hi) x.fill(held, lo - from, hi - from);
    },
  };
}
