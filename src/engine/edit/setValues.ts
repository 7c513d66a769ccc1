import { locateToml, type TomlLocations } from '../locateToml.ts';
import type { TextEdit } from './textEdit.ts';
import { isIndex, placeOf, type Place } from './tomlPlace.ts';
import { keyText, valueText, type EditValue } from './tomlText.ts';

// The one writer of TOML edits (STYLE.md habit 6): setValues(text, edits) sets key paths to new
// values with the smallest changes to the text, so that comments, layout, quoting and the
// spelling of every other value stay the user's, and an editor can apply the result as one
// undoable transaction.
//
//   setValues(text: string, edits: readonly ValueEdit[]): SetValuesResult
//
// A path names a key as the locator does (locateToml.ts): table names and keys, and for an
// array (of tables, or a value) the element's index — ['general', 'seed'],
// ['metrics', 'cpu', 'min'], ['anomalies', 'cpu', 0, 'at'] for the first [[anomalies.cpu]].
// An existing value has its token replaced (nothing else on the line moves). A missing key is
// added where its table is written: on the line after the table's [header], indented like the
// table's keys; inside an inline table `{ … }` (first, so no comma has to follow the last
// one); next to the dotted keys that make the table (`general.seed = 1` before
// `general.num_samples = …`); and a table that does not exist yet gets a new [header] before
// the first table of the file, so that root keys stay at the root.
//
// It reads the text with the locator, so on text that is not valid TOML it makes a best effort
// (the value tokens it finds are replaced just the same). It never throws; an edit it cannot
// make is a reason in words, and then the text must not change at all.

export type { TextEdit } from './textEdit.ts';
export type { EditValue, TomlLiteral } from './tomlText.ts';

export interface ValueEdit {
  readonly path: readonly (string | number)[];
  readonly value: EditValue;
}

export type SetValuesResult =
  /** Sorted by position, not overlapping; applying them all gives the text with the new values. */
  | { readonly ok: true; readonly changes: readonly TextEdit[] }
  | { readonly ok: false; readonly reason: string };

/** A group of new `key = value` lines (or pairs) that go in the same place. */
interface Insertion {
  readonly at: number;
  readonly pairs: string[];
  /** Renders the pairs as the text to insert at `at`. */
  readonly render: (pairs: readonly string[]) => string;
  /** Among insertions at the same offset, lower goes first (root keys before new tables). */
  readonly order: number;
}

const eolOf = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');
const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
/** Where a line inserted before the statement at `at` goes: its line's start, never before a byte-order mark. */
const statementStart = (text: string, at: number): number => Math.max(lineStart(text, at), text.startsWith('\uFEFF') ? 1 : 0);

/** The indentation before `at` when only spaces and tabs precede it on its line. */
export function indentBefore(text: string, at: number): string | undefined {
  const prefix = text.slice(lineStart(text, at), at).replace(/^\uFEFF/, '');
  return /^[ \t]*$/.test(prefix) ? prefix : undefined;
}

export const dotted = (path: readonly string[]): string => path.map(keyText).join('.');

/** Where the first `[table]` or `[[array]]` header starts, if there is one. */
function firstHeader(loc: TomlLocations): number | undefined {
  let first: number | undefined;
  const walk = (path: readonly string[]): void => {
    for (const name of loc.children(path)) {
      const kid = [...path, name];
      const e = loc.entry(kid);
      // a header's range holds its last key segment; `k = v` has the key before the value
      if (e !== undefined && e.key.from > e.value.from && (first === undefined || e.value.from < first)) first = e.value.from;
      walk(kid);
    }
  };
  walk([]);
  return first;
}

