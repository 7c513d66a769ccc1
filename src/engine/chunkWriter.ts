// Outputs are built as sequences of byte chunks, never one giant string: V8 strings stop at
// 2^29 − 24 characters, and 10 M samples × 4 metrics of CSV is ~225 MB.

/** Joins chunks into one string: for small outputs and tests only. */
export function decodeAll(chunks: Iterable<Uint8Array>): string {
  const decoder = new TextDecoder();
  let s = '';
  for (const c of chunks) s += decoder.decode(c, { stream: true });
  return s + decoder.decode();
}
