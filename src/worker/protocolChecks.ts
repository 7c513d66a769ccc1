// Type guards for data that crossed the worker boundary. Each checks every field a consumer
// reads, so the rest of the page can rely on the types.
import type { DisplaySeries } from './display/displaySeries.ts';
import { assertNever, EFFECTS, PATTERNS, type Diagnostic, type EffectKind, type GroundTruthWindow, type PatternKind, type SeedSource } from '../engine/index.ts';
import type { Clock } from './clockType.ts';
import { isRecord } from './isRecord.ts';

export { isRecord };

export function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

export function isSeedSource(x: unknown): x is SeedSource {
  return x === 'config' || x === 'override' || x === 'random';
}

/** A run's summary names its mode only when it is SPEC §12's numpy mode. */
export function isNumpyMode(x: unknown): x is 'numpy' {
  return x === 'numpy';
}

function isPattern(x: unknown): x is PatternKind {
  return typeof x === 'string' && (PATTERNS as readonly string[]).includes(x);
}

export function isDiagnostic(x: unknown): x is Diagnostic {
  if (!isRecord(x)) return false;
  if (x.severity !== 'error' && x.severity !== 'warning') return false;
  if (typeof x.message !== 'string') return false;
  return ['from', 'to', 'line', 'column', 'endLine', 'endColumn'].every((k) => Number.isInteger(x[k]));
}

function isEffect(x: unknown): x is EffectKind {
  return typeof x === 'string' && (EFFECTS as readonly string[]).includes(x);
}

/** An anomaly window of the metric `metric`: every field its effect carries (SPEC §10), and only sound ones. */
function isWindowOf(metric: string, x: unknown): x is GroundTruthWindow {
  if (!isRecord(x) || x.metric !== metric || !isEffect(x.effect)) return false;
  if (!Number.isInteger(x.first) || !Number.isInteger(x.last) || !((x.first as number) >= 0 && (x.first as number) <= (x.last as number))) return false;
  switch (x.effect) {
    case 'scale':
    case 'noise':
      return isPattern(x.pattern) && isFiniteNumber(x.factor);
    case 'offset':
      return isPattern(x.pattern) && isFiniteNumber(x.delta);
    case 'flatline':
    case 'missing':
      return true;
    default:
      return assertNever(x.effect);
  }
}

/** The clock of a run: sample i is at startMs + i · intervalMs. */
export function isClock(x: unknown): x is Clock {
  return isRecord(x) && isFiniteNumber(x.startMs) && isFiniteNumber(x.intervalMs) && x.intervalMs > 0;
}

export function isDisplaySeries(x: unknown): x is DisplaySeries {
  if (!isRecord(x) || typeof x.name !== 'string') return false;
  if (!(x.x instanceof Float64Array) || !(x.y instanceof Float64Array) || x.x.length !== x.y.length) return false;
  if (!Number.isInteger(x.numSamples) || !isFiniteNumber(x.min) || !isFiniteNumber(x.max)) return false;
  if (x.unit !== undefined && typeof x.unit !== 'string') return false;
  const name = x.name;
  return Array.isArray(x.windows) && x.windows.every((w) => isWindowOf(name, w));
}

/** A zoomed view's samples: whole indices, 0 ≤ first ≤ last. */
export function isSampleRange(first: unknown, last: unknown): first is number {
  return Number.isInteger(first) && Number.isInteger(last) && (first as number) >= 0 && (first as number) <= (last as number);
}

/** Every point of a zoomed view's series lies within its samples first…last, and the series is longer than them. */
export function isWithin(s: DisplaySeries, first: number, last: number): boolean {
  const n = s.x.length;
  return s.numSamples > last && (n === 0 || ((s.x[0] as number) >= first && (s.x[n - 1] as number) <= last));
}
