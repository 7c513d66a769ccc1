import { isBareChar, readHeader, readSegment, tableAt, type CurrentTable, type Header, type KeySegment } from './tomlHeader.ts';

// What the cursor is in, for completion and hover: a header segment, a key, or a value, and
// the table path that contains it. The text is usually unfinished, so this is a forgiving
// scanner of the current table only (from its header to the next one): it never throws, never
// backtracks, and treats what it does not understand as noise.

export interface Token {
  /** The token's text range, without quotes. */
  readonly from: number;
  readonly to: number;
  /** What is typed between `from` and the cursor. */
  readonly prefix: string;
  /** The whole token, decoded. */
  readonly name: string;
  readonly quote: '"' | "'" | undefined;
  /** For a quoted token: whether its closing quote is there. */
  readonly closed: boolean;
}

export type CursorContext =
  | { readonly kind: 'none' }
  | { readonly kind: 'header'; readonly container: readonly string[]; readonly token: Token; readonly array: boolean; readonly closed: boolean }
  | { readonly kind: 'key'; readonly container: readonly string[]; readonly token: Token; readonly present: ReadonlySet<string> }
  | { readonly kind: 'value'; readonly container: readonly string[]; readonly key: string; readonly token: Token };

const NONE: CursorContext = { kind: 'none' };
/** Characters that end an unquoted value such as `1.5`, `-3` or `true`. */
const VALUE_END = new Set([' ', '\t', '\r', '\n', '#', ',', '{', '}', '[', ']', '"', "'", '=']);

const emptyToken = (pos: number): Token => ({ from: pos, to: pos, prefix: '', name: '', quote: undefined, closed: true });

function headerContext(text: string, header: Header, pos: number): CursorContext {
  const segs = header.segments;
  const shut = (s: KeySegment): boolean => s.quote !== undefined && s.to - s.from > 1 && text[s.to - 1] === s.quote;
  const inside = (s: KeySegment): boolean =>
    s.quote === undefined ? s.from <= pos && pos <= s.to : s.from < pos && (pos < s.to || !shut(s));
  const k = segs.findIndex(inside);
  const closed = header.end !== undefined;
  const s = segs[k];
  if (s !== undefined) {
    const from = s.quote === undefined ? s.from : s.from + 1;
    const to = shut(s) ? s.to - 1 : s.to;
    const token: Token = { from, to, prefix: text.slice(from, pos), name: s.name, quote: s.quote, closed: s.quote === undefined || shut(s) };
    return { kind: 'header', container: segs.slice(0, k).map((x) => x.name), token, array: header.array, closed };
  }
  // Between segments: right after `[` or after a dot, where the next segment starts.
  const before = text.slice(header.bodyFrom, pos).trimEnd();
  if (before !== '' && !before.endsWith('.')) return NONE;
  const container = segs.filter((s) => s.to <= pos).map((s) => s.name);
  return { kind: 'header', container, token: emptyToken(pos), array: header.array, closed };
}

interface Level {
  readonly kind: '{' | '[';
  readonly key: readonly string[];
  readonly keys: Set<string>;
}

