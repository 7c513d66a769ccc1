import { TomlDate } from 'smol-toml';
import { makeDiagnostic, type Diagnostic, type LineIndex, type Range, type Severity } from './diagnostic.ts';
import type { KeyDoc } from './schema/keyDoc.ts';
import type { TomlLocations } from './locateToml.ts';
import { excerpt } from './quote.ts';

// Collects diagnostics while the validator walks the parsed data, and turns key paths back
// into text ranges through the locator. A path that the locator cannot place (it always can
// for text smol-toml accepted, but the fallback must exist) walks up to its parent.

export type Path = readonly string[];
export type Table = { readonly [key: string]: unknown };

export function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof TomlDate) && !(v instanceof Date);
}

export function describe(v: unknown): string {
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'boolean') return 'a boolean';
  if (typeof v === 'number' || typeof v === 'bigint') return 'a number';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof TomlDate || v instanceof Date) return 'a date';
  return 'a table';
}

export interface Bounds {
  readonly min: number;
  readonly max: number;
  /** min itself is not allowed (step_size > 0). */
  readonly minExclusive?: boolean;
}

export class Checker {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly text: string,
    private readonly loc: TomlLocations,
    private readonly index: LineIndex,
  ) {}

  range(path: Path, part: 'key' | 'value'): Range {
    for (let p = path; p.length > 0; p = p.slice(0, -1)) {
      const found = this.loc.entry(p);
      if (found) return p === path && part === 'value' ? found.value : found.key;
    }
    // Nothing to point at: the first line.
    const nl = this.text.indexOf('\n');
    return { from: 0, to: nl < 0 ? this.text.length : nl };
  }

  report(severity: Severity, path: Path, part: 'key' | 'value', message: string): void {
    this.diagnostics.push(makeDiagnostic(this.index, severity, this.range(path, part), message));
  }

  error(path: Path, part: 'key' | 'value', message: string): void {
    this.report('error', path, part, message);
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  /** The value's source text, shortened for messages. */
  raw(path: Path, v: unknown): string {
    const e = this.loc.entry(path);
    // at most a few hundred characters are read: a value may be most of a 1,000,000-character text
    return e ? excerpt(this.text.slice(e.value.from, e.value.to), 40, true) : excerpt(String(v), 40, true);
  }

  /** Source keys of a table in file order (JavaScript objects put integer-like keys first). */
  keys(path: Path, table: Table): string[] {
    const ordered = this.loc.children(path).filter((k) => Object.hasOwn(table, k));
    const placed = new Set(ordered); // a Set, not Array#includes: a pasted config may have 10^5 keys
    return [...ordered, ...Object.keys(table).filter((k) => !placed.has(k))];
  }

  number(path: Path, v: unknown, doc: KeyDoc, bounds: Bounds): number | undefined {
    const key = path[path.length - 1] ?? '';
    const raw = this.raw(path, v);
    const n = typeof v === 'bigint' && doc.type === 'number' ? Number(v) : v;
    const floatText = /[.eE]|inf|nan/.test(raw) && !/^[+-]?0x/i.test(raw);
    const ok =
      typeof n === 'number' &&
      Number.isFinite(n) &&
      (doc.type !== 'integer' || (Number.isInteger(n) && !floatText)) &&
      (bounds.minExclusive ? n > bounds.min : n >= bounds.min) &&
      n <= bounds.max;
    if (ok) return n;
    const got = typeof n === 'number' || typeof n === 'bigint' ? raw : `${describe(v)} (${raw})`;
    this.error(path, 'value', `\`${key}\` must be ${doc.limits ?? `a ${doc.type}`}; got ${got}`);
    return undefined;
  }
}
