import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.ts';
import { generate } from './generate.ts';
import { parseConfig } from './parseConfig.ts';

// Property tests for SPEC §1's promise that bad input is a diagnostic, never a crash: whatever
// the text, parseConfig returns; every diagnostic points inside the text; and a config it
// accepts always generates num_samples finite numbers per metric. Seeds are fixed so a failure
// reproduces; fast-check prints the shrunk counterexample.

const CONFIG_DIR = new URL('../../configs/', import.meta.url);
const EXAMPLES = readdirSync(CONFIG_DIR)
  .filter((f) => f.endsWith('.toml'))
  .sort()
  .map((f) => readFileSync(new URL(f, CONFIG_DIR), 'utf8'));

/** Keeps generation fast: a mutated num_samples above this is an error, not a slow test. */
const MAX_SAMPLES = 200_000;

/** Line and column of an offset, computed here without the engine's LineIndex. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function checkDiagnostics(text: string, diagnostics: readonly Diagnostic[]): void {
  let last = -1;
  for (const d of diagnostics) {
    expect(d.severity === 'error' || d.severity === 'warning').toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
    // one readable line: user text in messages is shortened and its line breaks escaped
    expect(d.message.length).toBeLessThanOrEqual(400);
    expect(d.message).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(0 <= d.from && d.from <= d.to && d.to <= text.length, `range ${d.from}..${d.to} of ${text.length}`).toBe(true);
    expect({ line: d.line, column: d.column }).toEqual(position(text, d.from));
    expect({ line: d.endLine, column: d.endColumn }).toEqual(position(text, d.to));
    expect(d.from).toBeGreaterThanOrEqual(last); // sorted by position
    last = d.from;
  }
}

/** The whole contract of parseConfig on one text. */
function checkText(text: string): void {
  const { config, diagnostics } = parseConfig(text, { maxSamples: MAX_SAMPLES });
  checkDiagnostics(text, diagnostics);
  expect(config !== undefined).toBe(!diagnostics.some((d) => d.severity === 'error'));
  if (!config) return;
  expect(config.numSamples).toBeLessThanOrEqual(MAX_SAMPLES);
  expect(config.metrics.length).toBeGreaterThan(0);
  const result = generate(config, { seed: 1 });
  expect(result.metrics.map((m) => m.name)).toEqual(config.metrics.map((m) => m.name));
  for (const m of result.metrics) {
    expect(m.values.length).toBe(config.numSamples);
    // Finite everywhere, except NaN exactly inside `missing` windows (SPEC §9).
    const missing = new Uint8Array(config.numSamples);
    for (const w of m.windows ?? []) if (w.effect === 'missing') missing.fill(1, w.first, w.last + 1);
    const bad = m.values.findIndex((v, i) => (missing[i] === 1 ? !Number.isNaN(v) : !Number.isFinite(v)));
    expect(bad, `${m.name}[${bad}] = ${m.values[bad]}`).toBe(-1);
  }
}

// ---- edits that turn a valid config into a nearly valid one -------------------------------

const NUMBER = /[+-]?(?:0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|inf|nan|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?)/g;
const KEY = /^[ \t]*("?)([A-Za-z_][\w-]*)\1[ \t]*=/gm;

/** Text a user (or a bad paste) might put where a number was. */
const numberText = fc.oneof(
  fc.integer().map(String),
  fc.integer({ min: -2, max: 3 }).map(String),
  fc.double().map(String), // includes NaN, Infinity, -0, 5e-324, 1.7976931348623157e+308
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((d) => d.toFixed(3)),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.constantFrom('inf', '-inf', '+inf', 'nan', '-nan', '1e400', '-1e400', '5e-324', '1e-320', '1e15', '-1e15', '1e16',
    '0x7fffffffffffffff', '0o777', '0b101', '1_000', '9007199254740993', '-0', '-0.0', '0.0', '1.', '.5', '"5"', 'true', '[1]', '{}'),
);

type Edit =
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicateLine'; readonly at: number }
  | { readonly kind: 'number'; readonly which: number; readonly text: string }
  | { readonly kind: 'swapKeys'; readonly a: number; readonly b: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('[', ']', '[[', '{', '}', '"', "'", '"""', '=', '.', ',', '#', '\n', '\r\n', '\\', '\t', '\0', '\ud800',
    '[metrics.x]\n', '[anomalies.x]\n', '[general]\n', 'value = 1\n', 'noise = "uniform"\n', 'smoothing_window = 3\n',
    'pattern = "oscillating"\n', 'pattern_args = { frequency = 1e300 }\n', 'at = 0\n', 'recovery_time = 1\n',
    '[metrics.__proto__]\nvalue = 1\n', '[metrics."404"]\nvalue = 2\n', 'constructor = 1\n', 'a.b.c = 1\n'),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fraction }),
  fc.record({ kind: fc.constant('number' as const), which: fc.nat(), text: numberText }),
  fc.record({ kind: fc.constant('number' as const), which: fc.nat(), text: numberText }),
  fc.record({ kind: fc.constant('swapKeys' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, text: junk }),
);