function scanTable(text: string, table: CurrentTable, pos: number): CursorContext {
  const levels: Level[] = []; // open inline tables and arrays, innermost last
  const tableKeys = new Set<string>();
  // 'trail' is the rest of a header line; a statement starts on the next line
  let side: 'trail' | 'key' | 'value' = table.bodyFrom > 0 ? 'trail' : 'key';
  let segs: string[] = []; // dotted key segments read so far
  let pending = false; // a segment was just read; a dot or `=` must follow
  let valueKey: readonly string[] = [];
  let valueFrom = 0; // start of the value being read (after `=`, or after `,` in an array)
  // The context at pos, taken when the scan reaches it; the scan then goes on to the table's
  // end only so that `present` also holds the keys written below the cursor.
  let snap: CursorContext | undefined;

  const keysHere = (): Set<string> => levels.at(-1)?.keys ?? tableKeys;
  const container = (): string[] => [...table.path, ...levels.flatMap((l) => l.key), ...segs];
  const valueBlank = (upTo: number): boolean => text.slice(valueFrom, upTo).trim() === '';
  const keyAt = (token: Token): CursorContext =>
    side === 'key' && !pending ? { kind: 'key', container: container(), token, present: segs.length === 0 ? keysHere() : new Set() } : NONE;
  const valueAt = (token: Token, start: number): CursorContext => {
    const key = valueKey.at(-1);
    if (key === undefined || !valueBlank(start)) return NONE;
    return { kind: 'value', container: [...table.path, ...levels.flatMap((l) => l.key), ...valueKey.slice(0, -1)], key, token };
  };
  /** After `}` or `]` the enclosing value is complete (valueFrom = the bracket, so not blank). */
  const closeLevel = (): void => {
    levels.pop();
    side = 'value';
    valueFrom = i;
  };
  const gap = (): CursorContext => (side === 'key' ? keyAt(emptyToken(pos)) : side === 'value' ? valueAt(emptyToken(pos), pos) : NONE);

  let i = table.bodyFrom;
  while (i < text.length) {
    const c = text.charAt(i);
    const quoted = c === '"' || c === "'";
    const startsWord = quoted || (side === 'key' ? isBareChar(c) : side === 'value' && !VALUE_END.has(c));
    if (snap === undefined && (i > pos || (i === pos && !startsWord))) snap = gap();

    if (c === '#' || (side === 'trail' && c !== '\n')) {
      const end = text.indexOf('\n', i);
      const e = end < 0 ? text.length : end;
      if (snap === undefined && i < pos && pos <= e) snap = NONE;
      i = e;
    } else if (c === '\n') {
      if (levels.length === 0) [side, segs, pending] = ['key', [], false];
      i++;
    } else if (quoted && text.startsWith(c.repeat(3), i)) {
      const end = text.indexOf(c.repeat(3), i + 3); // multi-line strings: only skipped
      const e = end < 0 ? text.length : end + 3;
      if (snap === undefined && i < pos && pos <= e) snap = NONE;
      i = e;
    } else if (startsWord) {
      const seg = side === 'key' || quoted ? readSegment(text, i) : undefined;
      let e = seg?.to ?? i;
      if (seg === undefined) while (e < text.length && !VALUE_END.has(text.charAt(e))) e++;
      const shut = quoted && seg !== undefined && seg.to - seg.from > 1 && text[seg.to - 1] === c;
      if (snap === undefined && i <= pos && (pos < e || (pos === e && (!quoted || !shut)))) {
        const from = quoted ? i + 1 : i;
        const to = shut ? e - 1 : e;
        const name = seg?.name ?? text.slice(i, e);
        const token: Token = { from, to, prefix: text.slice(from, pos), name, quote: quoted ? (c === '"' ? '"' : "'") : undefined, closed: !quoted || shut };
        snap = side === 'key' ? keyAt(token) : valueAt(token, i);
      }
      if (side === 'key' && seg !== undefined && !pending) [segs, pending] = [[...segs, seg.name], true];
      i = Math.max(e, i + 1);
    } else {
      if (side === 'key') {
        if (c === '.' && pending) pending = false;
        else if (c === '=') {
          const first = segs[0];
          if (first !== undefined) keysHere().add(first);
          [valueKey, segs, pending, side, valueFrom] = [segs, [], false, 'value', i + 1];
        } else if (c === '}' && levels.at(-1)?.kind === '{') closeLevel(); // `{}` or a trailing comma
        else if (c === '[' && levels.length === 0 && snap !== undefined) break; // the next table's header
      } else if (c === '{' || c === '[') {
        levels.push({ kind: c, key: levels.at(-1)?.kind === '[' ? [] : valueKey, keys: new Set() });
        if (c === '{') [side, segs, pending] = ['key', [], false];
        else valueFrom = i + 1;
      } else if (c === ',' && levels.at(-1)?.kind === '{') [side, segs, pending] = ['key', [], false];
      else if (c === ',') valueFrom = i + 1;
      else if ((c === '}' || c === ']') && levels.at(-1)?.kind === (c === '}' ? '{' : '[')) closeLevel();
      i++;
    }
  }
  snap ??= gap();
  // The key being typed is not "already present" even if it is followed by `= …`.
  if (snap.kind === 'key' && snap.present instanceof Set) snap.present.delete(snap.token.name);
  return snap;
}

/** Where `pos` is in `text`, as far as the schema is concerned. */
export function cursorContext(text: string, pos: number): CursorContext {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const header = readHeader(text, lineStart);
  if (header !== undefined && (header.end === undefined || pos < header.end)) {
    return pos >= header.bodyFrom ? headerContext(text, header, pos) : NONE;
  }
  return scanTable(text, tableAt(text, pos), pos);
}