export function setValues(text: string, edits: readonly ValueEdit[]): SetValuesResult {
  const paths = edits.map((e) => e.path.map(String));
  const clash = conflict(paths);
  if (clash !== undefined) return { ok: false, reason: clash };
  const loc = locateToml(text);
  const eol = eolOf(text);
  const changes: TextEdit[] = [];
  const insertions = new Map<string, Insertion>();
  let top: { at: number; atEnd: boolean } | undefined; // where new root keys and tables go
  const topPlace = (): { at: number; atEnd: boolean } => {
    if (top) return top;
    const header = firstHeader(loc);
    return (top = header === undefined ? { at: text.length, atEnd: true } : { at: statementStart(text, header), atEnd: false });
  };
  const insert = (id: string, pair: string, make: () => Omit<Insertion, 'pairs'>): void => {
    const found = insertions.get(id);
    if (found) found.pairs.push(pair);
    else insertions.set(id, { ...make(), pairs: [pair] });
  };

  for (const [n, path] of paths.entries()) {
    const edit = edits[n]!;
    const name = dotted(path);
    if (path.length === 0) return { ok: false, reason: 'an edit names no key' };
    const place = placeOf(text, loc, path);
    if (place !== undefined) {
      if (place.kind !== 'value') return { ok: false, reason: `\`${name}\` is a table, not a value` };
      const v = valueText(edit.value, text.slice(place.value.from, place.value.to));
      if (!v.ok) return { ok: false, reason: `\`${name}\`: ${v.reason}` };
      changes.push({ from: place.value.from, to: place.value.to, insert: v.text });
      continue;
    }
    const v = valueText(edit.value, undefined);
    if (!v.ok) return { ok: false, reason: `\`${name}\`: ${v.reason}` };
    // the nearest table that is written in the text
    let k = path.length - 1;
    let parent: Place | undefined;
    for (; k > 0 && (parent = placeOf(text, loc, path.slice(0, k))) === undefined; k--);
    const missing = path.slice(k);
    const pair = `${dotted(missing)} = ${v.text}`;
    const where = dotted(path.slice(0, k));
    if (missing.some(isIndex)) return { ok: false, reason: `\`${name}\`: there is no element ${missing.find(isIndex)} to set a key in` };
    const kind = parent?.kind ?? 'prefix';
    switch (kind) {
      case 'prefix': {
        // a new table: a root key, or a [header] of the path's tables (none of them an array)
        for (let j = 1; j < path.length - 1; j++) {
          if (placeOf(text, loc, path.slice(0, j))?.kind === 'aot') return { ok: false, reason: `\`${name}\`: \`${dotted(path.slice(0, j))}\` is an array of tables; name an element` };
        }
        const table = path.slice(0, -1);
        const line = `${keyText(path[path.length - 1]!)} = ${v.text}`;
        insert(table.length === 0 ? 'root' : `table:${dotted(table)}`, line, () => newTable(text, topPlace(), table, eol));
        break;
      }
      case 'header': {
        const { header } = parent as Extract<Place, { kind: 'header' }>;
        insert(`after:${header.from}`, pair, () => afterHeader(text, loc, path.slice(0, k), header.from, header.to, eol));
        break;
      }
      case 'dotted': {
        const { statement, key } = parent as Extract<Place, { kind: 'dotted' }>;
        const line = `${text.slice(statement, key.to)}.${pair}`;
        const indent = text.slice(statementStart(text, statement), statement);
        insert(`dotted:${statement}`, line, () => ({ at: statementStart(text, statement), order: 1, render: (pairs) => pairs.map((p) => indent + p + eol).join('') }));
        break;
      }
      case 'value': {
        const { value } = parent as Extract<Place, { kind: 'value' }>;
        if (text[value.from] !== '{') return { ok: false, reason: `\`${name}\`: \`${where}\` is a value, not a table` };
        insert(`inline:${value.from}`, pair, () => inlineTable(text, value.from, value.to));
        break;
      }
      case 'aot':
        return { ok: false, reason: `\`${name}\`: \`${where}\` is an array of tables; name an element, such as \`${dotted([...path.slice(0, k), '0', ...missing])}\`` };
      case 'other':
        return { ok: false, reason: `\`${name}\`: no key can be added next to the dotted keys that make \`${where}\`` };
    }
  }
  for (const ins of [...insertions.values()].sort((a, b) => a.at - b.at || a.order - b.order)) {
    changes.push({ from: ins.at, to: ins.at, insert: ins.render(ins.pairs) });
  }
  return merge(changes);
}

