import { describe, isTable, type Bounds, type Checker, type Path, type Table } from '../checker.ts';
import { formatCount, MAX_MAGNITUDE } from '../limits.ts';
import { excerpt, quoteName } from '../quote.ts';
import { didYouMean } from '../suggest.ts';
import { epochMs, isoFormatter } from '../time/dateTime.ts';
import { formatDuration, parseDuration } from '../time/duration.ts';
import { samplesFromDuration } from '../time/samples.ts';
import { assertNever } from '../types.ts';
import type { KeyDoc, Scope } from './keyDoc.ts';
import { keysIn } from './lookup.ts';

// The generic walk of one table against its scope in the schema: every key it does not know is
// reported (a warning naming the nearest known key, unless the caller says otherwise), every
// key it knows is checked against its type and bounds, and a missing required key is an error.
// What the values mean together (at + recovery_time ≤ N, high ≥ low) is left to the small
// rules in validateConfig, which read the checked values this returns.

/**
 * Unknown keys reported one by one per table; the rest get one summary. A pasted file can hold
 * 100,000 unknown keys, and a warning each (with its suggestion) costs more than parsing it.
 */
export const MAX_UNKNOWN_REPORTS = 100;

/** Limits known only while validating. */
export interface WalkLimits {
  /** The num_samples cap of this caller. */
  readonly maxSamples: number;
  /** num_samples, once known. */
  readonly numSamples: number | undefined;
  /** The interval (default 1 s) that converts durations into samples. */
  readonly intervalMs: number;
  /** [general] start, when set: a date-time `at` counts from it. */
  readonly startMs: number | undefined;
  /** start is written but wrong (already reported): what depends on it says nothing more. */
  readonly startInvalid?: boolean;
  /** interval is written but wrong (already reported): durations are not converted. */
  readonly intervalInvalid?: boolean;
}

export interface WalkOptions {
  /** How messages name the table, e.g. `[metrics.cpu]`. */
  readonly what: string;
  /** The table's kind (a distribution for noise_args): keys of the scope that it does not read are foreign. */
  readonly kind?: string;
  /**
   * Reports a key that the scope does not have (`known` false) or that the kind does not read
   * (`known` true). Default: a warning that it is ignored, naming the nearest key.
   */
  readonly onUnknown?: (key: string, known: boolean) => void;
  /** The severity of the summary after MAX_UNKNOWN_REPORTS; the same as onUnknown's reports. */
  readonly unknownSeverity?: 'error' | 'warning';
  /** Leave required keys to the caller (the root's own messages). */
  readonly skipRequired?: boolean;
}

/** The keys that were given and are valid, with their checked values. */
export type Values = ReadonlyMap<string, unknown>;

const reads = (d: KeyDoc, kind: string | undefined): boolean => kind === undefined || d.readBy === undefined || d.readBy.includes(kind);

export function walkTable(c: Checker, path: Path, t: Table, scope: Scope, limits: WalkLimits, options: WalkOptions): Values {
  const docs = keysIn(scope);
  const byKey = new Map(docs.map((d) => [d.key, d]));
  const readable = docs.filter((d) => reads(d, options.kind)).map((d) => d.key);
  const report = options.onUnknown ?? ((key: string) => {
    c.report('warning', [...path, key], 'key', `unknown key ${quoteName(key)} in ${options.what}, ignored${didYouMean(key, readable)}`);
  });
  let unknown = 0;
  let firstUnreported: string | undefined;
  for (const k of c.keys(path, t)) {
    const d = byKey.get(k);
    if (d !== undefined && reads(d, options.kind)) continue;
    if (unknown++ < MAX_UNKNOWN_REPORTS) report(k, d !== undefined);
    else firstUnreported ??= k;
  }
  if (firstUnreported !== undefined) {
    const more = unknown - MAX_UNKNOWN_REPORTS;
    c.report(options.unknownSeverity ?? 'warning', [...path, firstUnreported], 'key',
      `…and ${formatCount(more)} more unknown key${more === 1 ? '' : 's'} in ${options.what} from here on, not listed one by one`);
  }

  const values = new Map<string, unknown>();
  for (const d of docs) {
    if (!reads(d, options.kind)) continue;
    const v = t[d.key];
    if (v === undefined) {
      const instead = d.requiredUnless;
      if (d.required && options.skipRequired !== true && (instead === undefined || t[instead] === undefined)) {
        const or = instead === undefined ? '' : ` (or set \`${instead}\` instead)`;
        c.error(path, 'key', `\`${d.key}\` is required in ${options.what}: ${d.role === undefined ? '' : `${d.role}, `}${d.limits ?? `a ${d.type}`}${or}`);
      }
      continue;
    }
    const checked = checkValue(c, [...path, d.key], v, d, limits);
    if (checked !== undefined) values.set(d.key, checked);
  }
  return values;
}

