// Text that reaches a terminal may hold user data (metric names, paths, arguments). A terminal
// acts on control characters: ESC starts sequences that move the cursor, retitle the window or
// write the clipboard (OSC 52), BEL rings, CR overwrites the line, and in 8-bit mode the C1
// codes U+0080–U+009F do what ESC sequences do. Every one of them is printed as a visible
// escape instead, so one message is always one plain line. The Unicode line separators and the
// bidirectional controls are escaped too: they can make a printed line read as something else.

const NAMED: Readonly<Record<number, string>> = { 9: '\\t', 10: '\\n', 13: '\\r' };

function unsafe(c: number): boolean {
  return (
    c < 0x20 || // C0, including ESC (0x1b) and BEL (0x07)
    (c >= 0x7f && c <= 0x9f) || // DEL and C1
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

function escape(c: number): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  // \uXXXX, as the engine's own messages quote names (engine/quote.ts) and as TOML writes them.
  return `\\u${c.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character written as a visible escape (`\u001b`, `\u009b`, `\n`). */
export function forTerminal(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!unsafe(c)) continue;
    out += text.slice(from, i) + escape(c);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