/** Two edits of one path, or of a table and a key inside it, cannot both be made. */
function conflict(paths: readonly (readonly string[])[]): string | undefined {
  const full = new Map<string, number>();
  paths.forEach((p, i) => full.set(JSON.stringify(p), i));
  for (const [i, p] of paths.entries()) {
    for (let len = 1; len <= p.length; len++) {
      const j = full.get(JSON.stringify(p.slice(0, len)));
      if (j !== undefined && j !== i) return len === p.length ? `\`${dotted(p)}\` is set twice` : `\`${dotted(p.slice(0, len))}\` is set and so is \`${dotted(p)}\` inside it`;
    }
  }
  return undefined;
}

/** Sorts the changes; inserts at one offset become one change; overlaps are refused. */
function merge(changes: TextEdit[]): SetValuesResult {
  const sorted = changes.map((c, i) => ({ c, i })).sort((a, b) => a.c.from - b.c.from || a.c.to - b.c.to || a.i - b.i).map(({ c }) => c);
  const out: TextEdit[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && c.from < last.to) return { ok: false, reason: 'two of the edits change the same part of the text' };
    if (last !== undefined && last.from === last.to && c.from === last.from && c.to === c.from) out[out.length - 1] = { ...last, insert: last.insert + c.insert };
    else out.push(c);
  }
  return { ok: true, changes: out };
}

/** New keys on the lines after a [header], indented like the table's keys (or like the header). */
function afterHeader(text: string, loc: TomlLocations, table: readonly string[], from: number, to: number, eol: string): Omit<Insertion, 'pairs'> {
  const indent =
    loc
      .children(table)
      .map((c) => loc.entry([...table, c])?.key.from)
      .filter((at): at is number => at !== undefined && at > to)
      .map((at) => indentBefore(text, at))
      .find((i) => i !== undefined) ??
    indentBefore(text, from) ??
    '';
  const nl = text.indexOf('\n', to);
  return nl === -1
    ? { at: text.length, order: 1, render: (pairs) => pairs.map((p) => eol + indent + p).join('') }
    : { at: nl + 1, order: 1, render: (pairs) => pairs.map((p) => indent + p + eol).join('') };
}

/** New keys first in an inline table, so the table's own last entry keeps needing no comma. */
function inlineTable(text: string, from: number, to: number): Omit<Insertion, 'pairs'> {
  const inner = text.slice(from + 1, to - 1);
  const empty = text[to - 1] === '}' && /^[ \t]*$/.test(inner); // `{}` → `{ k = v }`
  return { at: from + 1, order: 1, render: (pairs) => ` ${pairs.join(', ')}${empty ? (inner === '' ? ' ' : '') : ','}` };
}

/**
 * A table that is not in the text: root keys go before the first header, and a new [header]
 * with its keys after them, followed by a blank line; with no header, at the end of the text.
 */
function newTable(text: string, top: { at: number; atEnd: boolean }, table: readonly string[], eol: string): Omit<Insertion, 'pairs'> {
  const root = table.length === 0;
  const head = root ? '' : `[${dotted(table)}]${eol}`;
  if (!top.atEnd) return { at: top.at, order: root ? 0 : 2, render: (pairs) => head + pairs.map((p) => p + eol).join('') + (root ? '' : eol) };
  // at the end: start on a line of its own, and leave a blank line before a new table
  const newline = text === '' || text.endsWith('\n') ? '' : eol;
  const gap = root || text.trim() === '' ? '' : eol;
  return { at: text.length, order: root ? 0 : 2, render: (pairs) => newline + gap + head + pairs.map((p) => p + eol).join('') };
}
