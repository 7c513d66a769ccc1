// Locating the first byte that is not UTF-8, for a message a person can act on
// (`file:line:column: error: …`). TextDecoder with `fatal: true` says whether a text is valid
// but not where it is not; this walks the bytes by the well-formed sequences of the Unicode
// Standard (chapter 3, table 3-7), the same ones TextDecoder accepts.

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // no overlong forms
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // no overlong forms
      if (b === 0xf4) hi = 0x8f; // nothing past U+10FFFF
    } else return i; // a continuation byte on its own, or a byte UTF-8 never uses
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * 1-based line and column of byte `at`, counted as the engine counts its diagnostics: lines
 * split at LF, columns in UTF-16 code units, a leading byte order mark not counted. The bytes
 * before `at` must be valid UTF-8.
 */
export function positionOfByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  if (lineStart === 0 && BOM.every((b, k) => bytes[k] === b) && at >= 3) lineStart = 3;
  const column = new TextDecoder().decode(bytes.subarray(lineStart, at)).length + 1;
  return { line, column };
}
