// Source positions for a TOML document. smol-toml gives values but no positions, so this scanner
// walks the text once more and records where every key path is written, letting validation
// point at `-1` in `scale = -1` rather than at the whole file.
//
// It is a locator, not a validator: smol-toml has already decided whether the text is valid.
// On invalid text it gives a best effort and, whatever the input, never throws and runs in
// linear time — every loop advances `i`, nothing backtracks, and nesting deeper than MAX_DEPTH
// is skipped without recursion so hostile input cannot overflow the stack. It follows TOML 1.1
// as smol-toml 1.9 does (newlines and trailing commas in inline tables, `\e` and `\xHH`).

import type { Range } from './diagnostic.ts';

export interface EntryLocation {
  /** the key token that names this path's last segment, e.g. `scale` in `noise_args = { scale = 1 }`, or `cpu` in `[metrics.cpu]` or in `metrics.cpu.value = 1` (for a dotted key, the segment itself, quotes included if quoted) */
  readonly key: Range;
  /** the value: for `k = v` the value token (a whole string incl. quotes, a whole number, a whole inline table `{...}` or array `[...]` including nested brackets and newlines); for a table defined by a `[a.b]` header, the whole header `[a.b]` incl. brackets; for a table defined implicitly by a dotted key `a.b.c = 1` (path a.b), the range of the segment `b` */
  readonly value: Range;
}

export interface TomlLocations {
  /** path = decoded key segments, e.g. ['metrics','cpu_usage','noise_args','scale'] */
  entry(path: readonly string[]): EntryLocation | undefined;
  /** every direct child key of a table path, in source order of first appearance (used to report unknown keys) */
  children(path: readonly string[]): readonly string[];
  /** the first key with more than MAX_KEY_SEGMENTS segments (`a.a.a…`), not recorded: no config needs one, and smol-toml would build a table per segment */
  readonly tooDeep: { readonly range: Range; readonly segments: number } | undefined;
}

/** Longest dotted key that is located (smol-toml's nesting limit for values is the same). */
export const MAX_KEY_SEGMENTS = 64;

/**
 * A table or value in the document. Paths live in a trie so a walk costs one step per segment.
 * A 1,000,000-character text can hold 500,000 array elements or key segments, one node each, so
 * a node is one flat object: positions as numbers (ranges are made when asked for), the maps of
 * children only when there are children, and array elements in an array rather than a map.
 */
interface Node {
  /** Where it is defined: key and value ranges; keyFrom < 0 while undefined. */
  keyFrom: number;
  keyTo: number;
  valueFrom: number;
  valueTo: number;
  /** The location only comes from a path prefix (`a` in `[a.b]`); a later `[a]` or `a = …` replaces it. */
  implicit: boolean;
  /** Named children; a Map iterates in insertion order, which is the order of first appearance. */
  kids: Map<string, Node> | undefined;
  /** Elements of an array value or of an array of tables: the children '0', '1', … */
  items: Node[] | undefined;
  /** Elements appended by `[[…]]` headers; while > 0, longer paths continue in the last one. */
  aot: number;
  /**
   * An inline table or array value is scanned for its children only when a path reaches into
   * it (validation reads a few, and a text can hold 500,000 array elements): the depth to scan
   * it at, or -1 once scanned (or when not a container).
   */
  pending: number;
}