/** The value if it has the key's type and bounds; otherwise an error at the value, and undefined. */
export function checkValue(c: Checker, path: Path, v: unknown, d: KeyDoc, limits: WalkLimits): unknown {
  switch (d.type) {
    case 'integer':
    case 'number': {
      const { doc, bounds } = numberBounds(d, limits);
      if (typeof v === 'string' && d.also?.includes('duration')) return durationSamples(c, path, v, doc, bounds, limits);
      if (v instanceof Date && d.also?.includes('date-time')) return dateTimeSample(c, path, v, limits);
      return c.number(path, v, doc, bounds);
    }
    case 'duration': {
      if (typeof v !== 'string') {
        c.error(path, 'value', `\`${d.key}\` must be ${d.limits ?? 'a duration'}; got ${describe(v)} (${c.raw(path, v)})`);
        return undefined;
      }
      const ms = parseDuration(v);
      if (!ms.ok) c.error(path, 'value', `\`${d.key}\`: ${ms.message}`);
      else if (ms.value < (d.min ?? 0)) c.error(path, 'value', `\`${d.key}\` must be ${d.limits ?? 'longer'}; got "${excerpt(v, 40)}"`);
      else return ms.value;
      return undefined;
    }
    case 'date-time': {
      const ms = epochMs(v);
      if (ms.ok) return ms.value;
      c.error(path, 'value', `\`${d.key}\` must be ${d.limits ?? 'a date-time'}; got ${describe(v)} (${c.raw(path, v)}): ${ms.message}`);
      return undefined;
    }
    case 'array of tables':
      if (Array.isArray(v) && v.every(isTable)) return v;
      c.error(path, 'value', `\`${d.key}\` must be an array of tables, such as [{ … }, { … }]; got ${describe(v)} (${c.raw(path, v)})`);
      return undefined;
    case 'string': {
      if (d.values === undefined ? typeof v === 'string' : typeof v === 'string' && d.values.includes(v)) return v;
      const got = typeof v === 'string' ? `"${excerpt(v, 40)}"${didYouMean(v, d.values ?? [])}` : c.raw(path, v);
      c.error(path, 'value', `\`${d.key}\` must be ${d.limits ?? 'a string'}; got ${got}`);
      return undefined;
    }
    case 'table':
      if (isTable(v)) return v;
      c.error(path, 'value', `\`${d.key}\` must be a table`);
      return undefined;
    default:
      return assertNever(d.type);
  }
}

/** A number key's bounds, resolved against the limits of this run (and its wording with them). */
function numberBounds(d: KeyDoc, { maxSamples, numSamples }: WalkLimits): { doc: KeyDoc; bounds: Bounds } {
  const min = d.min ?? (d.type === 'integer' ? 0 : -MAX_MAGNITUDE);
  const minExclusive = d.minExclusive === true;
  const top = d.type === 'integer' ? Number.MAX_SAFE_INTEGER : MAX_MAGNITUDE;
  switch (d.max) {
    case 'max_samples':
      return { doc: d, bounds: { min, max: maxSamples, minExclusive } };
    case 'num_samples':
      // "from 1 to num_samples (150)": the number it is compared with
      return numSamples === undefined
        ? { doc: d, bounds: { min, max: top, minExclusive } }
        : { doc: { ...d, limits: `${d.limits ?? ''} (${numSamples})` }, bounds: { min, max: numSamples, minExclusive } };
    default:
      return { doc: d, bounds: { min, max: d.max ?? top, minExclusive } };
  }
}

/** A sample count written as a duration (SPEC §7): converted with the interval, nearest sample. */
function durationSamples(c: Checker, path: Path, v: string, doc: KeyDoc, bounds: Bounds, limits: WalkLimits): number | undefined {
  const ms = parseDuration(v);
  if (!ms.ok) {
    c.error(path, 'value', `\`${doc.key}\`: ${ms.message}`);
    return undefined;
  }
  if (limits.intervalInvalid === true) return undefined;
  const n = samplesFromDuration(ms.value, limits.intervalMs);
  if (n >= bounds.min && n <= bounds.max && !(bounds.minExclusive === true && n === bounds.min)) return n;
  const every = formatDuration(limits.intervalMs);
  c.error(path, 'value', `\`${doc.key}\` must be ${doc.limits ?? 'a sample count'}; got "${excerpt(v, 40)}", which is ${formatCount(n)} sample${n === 1 ? '' : 's'} at an interval of ${every}`);
  return undefined;
}

/** A date-time `at` (SPEC §7): the nearest sample, which must be inside the series. */
function dateTimeSample(c: Checker, path: Path, v: Date, { startMs, startInvalid, intervalMs, intervalInvalid, numSamples }: WalkLimits): number | undefined {
  const key = path[path.length - 1] ?? '';
  const ms = epochMs(v);
  if (!ms.ok) {
    c.error(path, 'value', `\`${key}\`: ${ms.message}`);
    return undefined;
  }
  if (startMs === undefined || intervalInvalid === true) {
    if (startInvalid === true || intervalInvalid === true) return undefined;
    c.error(path, 'value', `\`${key}\` is a date-time, but the series has no clock: set [general] start, or write \`${key}\` as a sample number or a duration`);
    return undefined;
  }
  const iso = isoFormatter(startMs, intervalMs);
  const range = numSamples === undefined ? `from ${iso(startMs)}` : `from ${iso(startMs)} to ${iso(startMs + (numSamples - 1) * intervalMs)}`;
  if (ms.value < startMs) {
    c.error(path, 'value', `\`${key}\` ${iso(ms.value)} is before the start of the series: it must be ${range}`);
    return undefined;
  }
  const n = samplesFromDuration(ms.value - startMs, intervalMs);
  if (numSamples !== undefined && n >= numSamples) {
    c.error(path, 'value', `\`${key}\` ${iso(ms.value)} is past the end of the series: it must be ${range}`);
    return undefined;
  }
  return n;
}
