import { isTable, type Checker, type Path, type Table } from '../checker.ts';
import { excerpt, quoteName } from '../quote.ts';
import { keysFor } from '../schema/lookup.ts';
import { walkTable, type Values, type WalkLimits } from '../schema/walk.ts';
import { didYouMean } from '../suggest.ts';
import {
  assertNever, EFFECTS,
  type AnomalySpec, type EffectKind, type EffectPatternSpec, type EffectSpec, type PatternKind,
} from '../types.ts';

// The anomalies of one metric (SPEC §9): `[anomalies.X]` (one table) or `[[anomalies.X]]` (an
// array of tables), each with an effect. A key the effect does not read is a warning; a key it
// needs is required. One scale anomaly with a §2 pattern stays the §2 `anomaly`, so every
// config written before §9 gives the very same Config.

const num = (v: Values, key: string): number | undefined => v.get(key) as number | undefined;

/** What a metric's anomaly entries mean: the §2 anomaly, or the list of §9 effects. */
export type MetricAnomalies = { readonly anomaly: AnomalySpec } | { readonly anomalies: readonly EffectSpec[] };

/** Reads `[anomalies.X]` or `[[anomalies.X]]`; undefined when any of them has an error. */
export function metricAnomalies(c: Checker, name: string, entry: unknown, limits: WalkLimits): MetricAnomalies | undefined {
  const path = ['anomalies', name];
  let specs: (EffectSpec | undefined)[];
  if (Array.isArray(entry)) {
    specs = entry.map((t: unknown, i) => {
      const at = [...path, String(i)];
      if (isTable(t)) return effect(c, at, t, `[[anomalies.${excerpt(name)}]] #${i + 1}`, limits);
      c.error(at, 'value', `${quoteName(`anomalies.${name}`)} must hold tables ([[anomalies.${excerpt(name)}]]); element ${i + 1} is not one`);
      return undefined;
    });
  } else if (isTable(entry)) {
    specs = [effect(c, path, entry, `[anomalies.${excerpt(name)}]`, limits)];
  } else {
    c.error(path, 'value', `${quoteName(`anomalies.${name}`)} must be a table`);
    return undefined;
  }
  const ok = specs.filter((s): s is EffectSpec => s !== undefined);
  if (ok.length !== specs.length) return undefined;
  const [only] = ok;
  if (ok.length === 1 && only?.kind === 'scale' && only.pattern.kind !== 'ramp') {
    return { anomaly: { at: only.at, factor: only.factor, recoveryTime: only.recoveryTime, pattern: only.pattern } };
  }
  return { anomalies: ok };
}

const isEffect = (v: unknown): v is EffectKind => typeof v === 'string' && (EFFECTS as readonly string[]).includes(v);

function effect(c: Checker, path: Path, t: Table, what: string, limits: WalkLimits): EffectSpec | undefined {
  const kind: EffectKind | undefined = t.effect === undefined ? 'scale' : isEffect(t.effect) ? t.effect : undefined;
  const reads = kind === undefined ? [] : keysFor('anomaly', kind).map((d) => d.key);
  const onUnknown = (key: string, known: boolean): void => {
    const message = known
      ? `\`${key}\` is not read by a${kind === 'offset' ? 'n' : ''} ${kind ?? ''} anomaly, ignored (it reads ${reads.join(', ')})`
      : `unknown key ${quoteName(key)} in ${what}, ignored${didYouMean(key, reads)}`;
    c.report('warning', [...path, key], 'key', message);
  };
  // an unknown effect is reported by the walk; without it, no key is known to be needed
  const v = walkTable(c, path, t, 'anomaly', limits, { what, ...(kind !== undefined && { kind }), onUnknown, skipRequired: kind === undefined });
  if (kind === undefined) return undefined;
  const at = num(v, 'at');
  const recoveryTime = num(v, 'recovery_time');
  const N = limits.numSamples;
  if (at !== undefined && recoveryTime !== undefined && N !== undefined && at + recoveryTime > N) {
    c.error([...path, 'recovery_time'], 'value', `the anomaly runs past the end: at (${at}) + recovery_time (${recoveryTime}) must be at most num_samples (${N})`);
    return undefined;
  }
  if (at === undefined || recoveryTime === undefined) return undefined;
  const window = { at, recoveryTime };
  switch (kind) {
    case 'flatline':
    case 'missing':
      return { ...window, kind };
    case 'scale':
    case 'noise':
    case 'offset': {
      const patternKind = v.get('pattern') as PatternKind | undefined;
      const pattern = patternKind && patternSpec(c, [...path, 'pattern_args'], t.pattern_args === undefined ? undefined : (v.get('pattern_args') as Table | undefined), patternKind, limits);
      if (!pattern) return undefined;
      if (kind === 'offset') {
        const delta = num(v, 'delta');
        return delta === undefined ? undefined : { ...window, kind, delta, pattern };
      }
      const factor = num(v, 'anomaly_factor');
      return factor === undefined ? undefined : { ...window, kind, factor, pattern };
    }
    default:
      return assertNever(kind);
  }
}

/** `args` undefined: no pattern_args, or not a table (already reported). */
function patternSpec(c: Checker, argsPath: Path, args: Table | undefined, kind: PatternKind, limits: WalkLimits): EffectPatternSpec | undefined {
  if (args !== undefined && kind !== 'oscillating') c.report('warning', argsPath, 'key', `\`pattern_args\` is ignored: only the oscillating pattern reads it (this one is ${kind})`);
  switch (kind) {
    case 'step':
    case 'linear':
    case 'exponential':
    case 'ramp':
      return { kind };
    case 'oscillating': {
      const a = args === undefined ? new Map<string, unknown>() : walkTable(c, argsPath, args, 'pattern_args', limits, { what: '`pattern_args`' });
      const frequency = args?.frequency === undefined ? 3 : num(a, 'frequency');
      return frequency === undefined ? undefined : { kind, frequency };
    }
    default:
      return assertNever(kind);
  }
}
