import type { Range } from '../diagnostic.ts';
import { placeOf } from '../edit/tomlPlace.ts';
import { locateToml, type TomlLocations } from '../locateToml.ts';
import { excerpt } from '../quote.ts';
import { lineAround, statementKey, tokenAt, trimmedLine } from './lineText.ts';

// smol-toml's syntax errors in the words a person uses, at the token at fault. smol-toml gives
// a reason ("illegal character in key") and a position (often the end of the line); this reads
// the line there to say what is wrong in the user's own terms — a header missing its `]`, an
// unclosed string, a key set twice (and where it was first set), `[x]` after `[[x]]`, a key
// with a space or a stray character, a value missing after `=` — and underlines a non-empty
// range. Any other reason keeps smol-toml's wording. It never throws.

export interface Explained {
  readonly range: Range;
  readonly message: string;
}

const PREFIX = 'TOML syntax error: ';
const shown = (s: string): string => `\`${excerpt(s, 60)}\``;

/** `reason` is smol-toml's, without its "Invalid TOML document:" prefix; `at` is its position as an offset. */
export function explainSyntax(text: string, reason: string, at: number): Explained {
  const found = explain(text, reason, at);
  if (found !== undefined && found.range.to > found.range.from) return { range: found.range, message: PREFIX + found.message };
  return { range: tokenAt(text, at), message: PREFIX + excerpt(reason, 200) };
}

function explain(text: string, reason: string, at: number): Explained | undefined {
  if (reason === 'illegal character in key' || reason === 'expected end of table array declaration') return badKey(text, at);
  if (reason === 'unfinished string' || reason === 'control characters are not allowed in strings') return badString(text, at);
  if (reason.startsWith('trying to redefine')) return redefined(text, at);
  if (reason === 'invalid value') return badValue(text, at);
  return undefined;
}

/** `[general` (no `]`), `[[x]`, `num samples = 1`, `se$ed = 1`, `seed 1`. */
function badKey(text: string, at: number): Explained | undefined {
  const line = trimmedLine(text, at);
  const content = text.slice(line.from, line.to);
  if (content.startsWith('[')) {
    const aot = content.startsWith('[[');
    const closing = (content.match(/]/g) ?? []).length;
    if (closing < (aot ? 2 : 1)) {
      const name = content.slice(aot ? 2 : 1).replace(/]+$/, '').trim();
      const message = aot
        ? `${shown(content)} is missing its closing \`]]\`: an array of tables is written [[${excerpt(name, 60)}]]`
        : `${shown(content)} is missing its closing \`]\`: a table header is written [${excerpt(name, 60)}]`;
      return { range: line, message };
    }
    const c = text.charAt(at);
    const open = line.from + (aot ? 2 : 1);
    const inner = lineAround(text, open, line.from + content.indexOf(']'));
    const name = text.slice(inner.from, inner.to).trim();
    if (/\s/.test(text.charAt(at - 1)) && name !== '') {
      return { range: inner, message: `the table name ${shown(name)} has a space in it: write \`${excerpt(name.replace(/\s+/g, '_'), 60)}\`, or quote it: "${excerpt(name, 60)}"` };
    }
    return { range: { from: at, to: at + 1 }, message: `${shown(c)} cannot appear in a table name: a bare name has letters, digits, \`_\` and \`-\`; quote it to use others` };
  }
  const eq = content.indexOf('=');
  const keyEnd = eq === -1 ? line.to : line.from + eq;
  const keyRange = { from: line.from, to: lineAround(text, line.from, keyEnd).to };
  const key = text.slice(keyRange.from, keyRange.to);
  if (key === '') return undefined;
  if (eq === -1) {
    const first = /^[^\s]*/.exec(key)?.[0] ?? key;
    return { range: keyRange, message: `${shown(key)} has no \`=\`: a key is followed by \`=\` and a value, such as \`${excerpt(first, 40)} = 1\`` };
  }
  const c = text.charAt(at);
  if (/\s/.test(text.charAt(at - 1)) && at < keyEnd) {
    return { range: keyRange, message: `the key ${shown(key)} has a space in it: write \`${excerpt(key.replace(/\s+/g, '_'), 60)}\`, or quote it: "${excerpt(key, 60)}"` };
  }
  return { range: keyRange, message: `${shown(c)} cannot appear in the key ${shown(key)}: a bare key has letters, digits, \`_\` and \`-\`; quote it to use others` };
}

