import { pyFloatRepr } from './pyFloat.ts';

// metrics.csv as the original wrote it with Python's csv module (csv.writer, the excel
// dialect): rows end in \r\n, numbers are repr(float), and a field is quoted (with "" for ")
// when it holds a comma, a quote, \r or \n (QUOTE_MINIMAL) — only metric names can.
//
// Speed: every value went through np.round(x, 6), so it is v = fl(n / 10^6) for the integer
// n = rint(v · 10^6). Where doubles are closer together than 10^-6 (|v| < 2^32) the shortest
// decimal that reads back as v is n · 10^-6 itself, trailing zeros dropped, so the digits are
// written straight from n into a byte buffer; repr's layout for such n is plain decimal from
// 10^-4 up. Everything else (exponent form below 10^-4, nan, huge values) goes through
// pyFloatRepr.

const encoder = new TextEncoder();
/** The most bytes one value may take: repr of a double is at most 24 characters, plus the comma. */
const MAX_VALUE_BYTES = 25;
const FAST_MIN = 1e-4;
const FAST_MAX = 4294967296;
const ZERO = 48;
const DOT = 46;
const MINUS = 45;

export function pyCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes repr(v) at buf[at…] and returns the end. */
function writeValue(buf: Uint8Array, at: number, v: number): number {
  const a = Math.abs(v);
  if (a >= FAST_MIN && a < FAST_MAX) {
    const n = Math.round(a * 1e6); // a · 10^6 is within an ulp of the integer n
    if (Math.abs(n / 1e6 - a) === 0) {
      if (v < 0) buf[at++] = MINUS;
      let int = Math.floor(n / 1e6);
      let frac = n - int * 1e6;
      // integer part (at most 10 digits), written from its last digit back
      let width = 1;
      for (let p = 10; p <= int; p *= 10) width++;
      for (let d = width - 1; d >= 0; d--) {
        buf[at + d] = ZERO + (int % 10);
        int = Math.floor(int / 10);
      }
      at += width;
      buf[at++] = DOT;
      if (frac === 0) buf[at++] = ZERO;
      else {
        let digits = 6;
        while (frac % 10 === 0) {
          frac /= 10;
          digits--;
        }
        for (let d = digits - 1; d >= 0; d--) {
          buf[at + d] = ZERO + (frac % 10);
          frac = Math.floor(frac / 10);
        }
        at += digits;
      }
      return at;
    }
  }
  return at + encoder.encodeInto(pyFloatRepr(v), buf.subarray(at)).written;
}

/** The header line: the metric names, quoted where Python's csv module would. */
export function pyCsvHeader(names: readonly string[]): Uint8Array {
  return encoder.encode(`${names.map(pyCsvField).join(',')}\r\n`);
}

/** Rows from .. to − 1 of the columns, as Python's csv module writes them. */
export function pyCsvRows(columns: readonly Float64Array[], from: number, to: number): Uint8Array {
  const k = columns.length;
  const buf = new Uint8Array((to - from) * (k * MAX_VALUE_BYTES + 2));
  let at = 0;
  for (let i = from; i < to; i++) {
    for (let j = 0; j < k; j++) {
      if (j > 0) buf[at++] = 44; // ,
      at = writeValue(buf, at, (columns[j] as Float64Array)[i] as number);
    }
    buf[at++] = 13;
    buf[at++] = 10;
  }
  return buf.slice(0, at);
}
