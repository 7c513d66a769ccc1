// The seed field and `[general] seed` mirror each other. These functions find the seed in the
// text and compute the one edit that changes it, touching nothing else, so the user's layout,
// comments and undo history stay theirs.
//
// On valid TOML the locator gives exact positions. The seed field must keep working while the
// user is halfway through an edit elsewhere: when the part of the text that holds `general` is
// valid on its own, errors after it do not matter; otherwise a line-based scan of the
// `[general]` section comes first (a broken line in another table cannot throw it off), and the
// locator's best effort is the fallback. Nothing here throws on any text.

import { parse } from 'smol-toml';
import type { Range } from './diagnostic.ts';
import { locateToml, type TomlLocations } from './locateToml.ts';
import { MAX_SEED } from './rng.ts';
import { assertNever } from './types.ts';

export interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** Where the seed is, or where it would go. */
type Place =
  | { readonly kind: 'value'; readonly range: Range } // `seed = <range>`
  | { readonly kind: 'insert'; readonly at: number; readonly before: string; readonly key: string; readonly after: string }
  | { readonly kind: 'blocked' }; // no edit of one value can fix it: `[general.seed]`, `general = 5`, `[[general]]`

const TOML_INTEGER = /^(?:[+-]?(?:0|[1-9](?:_?\d)*)|0x[\dA-Fa-f](?:_?[\dA-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*)$/;
const GENERAL_HEADER = /^\uFEFF?[ \t]*\[[ \t]*(?:general|"general"|'general')[ \t]*\][ \t]*(?:#.*)?$/;
const SEED_KEY = /^[ \t]*(?:seed|"seed"|'seed')[ \t]*=[ \t]*/;
const KEY_LINE = /^([ \t]*)["'\w-]/;

/** A TOML integer literal (`42`, `1_000`, `0x2A`…) that is a valid seed, 0 to MAX_SEED; else undefined. Also parses the seed field's input. */
export function parseSeedLiteral(literal: string): number | undefined {
  const s = literal.trim();
  if (!TOML_INTEGER.test(s)) return undefined;
  const n = BigInt(s.replace(/_/g, '').replace(/^\+/, '')); // BigInt reads 0x/0o/0b and -0 itself
  return n >= 0n && n <= BigInt(MAX_SEED) ? Number(n) : undefined;
}

/** The seed currently in the text, if it is a valid non-negative safe integer literal; undefined otherwise. */
export function readSeed(text: string): number | undefined {
  const place = findSeed(text);
  return place.kind === 'value' ? parseSeedLiteral(text.slice(place.range.from, place.range.to)) : undefined;
}

/**
 * The edit that makes the text's [general] seed equal `seed`: it replaces the existing value, or
 * inserts `seed = N` on the line after the [general] header (indented like the keys there), or
 * into an inline `general = { … }`, or next to dotted `general.… =` keys, or, without any
 * general table, adds "[general]\nseed = N\n\n" before the first table header. When no edit can
 * do it (`[general.seed]` is a table, `general = 5`), the edit is empty: {from: 0, to: 0, insert: ''}.
 * Throws a RangeError when `seed` itself is not an integer from 0 to MAX_SEED (a caller's bug).
 */
export function seedEdit(text: string, seed: number): TextEdit {
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) throw new RangeError(`seedEdit: not a seed: ${seed}`);
  const place = findSeed(text);
  switch (place.kind) {
    case 'value':
      return { from: place.range.from, to: place.range.to, insert: String(seed) };
    case 'insert':
      return { from: place.at, to: place.at, insert: `${place.before}${place.key} = ${seed}${place.after}` };
    case 'blocked':
      return { from: 0, to: 0, insert: '' };
    default:
      return assertNever(place);
  }
}

function findSeed(text: string): Place {
  // Fast path, exact: configs begin with [general] (or root keys), so when the text up to the
  // next table is valid TOML on its own, that part holds all of `general` and is all we read.
  // The seed field reads the text on every keystroke; this keeps that cost independent of the
  // number of metrics.
  const end = topEnd(text);
  if (end < text.length) {
    const top = text.slice(0, end);
    const loc = isToml(top) ? locateToml(top) : undefined;
    if (loc?.entry(['general']) !== undefined) return locate(top, loc);
  }
  return (isToml(text) ? undefined : scanLines(text)) ?? locate(text, locateToml(text));
}

function isToml(text: string): boolean {
  try {
    parse(text, { integersAsBigInt: 'asNeeded', maxDepth: 64 }); // the options parseConfig uses
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the top of the text ends: at the first line that opens a table, not counting a first
 * `[general]` header (then it ends at the line opening the table after it). When the top is
 * valid TOML on its own, that line is a real header, so the top holds every root key and the
 * whole `[general]` section.
 */
function topEnd(text: string): number {
  let general = false;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const next = nl === -1 ? text.length : nl + 1;
    const line = text.slice(at, next).replace(/\r?\n$/, '');
    if (/^\uFEFF?[ \t]*\[/.test(line)) {
      if (general || !GENERAL_HEADER.test(line)) return at;
      general = true;
    }
    at = next;
  }
  return text.length;
}

const eolOf = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');
const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
/** Where to insert a line before the statement at `at`: its line's start, but never before a byte-order mark. */
const statementStart = (text: string, at: number): number => Math.max(lineStart(text, at), text.startsWith('\uFEFF') ? 1 : 0);
/** The indentation before `at` when only spaces and tabs precede it on its line; undefined otherwise. */
function indentBefore(text: string, at: number): string | undefined {
  const prefix = text.slice(lineStart(text, at), at).replace(/^\uFEFF/, '');
  return /^[ \t]*$/.test(prefix) ? prefix : undefined;
}

/** After the line holding `at` (a [general] header): `seed = N` on a new line of its own. */
function afterLine(text: string, at: number, indent: string): Place {
  const eol = eolOf(text);
  const nl = text.indexOf('\n', at);
  return nl === -1
    ? { kind: 'insert', at: text.length, before: eol + indent, key: 'seed', after: '' }
    : { kind: 'insert', at: nl + 1, before: indent, key: 'seed', after: eol };
}

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

/** No general table at all: a new one, before the first header so that root keys stay at the root. */
function newTable(text: string, loc: TomlLocations): Place {
  const eol = eolOf(text);
  const header = firstHeader(loc);
  if (header !== undefined) {
    return { kind: 'insert', at: statementStart(text, header), before: `[general]${eol}`, key: 'seed', after: eol + eol };
  }
  const before = text === '' || text.endsWith('\n') ? '' : eol;
  return { kind: 'insert', at: text.length, before: `${before}${text.trim() === '' ? '' : eol}[general]${eol}`, key: 'seed', after: eol };
}

/** Exact on valid TOML (the locator's positions); a best effort on anything else. */
function locate(text: string, loc: TomlLocations): Place {
  const general = loc.entry(['general']);
  if (general === undefined) return newTable(text, loc);
  const seed = loc.entry(['general', 'seed']);
  if (seed !== undefined) {
    // `seed = v` has its value after its key; `[general.seed]` and `seed.x = 1` do not
    return seed.key.to <= seed.value.from ? { kind: 'value', range: seed.value } : { kind: 'blocked' };
  }
  const { key, value } = general;
  if (key.to <= value.from) {
    // `general = …`: only an inline table can take a seed; insert it first, after the `{`
    if (text[value.from] !== '{') return { kind: 'blocked' };
    const inner = text.slice(value.from + 1, value.to - 1);
    const empty = text[value.to - 1] === '}' && /^[ \t]*$/.test(inner); // `{}` → `{ seed = N }`
    return { kind: 'insert', at: value.from + 1, before: ' ', key: 'seed', after: empty ? (inner === '' ? ' ' : '') : ',' };
  }
  if (key.from > value.from) {
    // a header: `[general]` takes the seed on its next line; `[[general]]` is no table
    if (text.startsWith('[[', value.from)) return { kind: 'blocked' };
    const indent = loc
      .children(['general'])
      .map((c) => loc.entry(['general', c])?.key.from)
      .filter((at): at is number => at !== undefined && at > value.to)
      .map((at) => indentBefore(text, at))
      .find((i) => i !== undefined);
    return afterLine(text, value.to, indent ?? indentBefore(text, value.from) ?? '');
  }
  // `general` exists only as a prefix: of root dotted keys (`general.num_samples = 1`: add a
  // sibling line before the first) or of a header (`[general.x]`: add the table itself)
  const indent = indentBefore(text, key.from);
  if (indent === undefined) return newTable(text, loc);
  return { kind: 'insert', at: statementStart(text, key.from), before: indent, key: 'general.seed', after: eolOf(text) };
}

/** The first `[general]` section, line by line; undefined when no such header line exists. */
function scanLines(text: string): Place | undefined {
  const lines = text.split('\n');
  let offset = 0;
  let header: number | undefined;
  let indent: string | undefined;
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const at = offset;
    offset += raw.length + 1;
    if (header === undefined) {
      if (GENERAL_HEADER.test(line)) header = at;
      continue;
    }
    if (/^[ \t]*\[/.test(line)) break; // the next table
    const seed = SEED_KEY.exec(line);
    if (seed !== null) {
      const hash = line.indexOf('#', seed[0].length);
      const value = (hash === -1 ? line : line.slice(0, hash)).slice(seed[0].length).trimEnd();
      const from = at + seed[0].length;
      return { kind: 'value', range: { from, to: from + value.length } };
    }
    indent ??= KEY_LINE.exec(line)?.[1];
  }
  if (header === undefined) return undefined;
  return afterLine(text, header, indent ?? indentBefore(text, text.indexOf('[', header)) ?? '');
}
