import type { Range } from '../diagnostic.ts';
import { locateToml, type TomlLocations } from '../locateToml.ts';
import { keyDoc, scopeOfPath } from '../schema/lookup.ts';
import { placeOf } from './tomlPlace.ts';

// The value under a position (for scrubbing a number in the editor): its key path, as setValues
// takes it, and its token. Containers (`{…}`, `[…]`) are looked into, so a number inside an
// inline table or an array is found too.

export interface ValueAtPosition {
  readonly path: readonly string[];
  readonly range: Range;
}

export function valueAt(text: string, pos: number): ValueAtPosition | undefined {
  const loc = locateToml(text);
  return search(text, loc, [], pos, 0);
}

function search(text: string, loc: TomlLocations, path: readonly string[], pos: number, depth: number): ValueAtPosition | undefined {
  if (depth > 64) return undefined;
  for (const name of loc.children(path)) {
    const kid = [...path, name];
    const place = placeOf(text, loc, kid);
    if (place?.kind === 'value') {
      const { from, to } = place.value;
      if (pos < from || pos > to) continue;
      const c = text.charAt(from);
      return c === '{' || c === '[' ? search(text, loc, kid, pos, depth + 1) : { path: kid, range: place.value };
    }
    const found = search(text, loc, kid, pos, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The numeric bounds the schema gives the key at `path` (a bound known only while validating is left out). */
export function numberBounds(path: readonly string[]): { readonly min?: number; readonly max?: number; readonly minExclusive?: boolean; readonly integer: boolean } {
  const scope = scopeOfPath(path.slice(0, -1));
  const doc = scope && keyDoc(scope, path[path.length - 1] ?? '');
  if (doc === undefined) return { integer: false };
  return {
    ...(doc.min !== undefined && { min: doc.min }),
    ...(typeof doc.max === 'number' && { max: doc.max }),
    ...(doc.minExclusive === true && { minExclusive: true }),
    integer: doc.type === 'integer',
  };
}
