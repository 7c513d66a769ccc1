import type { DatasetMetric } from './format.ts';

// OpenMetrics names (https://github.com/OpenObservability/OpenMetrics, specification.md, "ABNF"):
// a metric name is [a-zA-Z_:][a-zA-Z0-9_:]*, a label name [a-zA-Z_][a-zA-Z0-9_]* (names
// starting with __ are reserved). The base units are the specification's "Units and Base
// Units" list.

export const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** SPEC §11: every character outside [a-zA-Z0-9_:] becomes `_`, and a leading digit gets a `_` before it. */
export function metricName(name: string): string {
  const s = name.replace(/[^a-zA-Z0-9_:]/g, '_');
  return /^[0-9]/.test(s) || s === '' ? `_${s}` : s;
}

const BASE_UNITS = ['seconds', 'bytes', 'joules', 'grams', 'meters', 'ratio', 'volts', 'amperes', 'celsius'];

/** The `# UNIT` of a family: only for a base unit that its name ends in (`_bytes`), as OpenMetrics requires. */
export function unitOf(family: string, unit: string | undefined): string | undefined {
  return unit !== undefined && BASE_UNITS.includes(unit) && family.endsWith(`_${unit}`) ? unit : undefined;
}

/** A label value in OpenMetrics' escaping: backslash, double quote and line feed. */
export function labelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** `{a="x",b="y"}`, or nothing without labels. */
export function labelSet(labels: Readonly<Record<string, string>> | undefined): string {
  const pairs = Object.entries(labels ?? {});
  return pairs.length === 0 ? '' : `{${pairs.map(([k, v]) => `${k}="${labelValue(v)}"`).join(',')}}`;
}

/** Why two metrics cannot both be families (their names sanitise alike), or undefined. */
export function nameClash(metrics: readonly DatasetMetric[]): string | undefined {
  const seen = new Map<string, string>();
  for (const m of metrics) {
    const n = metricName(m.name);
    const other = seen.get(n);
    if (other !== undefined) return `metrics ${JSON.stringify(other)} and ${JSON.stringify(m.name)} would both be named ${n}; rename one of them`;
    seen.set(n, m.name);
  }
  return undefined;
}