/** An unclosed string: from its opening quote to the end of its line. A control character in one: that character. */
function badString(text: string, at: number): Explained | undefined {
  const c = text.charAt(at);
  if (at < text.length && c !== '\n' && c !== '\r' && !/["']/.test(c)) {
    const hex = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { range: { from: at, to: at + 1 }, message: `a string cannot hold the control character U+${hex}: write it as \\u${hex}` };
  }
  const line = trimmedLine(text, Math.max(0, c === '\n' || c === '\r' || at >= text.length ? at - 1 : at));
  // smol-toml points at the opening quote (end of text) or at the end of the line (a line break)
  let open = /["']/.test(c) ? at : -1;
  if (open < 0) {
    const eq = text.indexOf('=', line.from);
    const from = eq >= 0 && eq < line.to ? eq : line.from;
    const m = /["']/.exec(text.slice(from, line.to));
    open = m === null ? -1 : from + m.index;
  }
  if (open < 0) return undefined;
  const q = text.charAt(open);
  const triple = text.startsWith(q.repeat(3), open);
  const range = { from: open, to: Math.max(open + 1, trimmedLine(text, open).to) };
  const what = excerpt(text.slice(range.from, range.to), 40);
  return triple
    ? { range, message: `the multi-line string \`${what}\` is never closed: end it with ${q.repeat(3)}` }
    : { range, message: `the string \`${what}\` is not closed: end it with ${q} on the same line` };
}

/** `seed =` with nothing after it, or a bare word where a value goes. */
function badValue(text: string, at: number): Explained | undefined {
  const line = trimmedLine(text, Math.max(0, at - 1));
  const rest = text.slice(at, line.to);
  if (at >= line.to || rest.startsWith('#')) {
    const key = statementKey(text, line.from, at);
    if (key === undefined) return undefined;
    return { range: { from: key.from, to: at > line.to ? line.to : lineAround(text, key.from, at).to }, message: `${shown(text.slice(key.from, key.to))} has no value: write one after \`=\`` };
  }
  const word = /^[A-Za-z_][\w-]*/.exec(rest)?.[0];
  if (word === undefined) return undefined;
  const range = { from: at, to: at + word.length };
  const lower = word.toLowerCase();
  if (['true', 'false', 'inf', 'nan'].includes(lower)) return { range, message: `${shown(word)} is written in lower case: \`${lower}\`` };
  return { range, message: `${shown(word)} is not a TOML value: text needs quotes, "${excerpt(word, 60)}"` };
}

/** A key or table defined twice: name it and the line of its first definition. */
function redefined(text: string, at: number): Explained | undefined {
  const line = trimmedLine(text, at);
  const content = text.slice(line.from, line.to);
  const loc = locateToml(text);
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
  if (content.startsWith('[')) {
    const aot = content.startsWith('[[');
    const close = content.indexOf(']');
    const inner = close < 0 ? content.slice(aot ? 2 : 1) : content.slice(aot ? 2 : 1, close);
    const path = chain(locateToml(`[${inner}]`));
    const e = loc.entry(path);
    const place = placeOf(text, loc, path);
    const name = path.join('.');
    const from = line.from + (aot ? 2 : 1) + (inner.length - inner.trimStart().length);
    const range = { from, to: from + inner.trim().length };
    if (e === undefined || place === undefined) return { range, message: `[${excerpt(name, 60)}] is defined twice` };
    const first = lineOf(Math.min(e.key.from, e.value.from));
    switch (place.kind) {
      case 'aot':
        return aot ? undefined : { range, message: `\`${excerpt(name, 60)}\` is an array of tables ([[${excerpt(name, 60)}]], line ${first}); [${excerpt(name, 60)}] redefines it` };
      case 'header':
        return aot
          ? { range, message: `\`${excerpt(name, 60)}\` is already a table ([${excerpt(name, 60)}] on line ${first}); [[${excerpt(name, 60)}]] cannot make it an array of tables` }
          : { range, message: `[${excerpt(name, 60)}] is already defined on line ${first}: put its keys there` };
      case 'value':
        return { range, message: `\`${excerpt(name, 60)}\` is already set on line ${first}; ${aot ? '[[' : '['}${excerpt(name, 60)}${aot ? ']]' : ']'} redefines it` };
      default:
        return { range, message: `\`${excerpt(name, 60)}\` is already defined on line ${first} (by dotted keys); ${aot ? '[[' : '['}${excerpt(name, 60)}${aot ? ']]' : ']'} redefines it` };
    }
  }
  const key = statementKey(text, at, line.to);
  if (key === undefined) return undefined;
  const segs = chain(locateToml(`${text.slice(key.from, key.to)} = 0`));
  const range = key;
  // the nearest earlier definition of the key, or of a part of it that holds a value
  for (let k = segs.length; k >= 1; k--) {
    const hit = nearestBefore(loc, segs.slice(0, k), at, text, k < segs.length);
    if (hit === undefined) continue;
    const name = excerpt(segs.slice(0, k).join('.'), 60);
    return k === segs.length
      ? { range, message: `\`${name}\` is already set on line ${lineOf(hit)}` }
      : { range, message: `\`${name}\` is already set to a value on line ${lineOf(hit)}, so \`${excerpt(segs.join('.'), 60)}\` cannot add a key to it` };
  }
  return { range, message: `${shown(text.slice(key.from, key.to))} is set twice` };
}

/** The single path of a text holding one header or one key (`a.b.c`). */
function chain(loc: TomlLocations): string[] {
  const path: string[] = [];
  for (let kids = loc.children([]); kids.length === 1; kids = loc.children(path)) path.push(kids[0]!);
  return path;
}

/** Where the last definition before `at` of a path ending in `suffix` starts (values only when `valuesOnly`). */
function nearestBefore(loc: TomlLocations, suffix: readonly string[], at: number, text: string, valuesOnly: boolean): number | undefined {
  let best: number | undefined;
  const walk = (path: readonly string[], depth: number): void => {
    if (depth > 64) return;
    for (const name of loc.children(path)) {
      const kid = [...path, name];
      const e = loc.entry(kid);
      const ends = kid.length >= suffix.length && suffix.every((s, i) => kid[kid.length - suffix.length + i] === s);
      if (e !== undefined && ends && e.key.from < at && (best === undefined || e.key.from > best)) {
        if (!valuesOnly || placeOf(text, loc, kid)?.kind === 'value') best = e.key.from;
      }
      walk(kid, depth + 1);
    }
  };
  walk([], 0);
  return best;
}