function applyEdit(text: string, e: Edit): string {
  switch (e.kind) {
    case 'delete': {
      const at = Math.floor(e.at * text.length);
      return text.slice(0, at) + text.slice(at + e.length);
    }
    case 'duplicateLine': {
      const lines = text.split('\n');
      const i = Math.floor(e.at * lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 'number': {
      const hits = [...text.matchAll(NUMBER)];
      const hit = hits[e.which % Math.max(1, hits.length)];
      if (!hit) return text;
      return text.slice(0, hit.index) + e.text + text.slice(hit.index + hit[0].length);
    }
    case 'swapKeys': {
      const keys = [...text.matchAll(KEY)];
      const a = keys[e.a % Math.max(1, keys.length)];
      const b = keys[e.b % Math.max(1, keys.length)];
      if (!a || !b || a.index === b.index) return text;
      const [first, second] = a.index < b.index ? [a, b] : [b, a];
      const name = (m: RegExpExecArray): string => m[2] ?? '';
      const startOf = (m: RegExpExecArray): number => m.index + m[0].indexOf(name(m));
      const s1 = startOf(first);
      const s2 = startOf(second);
      return text.slice(0, s1) + name(second) + text.slice(s1 + name(first).length, s2) + name(first) + text.slice(s2 + name(second).length);
    }
    case 'insert': {
      const at = Math.floor(e.at * text.length);
      return text.slice(0, at) + e.text + text.slice(at);
    }
  }
}

const mutatedConfig = fc
  .record({ example: fc.nat({ max: EXAMPLES.length - 1 }), edits: fc.array(edit, { minLength: 1, maxLength: 4 }) })
  .map(({ example, edits }) => edits.reduce(applyEdit, EXAMPLES[example] ?? ''));

describe('parseConfig never throws and always locates its diagnostics', () => {
  it('the example configs are valid to begin with', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(4);
    for (const text of EXAMPLES) {
      expect(parseConfig(text, { maxSamples: MAX_SAMPLES }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      checkText(text);
    }
  });

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), checkText), { seed: 1, numRuns: 400 });
  });

  it('on arbitrary full-Unicode strings (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkText), { seed: 2, numRuns: 400 });
  });

  it('on TOML-shaped token soup', () => {
    const token = fc.constantFrom('[', ']', '[[', ']]', '{', '}', '=', '.', ',', '"', "'", '\n', ' ', '#',
      'general', 'metrics', 'anomalies', 'num_samples', 'seed', 'value', 'noise', 'noise_args', 'scale', 'at',
      'recovery_time', 'pattern', '"gaussian"', '"step"', '1', '-1', '1.5', 'inf', 'nan', '1e16', '0x10', 'cpu');
    fc.assert(fc.property(fc.array(token, { maxLength: 80 }).map((t) => t.join('')), checkText), { seed: 3, numRuns: 400 });
  });

  it('on randomly mutated example configs', () => {
    fc.assert(fc.property(mutatedConfig, checkText), { seed: 4, numRuns: 500 });
  });

  it('on configs whose metric and anomaly names are any text (lone surrogates, control characters, formulas, long names)', () => {
    const name = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('=1+1', '@x', '-', '\t', 'a\nb', '\ud800', 'x\udc00', '😀'),
      fc.string({ minLength: 100, maxLength: 3000 }),
    );
    // a TOML literal string cannot hold ' or a line break: those go through a basic string's \u escapes
    // eslint-disable-next-line no-control-regex
    const quoted = (n: string): string => `"${n.replace(/[\\"\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
    const config = fc.record({ metrics: fc.array(name, { minLength: 1, maxLength: 4 }), anomalies: fc.array(name, { maxLength: 3 }), reuse: fc.boolean() }).map(({ metrics, anomalies, reuse }) =>
      '[general]\nnum_samples = 20\n' +
      metrics.map((n) => `[metrics.${quoted(n)}]\nvalue = 1\n`).join('') +
      [...anomalies, ...(reuse ? metrics.slice(0, 1) : [])]
        .map((n) => `[anomalies.${quoted(n)}]\nat = 1\nanomaly_factor = 2\npattern = "step"\nrecovery_time = 2\n`)
        .join(''),
    );
    fc.assert(fc.property(config, checkText), { seed: 6, numRuns: 300 });
  });

  it('on mutated configs whose numbers alone are replaced (so most still parse as TOML)', () => {
    const numbersOnly = fc
      .record({
        example: fc.nat({ max: EXAMPLES.length - 1 }),
        edits: fc.array(fc.record({ kind: fc.constant('number' as const), which: fc.nat(), text: numberText }), { minLength: 1, maxLength: 3 }),
      })
      .map(({ example, edits }) => edits.reduce<string>(applyEdit, EXAMPLES[example] ?? ''));
    fc.assert(fc.property(numbersOnly, checkText), { seed: 5, numRuns: 500 });
  });
});
