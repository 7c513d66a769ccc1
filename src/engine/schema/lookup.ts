import type { Distribution } from '../types.ts';
import type { KeyDoc, PathPattern, Scope } from './keyDoc.ts';
import { KEY_DOCS, SCOPES } from './table.ts';

// Questions asked of the schema table by validation, the editor and the README generator.

export function keysIn(scope: Scope): readonly KeyDoc[] {
  return KEY_DOCS.filter((d) => d.scope === scope);
}

export function keyDoc(scope: Scope, key: string): KeyDoc | undefined {
  return KEY_DOCS.find((d) => d.scope === scope && d.key === key);
}

/** The keys of `scope` that `kind` reads (all of them for a key without readBy), in table order. */
export function keysFor(scope: Scope, kind: string): readonly KeyDoc[] {
  return keysIn(scope).filter((d) => d.readBy === undefined || d.readBy.includes(kind));
}

/** The allowed values in words: the limits, and the other spellings a sample count takes. */
export function allowedText(d: KeyDoc): string {
  const base = d.limits ?? (d.type === 'table' ? 'a table' : `a ${d.type}`);
  const also = d.also?.map((a) => (a === 'duration' ? 'a duration ("5m"), counted in samples at the interval' : 'a date-time inside the series'));
  return also === undefined ? base : `${base}; or ${also.join(', or ')}`;
}

/** noise_args keys that a distribution takes, in table order. */
export function noiseArgsFor(distribution: Distribution): readonly KeyDoc[] {
  return keysFor('noise_args', distribution);
}

const segmentMatches = (p: string, seg: string | undefined): boolean =>
  p === '*' ? seg !== undefined : p === '#' ? seg !== undefined && /^\d+$/.test(seg) : p === seg;

const matches = (pattern: PathPattern, path: readonly string[]): boolean =>
  pattern.length === path.length && pattern.every((p, i) => segmentMatches(p, path[i]));

/** Whether the root table `key` holds one sub-table per name (`[metrics.NAME]`), by the scope paths. */
export function hasNamedTables(key: string): boolean {
  return SCOPES.some((s) => s.paths.some((p) => p.length === 2 && p[0] === key && p[1] === '*'));
}

/** The scope of the table at `path`, e.g. ['metrics', 'cpu', 'noise_args'] → 'noise_args'. */
export function scopeOfPath(path: readonly string[]): Scope | undefined {
  return SCOPES.find((s) => s.paths.some((p) => matches(p, path)))?.scope;
}
