import { DEFAULT_INTERVAL_MS, DISTRIBUTIONS, epochMsOfText, locateToml, parseDuration, scopeOfPath, type Distribution, type Scope } from '../engine/index.ts';
import { readHeader, tableAt } from './tomlHeader.ts';

// Which schema scope a table path is, and the few facts of the document that completion
// needs (metric names, a metric's distribution). The document is usually mid-edit, so every
// lookup has a line-based fallback for text the locator cannot make sense of.

/** The scope of the table at `path`, e.g. ['metrics', 'cpu', 'noise_args'] → 'noise_args' (the schema's path patterns). */
export function scopeOf(path: readonly string[]): Scope | undefined {
  return scopeOfPath(path);
}

/** Decoded paths of every complete `[header]` in the text, in order. */
function headerPaths(text: string): string[][] {
  const paths: string[][] = [];
  for (let start = 0; start < text.length; ) {
    const header = readHeader(text, start);
    if (header?.end !== undefined) paths.push(header.segments.map((s) => s.name));
    const nl = text.indexOf('\n', start);
    start = nl < 0 ? text.length : nl + 1;
  }
  return paths;
}

/** Direct children of a table: from the locator, plus any `[parent.NAME…]` header it missed. */
function childrenOf(text: string, parent: string): string[] {
  const names = new Set<string>();
  try {
    for (const name of locateToml(text).children([parent])) names.add(name);
  } catch {
    // the locator promises not to throw; if it ever does, the headers below still answer
  }
  for (const p of headerPaths(text)) if (p[0] === parent && p[1] !== undefined) names.add(p[1]);
  names.delete(''); // a half-typed `[metrics.]`
  return [...names];
}

/** The metric names the document declares, in order. */
export const metricNames = (text: string): string[] => childrenOf(text, 'metrics');

/** Metrics that already have an `[anomalies.X]` table. */
export const anomalyNames = (text: string): string[] => childrenOf(text, 'anomalies');

const isDistribution = (s: string): s is Distribution => (DISTRIBUTIONS as readonly string[]).includes(s);

/** The distribution set by `noise = "…"` in `[metrics.<metric>]`, if it names a known one. */
export function noiseOf(text: string, metric: string): Distribution | undefined {
  try {
    const loc = locateToml(text).entry(['metrics', metric, 'noise']);
    const raw = loc === undefined ? undefined : text.slice(loc.value.from, loc.value.to).replace(/^["']|["']$/g, '');
    if (raw !== undefined && isDistribution(raw)) return raw;
  } catch {
    // fall through to the line scan
  }
  // Line scan of the metric's own table, for text the locator could not follow.
  let inTable = false;
  for (const line of text.split('\n')) {
    const header = readHeader(line, 0);
    if (header !== undefined) {
      const p = header.segments.map((s) => s.name);
      inTable = header.end !== undefined && p.length === 2 && p[0] === 'metrics' && p[1] === metric;
    } else if (inTable) {
      const m = /^\s*["']?noise["']?\s*=\s*["']([a-z]+)["']/.exec(line);
      if (m?.[1] !== undefined && isDistribution(m[1])) return m[1];
    }
  }
  return undefined;
}

/**
 * The string value of `key` in the table that holds `pos` (its own lines, up to the next
 * header): for `[[anomalies.x]]`, whose elements share a path, this is the element at hand.
 */
export function valueInTable(text: string, pos: number, key: string): string | undefined {
  const { bodyFrom } = tableAt(text, pos);
  const next = text.slice(bodyFrom).search(/\n[ \t]*\[/);
  const body = text.slice(bodyFrom, next < 0 ? text.length : bodyFrom + next + 1);
  const m = new RegExp(`^[ \\t]*["']?${key}["']?[ \\t]*=[ \\t]*["']([^"'\\n]*)["']`, 'm').exec(body);
  return m?.[1];
}

/** The document's [general] interval in ms (SPEC §7's default when absent or not yet valid). */
export function intervalOf(text: string): number {
  try {
    const loc = locateToml(text).entry(['general', 'interval']);
    const raw = loc === undefined ? undefined : text.slice(loc.value.from, loc.value.to).replace(/^["']|["']$/g, '');
    const ms = raw === undefined ? undefined : parseDuration(raw);
    if (ms?.ok === true && ms.value >= 1) return ms.value;
  } catch {
    // the locator promises not to throw; the default is a fine answer while typing
  }
  return DEFAULT_INTERVAL_MS;
}

/** The document's [general] start in epoch ms, when it is a valid date-time. */
export function startOf(text: string): number | undefined {
  try {
    const loc = locateToml(text).entry(['general', 'start']);
    const ms = loc === undefined ? undefined : epochMsOfText(text.slice(loc.value.from, loc.value.to).trim());
    return ms?.ok === true ? ms.value : undefined;
  } catch {
    return undefined;
  }
}
