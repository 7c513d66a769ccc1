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
/** "00" to "99" as ASCII pairs: two digits per division by 100. */
const PAIRS = Uint8Array.from({ length: 200 }, (_, i) => ZERO + (i & 1 ? (i >> 1) % 10 : ((i >> 1) / 10) | 0));
/** Trailing zeros of a two-digit pair: 00 → 2, 10, 20, … → 1, others 0. */
const PAIR_ZEROS = Uint8Array.from({ length: 100 }, (_, i) => (i === 0 ? 2 : i % 10 === 0 ? 1 : 0));

/**
 * Writes v as plain decimal ASCII into buf at pos and returns the new position, or −1 when v
 * is not a 6-decimal value below 2e9 in magnitude (the caller then uses plainDecimal). buf
 * must have room for 20 bytes. Kept small so that V8 inlines it into the caller's loop: a
 * double passed to a function that is not inlined is boxed, one allocation per value. The
 * digits are written by writeDigits, whose arguments are all small integers.
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
  const ip = Math.floor(a);
  return writeDigits(buf, pos, v < 0, ip | 0, (r - ip * 1e6) | 0);
}

/**
 * "−ip.frac" with frac as 6 decimals without trailing zeros; frac may be off by 1e6 either
 * way (a · 1e6 rounded up to the next integer part). All arithmetic stays in int32, which V8
 * compiles to integer instructions; a double `%` would call fmod and cost several times more.
 */
function writeDigits(buf: Uint8Array, pos: number, negative: boolean, ip: number, frac: number): number {
  if (frac < 0) {
    ip -= 1;
    frac += 1e6;
  } else if (frac >= 1e6) {
    ip += 1;
    frac -= 1e6;
  }
  if (negative) buf[pos++] = MINUS;
  // The integer part, right to left, two digits at a time.
  const n = ip < 10 ? 1 : ip < 100 ? 2 : ip < 1e3 ? 3 : ip < 1e4 ? 4 : ip < 1e5 ? 5 : ip < 1e6 ? 6 : ip < 1e7 ? 7 : ip < 1e8 ? 8 : ip < 1e9 ? 9 : 10;
  let k = pos + n;
  while (ip >= 100) {
    const q = (ip / 100) | 0;
    const d = (ip - q * 100) << 1;
    buf[--k] = PAIRS[d + 1] as number;
    buf[--k] = PAIRS[d] as number;
    ip = q;
  }
  if (ip >= 10) {
    buf[--k] = PAIRS[(ip << 1) + 1] as number;
    buf[--k] = PAIRS[ip << 1] as number;
  } else buf[--k] = ZERO + ip;
  pos += n;
  if (frac === 0) return pos;
  // Six decimals as three pairs, then the trailing zeros cut off.
  const p1 = (frac / 10000) | 0;
  const rest = frac - p1 * 10000;
  const p2 = (rest / 100) | 0;
  const p3 = rest - p2 * 100;
  buf[pos] = DOT;
  buf[pos + 1] = PAIRS[p1 << 1] as number;
  buf[pos + 2] = PAIRS[(p1 << 1) + 1] as number;
  buf[pos + 3] = PAIRS[p2 << 1] as number;
  buf[pos + 4] = PAIRS[(p2 << 1) + 1] as number;
  buf[pos + 5] = PAIRS[p3 << 1] as number;
  buf[pos + 6] = PAIRS[(p3 << 1) + 1] as number;
  const zeros = p3 !== 0 ? (PAIR_ZEROS[p3] as number) : p2 !== 0 ? 2 + (PAIR_ZEROS[p2] as number) : 4 + (PAIR_ZEROS[p1] as number);
  return pos + 7 - zeros;
}
