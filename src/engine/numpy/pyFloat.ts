// Python's repr(float), which the csv module writes: the shortest digits that read back as the
// same double (JavaScript's Number#toExponential() without an argument gives the same digits),
// laid out by Python's rules (Python/pystrtod.c, format_float_short with 'r'): plain decimal
// with at least one digit after the point (4.0, 2000.0, 0.0001) while the decimal point sits
// between 10^-4 and 10^16, otherwise an exponent with a sign and at least two digits (1e-05,
// 1.5e+16); nan, inf, -inf, and -0.0 for negative zero.

export function pyFloatRepr(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 ? '-' : '';
  const text = Math.abs(x).toExponential(); // "d.ddde±X"
  const e = text.indexOf('e');
  const digits = text.slice(0, e).replace('.', '');
  const exp = Number(text.slice(e + 1));
  const point = exp + 1; // digits d1d2… = 0.d1d2… × 10^point
  if (point <= -4 || point > 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const abs = Math.abs(exp);
    return `${sign}${mantissa}e${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
  }
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
