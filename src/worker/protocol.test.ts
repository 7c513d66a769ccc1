import { describe, expect, it } from 'vitest';
import { readResponse, transferablesOf, type WorkerResponse } from './protocol.ts';

const diagnostic = { severity: 'error', message: '`scale` must be ≥ 0', from: 3, to: 5, line: 2, column: 1, endLine: 2, endColumn: 3 };
const series = {
  name: 'cpu',
  x: new Float64Array([0, 1]),
  y: new Float64Array([1, 2]),
  numSamples: 2,
  min: 1,
  max: 2,
  windows: [
    { metric: 'cpu', first: 0, last: 1, effect: 'scale', pattern: 'ramp', factor: 2 },
    { metric: 'cpu', first: 1, last: 1, effect: 'offset', pattern: 'step', delta: -5 },
    { metric: 'cpu', first: 0, last: 0, effect: 'noise', pattern: 'linear', factor: 3 },
    { metric: 'cpu', first: 1, last: 1, effect: 'flatline' },
    { metric: 'cpu', first: 1, last: 1, effect: 'missing' },
  ],
  unit: 'percent',
};
const [scale, offset] = series.windows;
const clock = { startMs: Date.UTC(2026, 2, 2), intervalMs: 60_000 };
const generated = { type: 'generated', id: 3, diagnostics: [], series: [series], summary: { elapsedMs: 1.5, seed: 42, seedSource: 'config', numSamples: 2, clock } };
const withWindow = (w: unknown) => ({ ...generated, series: [{ ...series, windows: [w] }] });

describe('readResponse', () => {
  it('accepts well-formed responses of every kind', () => {
    expect(readResponse(generated)).toMatchObject({ type: 'generated', series: [{ windows: series.windows, unit: 'percent' }], summary: { clock } });
    // without a clock, a unit or any anomaly
    const plain = { ...generated, series: [{ ...series, windows: [], unit: undefined }], summary: { ...generated.summary, clock: undefined } };
    expect(readResponse(plain)).toMatchObject({ type: 'generated', series: [{ windows: [], unit: undefined }], summary: { clock: undefined } });
    expect(readResponse({ ...plain, summary: { ...plain.summary, rng: 'numpy' } })).toMatchObject({ summary: { rng: 'numpy' } });
    expect(readResponse(plain)).not.toHaveProperty('summary.rng');
    expect(readResponse({ type: 'invalid', id: 1, diagnostics: [diagnostic], elapsedMs: 0.2 })).toMatchObject({ type: 'invalid', diagnostics: [diagnostic] });
    expect(readResponse({ type: 'progress', id: 1, fraction: 0.5 })).toEqual({ type: 'progress', id: 1, fraction: 0.5 });
    expect(readResponse({ type: 'estimate', id: 1, bytes: 1234 })).toEqual({ type: 'estimate', id: 1, bytes: 1234 });
    expect(readResponse({ type: 'file', id: 1, blob: new Blob(['a']) })?.type).toBe('file');
    expect(readResponse({ type: 'failed', id: 1, message: 'out of memory' })).toEqual({ type: 'failed', id: 1, message: 'out of memory' });
    const bytes = new Uint8Array([104, 105]).buffer;
    expect(readResponse({ type: 'chunk', id: 2, bytes, fraction: 0.3 })).toEqual({ type: 'chunk', id: 2, bytes, fraction: 0.3 });
    expect(readResponse({ type: 'streamed', id: 2, bytes: 2 })).toEqual({ type: 'streamed', id: 2, bytes: 2 });
  });

  it('drops anything malformed instead of passing it on', () => {
    const bad: unknown[] = [
      null,
      'generated',
      { type: 'generated', diagnostics: [], series: [], summary: generated.summary }, // no id
      { ...generated, id: 1.5 },
      { ...generated, type: 'surprise' },
      { ...generated, series: [{ ...series, y: [1, 2] }] }, // a plain array, not a transferred Float64Array
      { ...generated, series: [{ ...series, x: new Float64Array(3) }] }, // x and y lengths differ
      withWindow({ ...scale, pattern: 'zigzag' }),
      withWindow({ ...scale, effect: 'explode' }),
      withWindow({ ...scale, factor: Number.POSITIVE_INFINITY }),
      withWindow({ ...scale, factor: undefined }),
      withWindow({ ...offset, delta: Number.NaN }),
      withWindow({ ...offset, delta: '5' }),
      withWindow({ ...offset, pattern: undefined }),
      withWindow({ ...scale, first: 2, last: 1 }), // ends before it starts
      withWindow({ ...scale, first: -1 }),
      withWindow({ ...scale, last: 1.5 }),
      withWindow({ ...scale, metric: 'memory' }), // another metric's window
      withWindow({ metric: 'cpu', first: 0, last: 1 }), // no effect
      withWindow(null),
      { ...generated, series: [{ ...series, windows: undefined }] },
      { ...generated, series: [{ ...series, unit: 5 }] },
      { ...generated, summary: { ...generated.summary, clock: { startMs: 0 } } },
      { ...generated, summary: { ...generated.summary, clock: { startMs: 0, intervalMs: 0 } } },
      { ...generated, summary: { ...generated.summary, clock: { startMs: Number.NaN, intervalMs: 1000 } } },
      { ...generated, summary: { ...generated.summary, seedSource: 'guess' } },
      { ...generated, summary: { ...generated.summary, rng: 'mt19937' } },
      { ...generated, diagnostics: [{ ...diagnostic, severity: 'fatal' }] },
      { ...generated, diagnostics: [{ ...diagnostic, line: '2' }] },
      { type: 'progress', id: 1, fraction: Number.NaN },
      { type: 'estimate', id: 1, bytes: -1 },
      { type: 'file', id: 1, blob: 'csv text' },
      { type: 'failed', id: 1 },
      { type: 'chunk', id: 1, bytes: new Uint8Array(2), fraction: 0.5 }, // a view, not the buffer itself
      { type: 'chunk', id: 1, bytes: 'a,b\n', fraction: 0.5 },
      { type: 'chunk', id: 1, bytes: new ArrayBuffer(2) }, // no fraction
      { type: 'streamed', id: 1, bytes: -5 },
    ];
    for (const b of bad) expect(readResponse(b), JSON.stringify(b)).toBeUndefined();
  });

  it('clamps progress to 0..1', () => {
    expect(readResponse({ type: 'progress', id: 1, fraction: 1.7 })).toEqual({ type: 'progress', id: 1, fraction: 1 });
  });
});

