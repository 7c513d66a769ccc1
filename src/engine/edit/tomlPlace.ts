import type { Range } from '../diagnostic.ts';
import type { TomlLocations } from '../locateToml.ts';

// What a key path is in the text, told from the locator's key and value ranges (see
// EntryLocation): the value of `k = v` (or an array element), a table opened by a header, an
// array of tables, or a table that exists only as part of dotted keys or of longer headers.

export type Place =
  /** `k = v`, or an element of an array value: `value` is the token (`{…}` and `[…]` included). */
  | { readonly kind: 'value'; readonly value: Range }
  /** A table opened by `[a.b]`, or one element of `[[a.b]]`: `header` is the header. */
  | { readonly kind: 'header'; readonly header: Range }
  /** The array `[[a.b]]` itself: keys go into one of its elements. */
  | { readonly kind: 'aot' }
  /** A table made by dotted keys (`a.b.c = 1` makes `a` and `a.b`): `statement` is where the line's key starts, `key` ends at this table's segment. */
  | { readonly kind: 'dotted'; readonly statement: number; readonly key: Range }
  /** A table named only as the prefix of headers (`a` in `[a.b]`). */
  | { readonly kind: 'prefix' }
  /** Made implicitly in a way no key can be added next to (a dotted key inside an inline table). */
  | { readonly kind: 'other' };

/** "0", "1", … as the locator names array elements. */
export const isIndex = (segment: string): boolean => /^(?:0|[1-9]\d{0,8})$/.test(segment);

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/** Where the key of the statement on the line of `at` starts (after its indentation and any byte-order mark). */
function statementOf(text: string, at: number): number {
  let i = Math.max(lineStart(text, at), text.startsWith('\uFEFF') ? 1 : 0);
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

export function placeOf(text: string, loc: TomlLocations, path: readonly string[]): Place | undefined {
  const e = loc.entry(path);
  if (e === undefined) return undefined;
  const { key, value } = e;
  if (key.to <= value.from) return { kind: 'value', value };
  if (key.from > value.from) {
    if (!text.startsWith('[[', value.from)) return { kind: 'header', header: value };
    // an element of an array of tables carries the header that opened it, as does the array
    const parent = path.length > 1 ? loc.entry(path.slice(0, -1)) : undefined;
    const element = isIndex(path[path.length - 1] ?? '') && parent !== undefined && parent.key.from > parent.value.from && text.startsWith('[[', parent.value.from);
    return element ? { kind: 'header', header: value } : { kind: 'aot' };
  }
  // key and value are one range: an array element, or a segment of a longer key (then a `.` follows)
  let after = key.to;
  while (text[after] === ' ' || text[after] === '\t') after++;
  if (text[after] !== '.') return { kind: 'value', value };
  const statement = statementOf(text, key.from);
  const prefix = text.slice(statement, key.from);
  if (/^[^[\]{}=,#]*$/.test(prefix)) return { kind: 'dotted', statement, key };
  if (/^\[\[?[^[\]{}=,#]*$/.test(prefix)) return { kind: 'prefix' };
  return { kind: 'other' };
}
