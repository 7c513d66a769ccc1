import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forTerminal } from './terminalText.ts';
import { firstInvalidUtf8, positionOfByte } from './utf8.ts';

describe('firstInvalidUtf8', () => {
  it.each([
    ['Latin-1 é before ASCII', [0x63, 0x61, 0x66, 0xe9, 0x20], 3],
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['an overlong slash', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short at the end', [0x41, 0xe2, 0x82], 1],
    ['a byte UTF-8 never uses', [0x41, 0x42, 0xff], 2],
  ])('%s', (_, bytes, at) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(at);
  });

  it('agrees with TextDecoder on every byte string: -1 exactly when it decodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        const at = firstInvalidUtf8(bytes);
        expect(at === -1).toBe(valid);
        // the bytes before the reported one are valid
        if (at >= 0) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, at))).not.toThrow();
      }),
    );
  });

  it('is -1 for any valid text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(firstInvalidUtf8(new TextEncoder().encode(s))).toBe(-1);
      }),
    );
  });
});

describe('positionOfByte', () => {
  it('counts lines at LF and columns in UTF-16 units, not counting a byte order mark', () => {
    const bytes = new TextEncoder().encode('\ufeffab\n😀x');
    expect(positionOfByte(bytes, 5)).toEqual({ line: 1, column: 3 }); // the LF after "ab"
    expect(positionOfByte(bytes, bytes.length - 1)).toEqual({ line: 2, column: 3 }); // x after a surrogate pair
  });
});

describe('forTerminal', () => {
  it('escapes C0 (ESC, BEL, CR, LF, TAB), DEL, C1, line separators and bidi controls', () => {
    expect(forTerminal('a\u001b]52;c;x\u0007b')).toBe('a\\u001b]52;c;x\\u0007b');
    expect(forTerminal('\r\n\t\u0000\u007f\u0080\u009b\u2028\u202e\u2066')).toBe('\\r\\n\\t\\u0000\\u007f\\u0080\\u009b\\u2028\\u202e\\u2066');
  });

  it('leaves printable text, accents and emoji alone', () => {
    expect(forTerminal('cpu_usage é € 😀 \\n')).toBe('cpu_usage é € 😀 \\n');
  });

  it('never lets a control character through', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x2100 }).map((c) => String.fromCharCode(c)), maxLength: 40 }), (s) => {
        // eslint-disable-next-line no-control-regex -- matching control characters is the point
        return !/[\u0000-\u001f\u007f-\u009f]/.test(forTerminal(s));
      }),
    );
  });
});
