import type { BaselineTerm } from './term.ts';

/** A term's first N values, asked for in stretches of the given sizes (cycling), onto zeros. */
export function termValues(term: BaselineTerm, N: number, sizes: readonly number[] = [N]): Float64Array {
  const out = new Float64Array(N);
  for (let from = 0, k = 0; from < N; k++) {
    const to = Math.min(N, from + (sizes[k % sizes.length] as number));
    term.add(out.subarray(from, to), from);
    from = to;
  }
  return out;
}
