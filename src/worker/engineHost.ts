// What the engine worker does with each request, without the Worker global, so tests can drive
// it directly. It keeps the last full GenerationResult: the page only ever receives
// display-sized series (DISPLAY_POINTS per metric), and files are built here from the kept data.
import { toDisplaySeries } from '../charts/downsample.ts';
import { assertNever, drawSeed, generate, MAX_BROWSER_VALUES, parseConfig, type GenerationResult } from '../engine/index.ts';
import { buildFile, estimateBytes } from './buildFile.ts';
import { transferablesOf, type ResultRef, type WorkerRequest, type WorkerResponse } from './protocol.ts';

/** Points per metric sent to the page: a few per pixel of a wide chart. */
export const DISPLAY_POINTS = 2000;

export type Post = (response: WorkerResponse, transfer: Transferable[]) => void;

export interface EngineHost {
  handle(request: WorkerRequest): void;
}

/**
 * maxValues: the cap on num_samples × metrics that this host accepts (every value is kept in
 * memory here); tests scale it down.
 */
export function createEngineHost(post: Post, now: () => number = () => performance.now(), maxValues = MAX_BROWSER_VALUES): EngineHost {
  let kept: { text: string; result: GenerationResult } | undefined;
  // A config without a seed gets a random one, drawn once and reused while the worker lives:
  // otherwise every keystroke would redraw the noise and the preview would jitter. It is still
  // reported as random (SPEC §3), and re-roll or the seed field make it explicit.
  let randomSeed: number | undefined;
  /** Arrays left over from earlier runs, for the next one to reuse. */
  let spare: Float64Array[] = [];
  const send = (r: WorkerResponse): void => post(r, transferablesOf(r));

  /** The result a file is built from: the kept one when it matches, else regenerated identically. */
  function resultFor(ref: ResultRef, id: number): GenerationResult | undefined {
    if (kept !== undefined && kept.text === ref.text && kept.result.seed === ref.seed) return kept.result;
    // The worker was restarted (Cancel) since the run the page shows: generate again with the
    // seed the page showed, and keep the seed's provenance so the JSON metadata is the same.
    const { config } = parseConfig(ref.text, { maxValues });
    if (config === undefined) {
      send({ type: 'failed', id, message: 'The config has errors, so there is no data to download.' });
      return undefined;
    }
    const result = { ...generate(config, { seed: ref.seed }), seedSource: ref.seedSource };
    kept = { text: ref.text, result };
    return result;
  }

  function run(id: number, text: string): void {
    const started = now();
    const { config, diagnostics } = parseConfig(text, { maxValues });
    if (config === undefined) {
      send({ type: 'invalid', id, diagnostics, elapsedMs: now() - started });
      return;
    }
    // The previous full result is superseded: its arrays are recycled into this run (fresh
    // memory is the slowest part of a large run) and the rest dropped before allocating.
    const recycle = kept ? [...kept.result.metrics.map((m) => m.values), ...spare] : spare;
    kept = undefined;
    spare = [];
    const onProgress = (fraction: number): void => send({ type: 'progress', id, fraction });
    const options = { onProgress, recycle };
    const result =
      config.seed !== undefined
        ? generate(config, options)
        : { ...generate(config, { ...options, seed: (randomSeed ??= drawSeed()) }), seedSource: 'random' as const };
    // Keep the noise buffer for the next run, but only arrays of the current length.
    spare = recycle.filter((a) => a.length === config.numSamples).slice(0, 1);
    kept = { text, result };
    const series = result.metrics.map((m) => toDisplaySeries(m.name, m.values, m.anomaly, DISPLAY_POINTS));
    const summary = { elapsedMs: now() - started, seed: result.seed, seedSource: result.seedSource, numSamples: result.numSamples };
    send({ type: 'generated', id, diagnostics, series, summary });
  }

  return {
    handle(request) {
      try {
        switch (request.type) {
          case 'run':
            run(request.id, request.text);
            return;
          case 'estimate': {
            const result = resultFor(request.ref, request.id);
            if (result) send({ type: 'estimate', id: request.id, bytes: estimateBytes(result, request.format) });
            return;
          }
          case 'build': {
            const result = resultFor(request.ref, request.id);
            if (!result) return;
            const blob = buildFile(result, request.format, (fraction) => send({ type: 'progress', id: request.id, fraction }), now);
            send({ type: 'file', id: request.id, blob });
            return;
          }
          default:
            return assertNever(request);
        }
      } catch (e) {
        // Allocation failures at huge sizes land here rather than killing the worker silently.
        send({ type: 'failed', id: request.id, message: e instanceof Error ? e.message : String(e) });
      }
    },
  };
}