interface Segment {
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

const MAX_DEPTH = 100;
/** Where an unquoted value (number, boolean, date-time — which may contain a space) ends. */
const SCALAR_END = new Set(['\n', '\r', '#', ',', ']', '}']);
const ESCAPES = new Map([['b', '\b'], ['t', '\t'], ['n', '\n'], ['f', '\f'], ['r', '\r'], ['e', '\x1b'], ['"', '"'], ['\\', '\\']]);
const HEX = /^[0-9A-Fa-f]+$/;

const makeNode = (): Node => ({ keyFrom: -1, keyTo: -1, valueFrom: -1, valueTo: -1, implicit: false, kids: undefined, items: undefined, aot: 0, pending: -1 });

function child(node: Node, name: string): Node {
  node.kids ??= new Map();
  let kid = node.kids.get(name);
  if (kid === undefined) node.kids.set(name, (kid = makeNode()));
  return kid;
}

/** The element of an array (value or array of tables) at `index`, made when missing. */
function item(node: Node, index: number): Node {
  const items = (node.items ??= []);
  while (items.length <= index) items.push(makeNode());
  return items[index] as Node;
}

/** "0", "1", … (canonical decimal, as String(index) writes it) → the index; otherwise -1. */
function indexOf(seg: string): number {
  return /^(?:0|[1-9]\d{0,8})$/.test(seg) ? Number(seg) : -1;
}

/** The first definition wins, except that an explicit one replaces an implicit one. */
function define(node: Node, keyFrom: number, keyTo: number, valueFrom: number, valueTo: number, implicit: boolean): void {
  if (node.keyFrom >= 0 && !(node.implicit && !implicit)) return;
  node.keyFrom = keyFrom;
  node.keyTo = keyTo;
  node.valueFrom = valueFrom;
  node.valueTo = valueTo;
  node.implicit = implicit;
}

/** TOML's rule: after `[[a]]`, `[a.b]` and `a.b = 1` mean the last element of `a`. */
const into = (node: Node): Node => (node.aot > 0 ? item(node, node.aot - 1) : node);

/** Walks all segments but the last from `from`, defining each as an (implicit) table. */
function walkPrefix(from: Node, segs: readonly Segment[]): Node {
  let node = from;
  for (let k = 0; k < segs.length - 1; k++) {
    const s = segs[k] as Segment;
    node = child(node, s.name);
    define(node, s.from, s.to, s.from, s.to, true);
    node = into(node);
  }
  return node;
}

const isBare = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;

export function locateToml(text: string): TomlLocations {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not content
  const root = makeNode();
  let tooDeep: TomlLocations['tooDeep'];
  /** Whether a key may be recorded; notes the first one that is too deep. */
  const shallow = (segs: readonly Segment[]): boolean => {
    if (segs.length <= MAX_KEY_SEGMENTS) return true;
    tooDeep ??= { range: { from: segs[0]?.from ?? 0, to: segs[segs.length - 1]?.to ?? 0 }, segments: segs.length + dropped };
    return false;
  };

  const skipWs = (): void => {
    while (text[i] === ' ' || text[i] === '\t') i++;
  };
  const skipToEol = (): void => {
    while (i < n && text[i] !== '\n') i++;
  };
  /** Blank lines and comments: between statements, in arrays and in (TOML 1.1) inline tables. */
  const skipWsNl = (): void => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') i++;
      else if (c === '#') skipToEol();
      else return;
    }
  };

  /** Decodes one escape at `i` (a backslash) for a quoted key; an invalid one stays literal. */
  function escape(): string {
    const c = text.charAt(i + 1);
    const simple = ESCAPES.get(c);
    if (simple !== undefined) {
      i += 2;
      return simple;
    }
    const width = c === 'u' ? 4 : c === 'U' ? 8 : c === 'x' ? 2 : 0;
    const hex = text.slice(i + 2, i + 2 + width);
    const cp = width > 0 && hex.length === width && HEX.test(hex) ? parseInt(hex, 16) : -1;
    // fromCodePoint throws above U+10FFFF; such an escape is invalid TOML anyway
    if (cp >= 0 && cp <= 0x10ffff) {
      i += 2 + width;
      return String.fromCodePoint(cp);
    }
    i++;
    return '\\';
  }

  /** One key segment: bare, "basic" (escapes decoded) or 'literal'; keys are single-line. */
  function segment(): Segment | undefined {
    const from = i;
    const q = text[i];
    let name = '';
    if (q === '"' || q === "'") {
      for (i++; i < n && text[i] !== '\n'; ) {
        const c = text.charAt(i);
        if (c === q) {
          i++;
          break;
        }
        if (q === '"' && c === '\\') {
          name += escape();
        } else {
          name += c;
          i++;
        }
      }
    } else {
      while (i < n && isBare(text.charCodeAt(i))) i++;
      if (i === from) return undefined;
      name = text.slice(from, i);
    }
    return { name, from, to: i };
  }

  /** Segments in the last key() beyond the ones it returned. */
  let dropped = 0;
  /**
   * A dotted key `a . "b" . c`; empty when no key starts here. Of a key longer than
   * MAX_KEY_SEGMENTS, the first ones and the last are kept and the rest counted in `dropped`.
   */
  function key(): Segment[] {
    const segs: Segment[] = [];
    dropped = 0;
    for (;;) {
      skipWs();
      const seg = segment();
      if (seg === undefined) return segs;
      if (segs.length > MAX_KEY_SEGMENTS) {
        segs[MAX_KEY_SEGMENTS] = seg;
        dropped++;
      } else segs.push(seg);
      skipWs();
      if (text[i] !== '.') return segs;
      i++;
    }
  }

  /** Skips a string value starting at quote `q`; unterminated ones end at the line (or text) end. */
  function skipString(q: string): void {
    const triple = q + q + q;
    const escapes = q === '"';
    if (text.startsWith(triple, i)) {
      for (i += 3; i < n; ) {
        if (escapes && text[i] === '\\') i += 2; // covers `\"` and line-ending backslashes
        else if (text.startsWith(triple, i)) {
          i += 3;
          // up to two quotes may sit just before the closing delimiter: `"""a""""` is `a"`
          for (let k = 0; k < 2 && text[i] === q; k++) i++;
          return;
        } else i++;
      }
      i = Math.min(i, n);
      return;
    }
    for (i++; i < n && text[i] !== '\n'; ) {
      const c = text[i++];
      if (c === q) return;
      if (escapes && c === '\\' && i < n && text[i] !== '\n') i++;
    }
  }

  /** Past MAX_DEPTH: skips a bracketed value by counting brackets, without recursion. */
  function skipNested(): void {
    let open = 0;
    while (i < n) {
      const c = text.charAt(i);
      if (c === '"' || c === "'") skipString(c);
      else if (c === '#') skipToEol();
      else {
        i++;
        if (c === '[' || c === '{') open++;
        else if ((c === ']' || c === '}') && --open === 0) return;
      }
    }
  }

  /**
   * Skips the value at `i`; returns where it ends. An inline table or array is skipped with the
   * same grammar as when it is recorded, so that it ends at the same place, and `node` (when
   * given) notes that it can be scanned later.
   */
  function value(node: Node | undefined, depth: number): number {
    const from = i;
    const c = text.charAt(i);
    if (c === '"' || c === "'") skipString(c);
    else if ((c === '[' || c === '{') && depth >= MAX_DEPTH) skipNested();
    else if (c === '[' || c === '{') {
      if (node) node.pending = depth + 1;
      container(undefined, depth + 1);
    } else {
      while (i < n && !SCALAR_END.has(text.charAt(i))) i++;
      let to = i;
      while (to > from && (text[to - 1] === ' ' || text[to - 1] === '\t')) to--;
      return to;
    }
    return i;
  }

  /** The inline table or array at `i`, its entries recorded under `node` unless it is undefined. */
  function container(node: Node | undefined, depth: number): void {
    if (text[i] === '[') array(node, depth);
    else inlineTable(node, depth);
  }

  /** Records the entries of a container value that `find` reaches into; once, O(its length). */
  function expand(node: Node): void {
    if (node.pending < 0) return;
    const depth = node.pending;
    node.pending = -1;
    const saved = i;
    i = node.valueFrom;
    container(node, depth);
    i = saved;
  }

  /** Elements become children '0', '1', … so inline tables inside arrays have a home. */
  function array(node: Node | undefined, depth: number): void {
    i++;
    for (let index = 0; ; ) {
      skipWsNl();
      const c = text[i];
      if (c === undefined) return;
      if (c === ']') {
        i++;
        return;
      }
      if (c === ',' || c === '}') {
        i++; // a stray `}` would be an empty value that never advances
        continue;
      }
      const from = i;
      if (node === undefined) {
        value(undefined, depth);
        continue;
      }
      const element = item(node, index++);
      const to = value(element, depth);
      define(element, from, to, from, to, false);
    }
  }

  function inlineTable(node: Node | undefined, depth: number): void {
    i++;
    for (;;) {
      skipWsNl();
      const c = text[i];
      if (c === undefined) return;
      if (c === '}') {
        i++;
        return;
      }
      if (c === ',') {
        i++;
        continue;
      }
      const before = i;
      keyValue(node, depth);
      if (i === before) i++; // junk that is not a key: step over it
    }
  }

  function keyValue(table: Node | undefined, depth: number): void {
    const segs = key();
    const last = segs[segs.length - 1];
    skipWs();
    if (last === undefined || text[i] !== '=') return;
    i++;
    skipWs();
    if (table === undefined || !shallow(segs)) {
      value(undefined, depth);
      return;
    }
    const node = child(walkPrefix(table, segs), last.name);
    const from = i;
    const to = value(node, depth);
    define(node, last.from, last.to, from, to, false);
  }

  /** `[a.b]` or `[[a.b]]`; returns the table that the following keys belong to. */
  function header(): Node {
    const from = i;
    const isArray = text[i + 1] === '[';
    i += isArray ? 2 : 1;
    const segs = key();
    const last = segs[segs.length - 1];
    skipWs();
    if (text[i] === ']') {
      i++;
      if (isArray && text[i] === ']') i++;
    }
    // `[]` (or a header too deep to record): what follows belongs to no path
    if (last === undefined || !shallow(segs)) return makeNode();
    const node = child(walkPrefix(root, segs), last.name);
    define(node, last.from, last.to, from, i, false);
    if (!isArray) return node;
    const element = item(node, node.aot++);
    define(element, last.from, last.to, from, i, false);
    return element;
  }

  let current = root;
  while (i < n) {
    skipWsNl();
    if (i >= n) break;
    if (text[i] === '[') current = header();
    else keyValue(current, 0);
    skipToEol(); // the rest of the line is a comment or junk; this always advances past junk
  }

  const find = (path: readonly string[]): Node | undefined => {
    let node: Node | undefined = root;
    for (const seg of path) {
      if (node === undefined) return undefined;
      expand(node);
      node = node.kids?.get(seg) ?? node.items?.[indexOf(seg)];
    }
    return node;
  };
  return {
    tooDeep,
    entry(path) {
      const node = find(path);
      if (node === undefined || node.keyFrom < 0) return undefined;
      return { key: { from: node.keyFrom, to: node.keyTo }, value: { from: node.valueFrom, to: node.valueTo } };
    },
    children(path) {
      const node = find(path);
      if (node) expand(node);
      const names = [...(node?.kids?.keys() ?? [])];
      for (let k = 0; k < (node?.items?.length ?? 0); k++) names.push(String(k));
      return names;
    },
  };
}
