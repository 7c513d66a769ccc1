// Text from the config as it appears inside a diagnostic message. A name or value can be up to
// the whole 1,000,000-character config and can hold line breaks or lone surrogates, so every
// piece of user text in a message goes through here: at most `max` characters (the end replaced
// by an ellipsis), control characters, line separators and lone surrogates spelled as escapes
// so that a message stays one readable line. The cost is O(max) except when collapsing a run
// of whitespace, which is linear in that run.

/** A lone surrogate: half of a UTF-16 pair without its other half (not valid Unicode). */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const NAMED = new Map([[0x09, '\\t'], [0x0a, '\\n'], [0x0d, '\\r']]);

/** How one code point (or lone surrogate) reads in a message. */
function shown(cp: number, text: string): string {
  const invisible = cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029 || (cp >= 0xd800 && cp <= 0xdfff);
  if (!invisible) return text;
  return NAMED.get(cp) ?? `\\u${cp.toString(16).padStart(4, '0')}`;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * `s` shortened to at most `max` characters, ending in "…" when cut; invisible characters
 * escaped. With `collapse`, each run of whitespace reads as one space (source text of values).
 */
export function excerpt(s: string, max = 60, collapse = false): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    let piece: string;
    let next: number;
    if (collapse && isSpace(s[i])) {
      next = i + 1;
      while (isSpace(s[next])) next++;
      piece = ' ';
    } else {
      const cp = s.codePointAt(i) ?? 0;
      next = i + (cp > 0xffff ? 2 : 1);
      piece = shown(cp, s.slice(i, next));
    }
    // while more follows, keep room for the ellipsis
    if (out.length + piece.length + (next < s.length ? 1 : 0) > max) return `${out}…`;
    out += piece;
    i = next;
  }
  return out;
}

/** A name from the config in a message: `name`, shortened and escaped as excerpt does. */
export function quoteName(s: string, max = 60): string {
  return `\`${excerpt(s, max)}\``;
}