describe('transferablesOf', () => {
  it('lists the buffers of every series so they move instead of being copied', () => {
    const r = readResponse(generated) as WorkerResponse;
    expect(transferablesOf(r)).toEqual([series.x.buffer, series.y.buffer]);
    expect(transferablesOf({ type: 'progress', id: 1, fraction: 0 })).toEqual([]);
  });

  it('moves a streamed piece’s buffer rather than copying it', () => {
    const bytes = new ArrayBuffer(8);
    expect(transferablesOf({ type: 'chunk', id: 1, bytes, fraction: 0.1 })).toEqual([bytes]);
  });
});

describe('readResponse of a zoomed view', () => {
  const view = { type: 'view', id: 4, first: 0, last: 1, series: [series] };

  it('accepts a view whose points all lie within its samples', () => {
    expect(readResponse(view)).toMatchObject({ type: 'view', first: 0, last: 1, series: [{ name: 'cpu' }] });
  });

  it('drops a view with points outside its samples, or a range that is not one', () => {
    expect(readResponse({ ...view, first: 1 })).toBeUndefined();
    expect(readResponse({ ...view, first: 2, last: 1 })).toBeUndefined();
    expect(readResponse({ ...view, first: -1 })).toBeUndefined();
    expect(readResponse({ ...view, last: 1.5 })).toBeUndefined();
    expect(readResponse({ ...view, series: [{ ...series, numSamples: 1 }] })).toBeUndefined();
  });

  it('transfers the view series buffers instead of copying them', () => {
    const r = readResponse(view) as WorkerResponse;
    expect(transferablesOf(r)).toEqual([series.x.buffer, series.y.buffer]);
  });
});
