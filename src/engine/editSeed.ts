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
import { indentBefore, setValues } from './edit/setValues.ts';
import type { TextEdit } from './edit/textEdit.ts';
import { placeOf } from './edit/tomlPlace.ts';
import { locateToml } from './locateToml.ts';
import { MAX_SEED } from './rng.ts';

export type { TextEdit } from './edit/textEdit.ts';

const SEED = ['general', 'seed'] as const;
const NO_EDIT: TextEdit = { from: 0, to: 0, insert: '' };

/** Where the line scan of a broken text found the seed, or where it would go. */
type Scanned =
  | { readonly kind: 'value'; readonly range: Range } // `seed = <range>`
  | { readonly kind: 'insert'; readonly at: number; readonly before: string; readonly after: string };

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
  const where = findSeed(text);
  let range: Range | undefined;
  if ('exact' in where) {
    const place = placeOf(where.exact, locateToml(where.exact), SEED);
    range = place?.kind === 'value' ? place.value : undefined;
  } else range = where.scanned.kind === 'value' ? where.scanned.range : undefined;
  return range && parseSeedLiteral(text.slice(range.from, range.to));
}

/**
 * The edit that makes the text's [general] seed equal `seed`: it replaces the existing value, or
 * inserts `seed = N` on the line after the [general] header (indented like the keys there), or
 * into an inline `general = { … }`, or next to dotted `general.… =` keys, or, without any
 * general table, adds "[general]\nseed = N\n\n" before the first table header — setValues' rules.
 * When no edit can do it (`[general.seed]` is a table, `general = 5`), the edit is empty:
 * {from: 0, to: 0, insert: ''}. Throws a RangeError when `seed` itself is not an integer from 0
 * to MAX_SEED (a caller's bug).
 */
export function seedEdit(text: string, seed: number): TextEdit {
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) throw new RangeError(`seedEdit: not a seed: ${seed}`);
  const where = findSeed(text);
  if ('exact' in where) {
    // a bigint is written as a plain integer whatever the old token was (`1.5`, `"42"`)
    const result = setValues(where.exact, [{ path: SEED, value: BigInt(seed) }]);
    return (result.ok && result.changes[0]) || NO_EDIT;
  }
  const place = where.scanned;
  return place.kind === 'value'
    ? { from: place.range.from, to: place.range.to, insert: String(seed) }
    : { from: place.at, to: place.at, insert: `${place.before}seed = ${seed}${place.after}` };
}

/**
 * The part of the text to read with the locator (a prefix of it, or all of it), or what the
 * line scan found when the text is broken.
 */
function findSeed(text: string): { readonly exact: string } | { readonly scanned: Scanned } {
  // Fast path, exact: configs begin with [general] (or root keys), so when the text up to the
  // next table is valid TOML on its own, that part holds all of `general` and is all we read.
  // The seed field reads the text on every keystroke; this keeps that cost independent of the
  // number of metrics.
  const end = topEnd(text);
  if (end < text.length) {
    const top = text.slice(0, end);
    if (isToml(top) && locateToml(top).entry(['general']) !== undefined) return { exact: top };
  }
  const scanned = isToml(text) ? undefined : scanLines(text);
  return scanned ? { scanned } : { exact: text };
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

/** After the line holding `at` (a [general] header): `seed = N` on a new line of its own. */
function afterLine(text: string, at: number, indent: string): Scanned {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const nl = text.indexOf('\n', at);
  return nl === -1 ? { kind: 'insert', at: text.length, before: eol + indent, after: '' } : { kind: 'insert', at: nl + 1, before: indent, after: eol };
}

/** The first `[general]` section, line by line; undefined when no such header line exists. */
function scanLines(text: string): Scanned | undefined {
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
