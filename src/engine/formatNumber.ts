// Numbers in outputs are plain decimal (SPEC §4): never exponent form, no trailing zeros,
// negative zero as 0. For values rounded to 6 decimals (every generated sample) the digits
// come from the integer rint(v · 1e6), which is exact and several times faster than
// Number#toString; that decimal is also the shortest one that round-trips to v (see
// docs/decisions.md). Anything else goes through the shortest round-trip representation that
// Number#toString gives, with its exponent expanded.

/** The shortest round-trip decimal of x, written without an exponent. */
export function plainDecimal(x: number): string {
  if (x === 0) return '0';
  const s = String(x);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const neg = s.startsWith('-');
  const mantissa = s.slice(neg ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return neg ? '-' + out : out;
}

const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const digitScratch = new Uint8Array(16);

/**
 * Writes v as plain decimal ASCII into buf at pos and returns the new position. buf must
 * have room for 32 bytes; longer general-path numbers are handled by the caller's fallback.
 */
export function writeRoundedAscii(v: number, buf: Uint8Array, pos: number): number {
  const a = v < 0 ? -v : v;
  if (a < 4e9) {
    const r = Math.round(a * 1e6);
    if (r / 1e6 === a) {
      if (r === 0) {
        buf[pos++] = ZERO;
        return pos;
      }
      if (v < 0) buf[pos++] = MINUS;
      let ip = Math.floor(r / 1e6);
      let frac = r - ip * 1e6;
      if (frac < 0) [ip, frac] = [ip - 1, frac + 1e6];
      else if (frac >= 1e6) [ip, frac] = [ip + 1, frac - 1e6];
      // integer part
      let n = 0;
      do {
        const d = ip % 10;
        digitScratch[n++] = ZERO + d;
        ip = (ip - d) / 10;
      } while (ip > 0);
      while (n > 0) buf[pos++] = digitScratch[--n] as number;
      if (frac > 0) {
        let width = 6;
        while (frac % 10 === 0) {
          frac /= 10;
          width--;
        }
        buf[pos++] = DOT;
        for (let k = width - 1; k >= 0; k--) {
          const d = frac % 10;
          buf[pos + k] = ZERO + d;
          frac = (frac - d) / 10;
        }
        pos += width;
      }
      return pos;
    }
  }
  return -1; // caller falls back to plainDecimal
}
