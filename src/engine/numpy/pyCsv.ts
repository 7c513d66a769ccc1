import type { GenerationResult } from '../types.ts';
import { pyFloatRepr } from './pyFloat.ts';

// metrics.csv as the original wrote it with Python's csv module (csv.writer, the excel
// dialect): rows end in \r\n, numbers are repr(float), and a field is quoted (with "" for ")
// when it holds a comma, a quote, \r or \n (QUOTE_MINIMAL) — only metric names can.

const encoder = new TextEncoder();
/** Rows per chunk: a chunk stays a few hundred KB. */
const ROWS = 16384;

export function pyCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function* pyCsvChunks(result: GenerationResult): Generator<Uint8Array> {
  const columns = result.metrics.map((m) => m.values);
  yield encoder.encode(`${result.metrics.map((m) => pyCsvField(m.name)).join(',')}\r\n`);
  const N = result.numSamples;
  for (let from = 0; from < N; from += ROWS) {
    const to = Math.min(N, from + ROWS);
    let text = '';
    for (let i = from; i < to; i++) {
      let row = '';
      for (let j = 0; j < columns.length; j++) row += (j === 0 ? '' : ',') + pyFloatRepr((columns[j] as Float64Array)[i] as number);
      text += `${row}\r\n`;
    }
    yield encoder.encode(text);
  }
}
