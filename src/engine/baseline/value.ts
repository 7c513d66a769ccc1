import type { BaselineTerm } from './term.ts';

/** `value` (SPEC §2 step 1): the constant every base starts from. */
export function valueTerm(value: number): BaselineTerm {
  return {
    add(x) {
      for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) + value;
    },
  };
}
