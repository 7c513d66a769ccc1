import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tomlCompletion } from './tomlCompletion.ts';

/** Runs completion on `doc`, where `|` marks the cursor (and is removed). */
function complete(doc: string, explicit = false): CompletionResult | null {
  const pos = doc.indexOf('|');
  const state = EditorState.create({ doc: doc.slice(0, pos) + doc.slice(pos + 1) });
  const result = tomlCompletion(new CompletionContext(state, pos, explicit));
  return result instanceof Promise ? null : result;
}
const labels = (doc: string, explicit = false): string[] => complete(doc, explicit)?.options.map((o) => o.label) ?? [];

const EXPONENTIAL = `[general]
num_samples = 100

[metrics.instances]
value = 4
noise = "exponential"
noise_args = { |
`;

describe('tomlCompletion', () => {
  it('offers every distribution right after `noise = "`', () => {
    const result = complete('[general]\nnum_samples = 10\n[metrics.cpu]\nvalue = 1\nnoise = "|');
    expect(result?.options.map((o) => o.label)).toEqual(['gaussian', 'uniform', 'exponential', 'logistic', 'laplace']);
    // the string is not closed yet, so picking an option closes it
    expect(result?.options[0]?.apply).toBe('gaussian"');
    expect(result?.from).toBe('[general]\nnum_samples = 10\n[metrics.cpu]\nvalue = 1\nnoise = "'.length);
  });

  it('inserts only the name between quotes that are already closed', () => {
    const result = complete('[metrics.cpu]\nnoise = "ga|"');
    expect(result?.options.find((o) => o.label === 'gaussian')?.apply).toBe('gaussian');
    expect(result?.from).toBe('[metrics.cpu]\nnoise = "'.length);
  });

  it('offers pattern names inside `pattern = "`', () => {
    expect(labels('[anomalies.cpu]\npattern = "|"')).toEqual(['linear', 'exponential', 'oscillating', 'step', 'ramp']);
  });

  it('offers the metric keys in [metrics.x], not the general ones', () => {
    const got = labels('[general]\nnum_samples = 5\n\n[metrics.x]\nv|');
    expect(got).toEqual(expect.arrayContaining(['value', 'step_size', 'noise', 'noise_args']));
    expect(got).not.toContain('num_samples');
    expect(got).not.toContain('at');
  });

  it('offers the general keys in [general] (rng too, SPEC §12) and leaves out keys already set', () => {
    expect(labels('[general]\nseed = 1\n|', true)).toEqual(['num_samples', 'rng', 'start', 'interval', 'duration']);
  });

  it('offers only the chosen distribution\'s noise_args in an inline table', () => {
    const got = labels(EXPONENTIAL);
    expect(got).toEqual(['scale', 'smoothing_window']);
    expect(got).not.toContain('loc');
  });

  it('finds the distribution for a [metrics.x.noise_args] sub-table too', () => {
    const doc = '[metrics.lat]\nvalue = 1\nnoise = "uniform"\n\n[metrics.lat.noise_args]\n|';
    expect(labels(doc, true)).toEqual(['low', 'high', 'smoothing_window']);
  });

  it('leaves out noise_args keys already written in the inline table', () => {
    expect(labels('[metrics.m]\nnoise = "gaussian"\nnoise_args = { loc = 0, |')).toEqual(['scale', 'smoothing_window']);
  });

  it('offers the existing metric names after `[anomalies.`', () => {
    const doc = '[metrics.cpu_usage]\nvalue = 1\n[metrics."p99 latency"]\nvalue = 2\n\n[anomalies.|';
    const result = complete(doc);
    expect(result?.options.map((o) => o.label)).toEqual(['cpu_usage', 'p99 latency']);
    // a name that is not a bare key has to be quoted, and the header gets its bracket
    expect(result?.options[1]?.apply).toBe('"p99 latency"]');
  });

  it('offers the four tables right after `[` at the start of a line', () => {
    expect(labels('[|]')).toEqual(['general', 'metrics', 'anomalies', 'output']);
    expect(labels('num_samples = 3\n  [|')).toEqual(['general', 'metrics', 'anomalies', 'output']);
  });

  it('offers the sub-tables of a metric after `[metrics.x.`, and seasonality after `[[metrics.x.`', () => {
    expect(labels('[metrics.x.|]')).toEqual(['trend', 'random_walk', 'labels', 'noise_args']);
    expect(labels('[[metrics.x.|]]')).toEqual(['seasonality']);
    expect(labels('[anomalies.x.|]')).toEqual(['pattern_args']);
  });

  it('offers the metrics after `[[anomalies.`, a metric with anomalies as much as one without, and closes with ]]', () => {
    const result = complete('[metrics.cpu]\nvalue = 1\n[metrics.mem]\nvalue = 2\n[[anomalies.cpu]]\nat = 1\n[[anomalies.|');
    expect(result?.options.map((o) => o.label)).toEqual(['cpu', 'mem']);
    expect(result?.options[0]?.apply).toBe('cpu]]');
    expect(labels('[[|')).toEqual(['anomalies']);
  });

  it('closes [output] at once, but reopens completion after [metrics.', () => {
    const options = complete('[|')?.options ?? [];
    expect(options.find((o) => o.label === 'output')?.apply).toBe('output]');
    expect(typeof options.find((o) => o.label === 'metrics')?.apply).toBe('function');
  });

  it("offers the keys the anomaly's effect reads", () => {
    const flat = labels('[[anomalies.x]]\neffect = "flatline"\n|', true);
    expect(flat).toEqual(expect.arrayContaining(['at', 'recovery_time']));
    expect(flat).not.toContain('anomaly_factor');
    expect(flat).not.toContain('pattern');
    const offset = labels('[[anomalies.x]]\nat = 1\n[[anomalies.x]]\neffect = "offset"\n|', true);
    expect(offset).toContain('delta');
    expect(offset).not.toContain('anomaly_factor');
    // the default effect is scale
    expect(labels('[anomalies.x]\n|', true)).toEqual(expect.arrayContaining(['anomaly_factor', 'pattern', 'effect']));
    expect(labels('[anomalies.x]\n|', true)).not.toContain('delta');
  });

  it('offers the effects, the label modes and the time formats as values', () => {
    expect(labels('[anomalies.x]\neffect = "|')).toEqual(['scale', 'offset', 'noise', 'flatline', 'missing']);
    expect(labels('[output]\nlabels = "|')).toEqual(['none', 'per_metric', 'any']);
    expect(labels('[output]\ntime = "|')).toEqual(['iso', 'unix', 'unix_ms', 'none']);
  });

  it('offers the baseline keys in a metric and in its inline tables', () => {
    expect(labels('[metrics.x]\n|', true)).toEqual(expect.arrayContaining(['trend', 'seasonality', 'random_walk', 'min', 'max', 'unit']));
    expect(labels('[metrics.x]\ntrend = {|}')).toEqual(['slope', 'per']);
    expect(labels('[metrics.x]\nseasonality = [{|}]')).toEqual(['period', 'amplitude', 'phase']);
  });

  it('offers anomaly keys in [anomalies.x] and pattern_args keys in its inline table', () => {
    expect(labels('[anomalies.x]\nre|')).toEqual(expect.arrayContaining(['at', 'anomaly_factor', 'pattern', 'recovery_time']));
    expect(labels('[anomalies.x]\npattern_args = {|}')).toEqual(['frequency']);
  });

  it('stays quiet in comments, in numbers and at a plain indent', () => {
    expect(complete('[metrics.x]\n# noi|')).toBeNull();
    expect(complete('[metrics.x]\nvalue = 1|')).toBeNull();
    expect(complete('[metrics.x]\n  |')).toBeNull();
  });

  it('adds ` = ` to a new key but not when renaming a key that has its value', () => {
    expect(complete('[metrics.x]\nstep|')?.options.find((o) => o.label === 'step_size')?.apply).toBe('step_size = ');
    expect(complete('[metrics.x]\nstep| = 1')?.options.find((o) => o.label === 'step_size')?.apply).toBe('step_size');
  });

  it('shows the summary as info and the default or limits as detail', () => {
    const scale = complete(EXPONENTIAL)?.options.find((o) => o.label === 'scale');
    expect(scale?.info).toMatch(/mean for exponential/);
    expect(scale?.detail).toMatch(/default: 1/);
    expect(scale?.detail).toMatch(/from 0 to 1e15/);
  });
});

describe('tomlCompletion on arbitrary text', () => {
  it('never throws, whatever the text and the cursor', () => {
    const unit = fc.constantFrom('[', ']', '{', '}', '"', '=', '.', ',', '#', '\n', ' ', 'metrics', 'anomalies', 'noise', 'x', '1');
    fc.assert(
      fc.property(fc.string({ unit }), fc.nat(), fc.boolean(), (text, n, explicit) => {
        const pos = n % (text.length + 1);
        complete(text.slice(0, pos) + '|' + text.slice(pos), explicit);
      }),
      { numRuns: 2000 },
    );
  });
});
