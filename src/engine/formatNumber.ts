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
 * Writes v as plain decimal ASCII into buf at pos and returns the new position, or −1 when v
 * is not a 6-decimal value below 2e9 in magnitude (the caller then uses plainDecimal). buf
 * must have room for 20 bytes. All digit arithmetic stays in int32, which V8 compiles to
 * integer instructions; a double `%` would call fmod and cost several times more.
 */
export function writeRoundedAscii(v: number, buf: Uint8Array, pos: number): number {
  const a = v < 0 ? -v : v;
  if (!(a < 2e9)) return -1;
  const r = Math.round(a * 1e6);
  if (r / 1e6 !== a) return -1;
  if (r === 0) {
    buf[pos] = ZERO;
    return pos + 1;
  }
  if (v < 0) buf[pos++] = MINUS;
  let ip = Math.floor(a) | 0;
  let frac = (r - ip * 1e6) | 0;
  if (frac < 0) [ip, frac] = [ip - 1, frac + 1e6];
  else if (frac >= 1e6) [ip, frac] = [ip + 1, frac - 1e6];
  if (ip < 10) buf[pos++] = ZERO + ip;
  else {
    let n = 0;
    while (ip > 0) {
      const q = (ip / 10) | 0;
      digitScratch[n++] = ZERO + ip - q * 10;
      ip = q;
    }
    while (n > 0) buf[pos++] = digitScratch[--n] as number;
  }
  if (frac !== 0) {
    let width = 6;
    while (frac % 10 === 0) {
      frac = (frac / 10) | 0;
      width--;
    }
    buf[pos++] = DOT;
    for (let k = pos + width - 1; k >= pos; k--) {
      const q = (frac / 10) | 0;
      buf[k] = ZERO + frac - q * 10;
      frac = q;
    }
    pos += width;
  }
  return pos;
}
