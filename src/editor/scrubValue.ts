// The arithmetic of scrubbing a number literal: how many steps a drag is worth, and the literal
// those steps give. Kept apart from the DOM so it can be tested on its own.

/** Decimal literals only: `42`, `-1.25`, `1_000`, `+3.0`. Exponents, hex, inf and nan are left alone. */
const DECIMAL = /^([+-]?)(\d(?:_?\d)*)(?:\.(\d(?:_?\d)*))?$/;

export interface Bounds {
  readonly min?: number;
  readonly max?: number;
  readonly minExclusive?: boolean;
}

/** Whether a literal can be scrubbed. */
export const isScrubbable = (literal: string): boolean => DECIMAL.test(literal);

/** Pixels of horizontal drag per step, before the acceleration of a fast (long) drag. */
export const PIXELS_PER_STEP = 4;

/** Steps for a drag of `dx` pixels: one per PIXELS_PER_STEP, growing faster the further the drag goes. */
export function stepsFor(dx: number): number {
  const slow = Math.abs(dx) / PIXELS_PER_STEP;
  // the first 25 steps are one for one; beyond, each pixel counts for more (quadratic growth)
  const steps = slow <= 25 ? slow : 25 + (slow - 25) * (1 + (slow - 25) / 25);
  return Math.sign(dx) * Math.floor(steps);
}

/**
 * `literal` moved by `steps` of its own precision (1 for an integer, 0.1 for `0.5`, 0.25 → 0.01),
 * clamped to the bounds, written with the same number of decimals. Undefined when the literal
 * is not a plain decimal.
 */
export function scrubbedLiteral(literal: string, steps: number, bounds: Bounds): string | undefined {
  const m = DECIMAL.exec(literal);
  if (m === null) return undefined;
  const [, sign = '', whole = '', fraction] = m;
  const decimals = fraction === undefined ? 0 : fraction.replace(/_/g, '').length;
  // in units of the last digit, so that the arithmetic is exact integer arithmetic
  const scale = 10 ** decimals;
  const units = Number(`${sign}${whole.replace(/_/g, '')}${fraction === undefined ? '' : fraction.replace(/_/g, '')}`);
  let next = units + steps;
  const unitOf = (x: number): number => x * scale;
  if (bounds.min !== undefined) {
    const lowest = bounds.minExclusive ? Math.floor(unitOf(bounds.min)) + 1 : Math.ceil(unitOf(bounds.min));
    next = Math.max(next, lowest);
  }
  if (bounds.max !== undefined) next = Math.min(next, Math.floor(unitOf(bounds.max)));
  if (!Number.isSafeInteger(next)) return undefined;
  const negative = next < 0;
  const digits = String(Math.abs(next)).padStart(decimals + 1, '0');
  const body = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return `${negative ? '-' : sign === '+' ? '+' : ''}${body}`;
}
