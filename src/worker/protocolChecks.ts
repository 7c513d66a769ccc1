// Type guards for data that crossed the worker boundary. Each checks every field a consumer
// reads, so the rest of the page can rely on the types.
import type { DisplaySeries } from './display/displaySeries.ts';
import { PATTERNS, type AnomalyWindow, type Diagnostic, type PatternKind, type SeedSource } from '../engine/index.ts';

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

export function isSeedSource(x: unknown): x is SeedSource {
  return x === 'config' || x === 'override' || x === 'random';
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

function isAnomalyWindow(x: unknown): x is AnomalyWindow {
  return isRecord(x) && Number.isInteger(x.first) && Number.isInteger(x.last) && isPattern(x.pattern) && isFiniteNumber(x.factor);
}

export function isDisplaySeries(x: unknown): x is DisplaySeries {
  if (!isRecord(x) || typeof x.name !== 'string') return false;
  if (!(x.x instanceof Float64Array) || !(x.y instanceof Float64Array) || x.x.length !== x.y.length) return false;
  if (!Number.isInteger(x.numSamples) || !isFiniteNumber(x.min) || !isFiniteNumber(x.max)) return false;
  return x.anomaly === undefined || isAnomalyWindow(x.anomaly);
}
