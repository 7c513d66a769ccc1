// What the engine worker does with each request, without the Worker global, so tests can drive
// it directly. It keeps the last full GenerationResult: the page only ever receives
// display-sized series (DISPLAY_POINTS per metric), and files are built here from the kept data.
// Requests are handled in order. Files and estimates are asynchronous (the format writers may
// wait: on a spool, on the page writing a streamed piece): while one is under way, later
// requests queue behind it, because a run would recycle the very arrays the file is being
// written from. Long work posts progress at least every
// HEARTBEAT_MS or so, which the page's watchdog (client.ts) takes as a sign of life.
import { toDisplaySeries } from './display/downsample.ts';
import { reduceRange } from './display/reduceRange.ts';
import { assertNever, drawSeed, generate, MAX_BROWSER_VALUES, parseConfig, windowsOf, type GenerationResult } from '../engine/index.ts';
import { buildFile, estimateBytes, streamFile, StreamStopped } from './buildFile.ts';
import { transferablesOf, type FileFormat, type ResultRef, type WorkerRequest, type WorkerResponse } from './protocol.ts';

/** Points per metric sent to the page: a few per pixel of a wide chart. */
export const DISPLAY_POINTS = 2000;
/** Long synchronous work says it is alive at least this often (between metrics, display series). */
export const HEARTBEAT_MS = 500;

export type Post = (response: WorkerResponse, transfer: Transferable[]) => void;

export interface EngineHost {
  handle(request: WorkerRequest): void;
}

type Queued = Exclude<WorkerRequest, { type: 'ack' }>;

/** The smallest advance of a run's progress worth a message to the page. */
export const PROGRESS_STEP = 0.01;

/**
 * `report`, called only when the fraction has advanced by PROGRESS_STEP since the last call it
 * let through (and always for the end, 1). The engine reports after every metric: 500 small
 * metrics made 500 messages in a 75 ms run, each one handled on the page's main thread (the
 * watchdog re-armed, the store told) while it was busy drawing the first charts.
 */
export function everyStep(report: (fraction: number) => void): (fraction: number) => void {
  let last = -Infinity;
  return (fraction) => {
    if (fraction < 1 && fraction - last < PROGRESS_STEP) return;
    last = fraction;
    report(fraction);
  };
}

/**
 * maxValues: the cap on num_samples × metrics that this host accepts (every value is kept in
 * memory here); tests scale it down.
 */
export function createEngineHost(post: Post, now: () => number = () => performance.now(), maxValues = MAX_BROWSER_VALUES): EngineHost {
  let kept: { text: string; result: GenerationResult } | undefined;
  /** Each metric's `unit` in the kept result's config, for zoomed views (the result has none). */
  let keptUnits: readonly (string | undefined)[] = [];
  // A config without a seed gets a random one, drawn once and reused while the worker lives:
  // otherwise every keystroke would redraw the noise and the preview would jitter. It is still
  // reported as random (SPEC §3), and re-roll or the seed field make it explicit.
  let randomSeed: number | undefined;
  /** Arrays left over from earlier runs, for the next one to reuse. */
  let spare: Float64Array[] = [];
  const send = (r: WorkerResponse): void => post(r, transferablesOf(r));
  const queue: Queued[] = [];
  let busy = false;
  /** The page's answer to the piece of a stream it was last sent. */
  const acks = new Map<number, (stop: boolean) => void>();

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
    const result = { ...generate(config, { seed: ref.seed, onProgress: () => send({ type: 'progress', id, fraction: 0 }) }), seedSource: ref.seedSource };
    kept = { text: ref.text, result };
    keptUnits = config.metrics.map((m) => m.unit);
    return result;
  }

  function run(id: number, text: string): void {
    const started = now();
    // Said at once: the page learns that the worker is up and has the text (the page's entry
    // waits for this before it evaluates the app, src/main.tsx), before a parse that can take a while.
    const onProgress = everyStep((fraction) => send({ type: 'progress', id, fraction }));
    onProgress(0);
    const { config, diagnostics } = parseConfig(text, { maxValues });
    if (config === undefined) {
      send({ type: 'invalid', id, diagnostics, elapsedMs: now() - started });
      return;
    }
    // Said before generating, so the editor's marks describe this text during a long run
    // instead of the previous text's (a stale error dot stayed until the run ended).
    send({ type: 'checked', id, diagnostics });
    // The previous full result is superseded: its arrays are recycled into this run (fresh
    // memory is the slowest part of a large run) and the rest dropped before allocating.
    const recycle = kept ? [...kept.result.metrics.map((m) => m.values), ...spare] : spare;
    kept = undefined;
    spare = [];
    const options = { onProgress, recycle };
    const result =
      config.seed !== undefined
        ? generate(config, options)
        : { ...generate(config, { ...options, seed: (randomSeed ??= drawSeed()) }), seedSource: 'random' as const };
    // Keep the noise buffer for the next run, but only arrays of the current length.
    spare = recycle.filter((a) => a.length === config.numSamples).slice(0, 1);
    kept = { text, result };
    keptUnits = config.metrics.map((m) => m.unit);
    let beat = now();
    const series = result.metrics.map((m, j) => {
      // Reducing ten million samples takes a while: keep the watchdog informed between metrics.
      if (now() - beat >= HEARTBEAT_MS) {
        send({ type: 'progress', id, fraction: 1 });
        beat = now();
      }
      return toDisplaySeries(m.name, m.values, { windows: windowsOf(m), unit: config.metrics[j]?.unit }, DISPLAY_POINTS);
    });
    const start = result.timeline?.startMs;
    const clock = start === undefined || result.timeline === undefined ? undefined : { startMs: start, intervalMs: result.timeline.intervalMs };
    const summary = { elapsedMs: now() - started, seed: result.seed, seedSource: result.seedSource, numSamples: result.numSamples, clock, ...(result.rng && { rng: result.rng }) };
    send({ type: 'generated', id, diagnostics, series, summary });
  }

  async function stream(id: number, result: GenerationResult, format: FileFormat): Promise<void> {
    try {
      const total = await streamFile(result, format, (piece) => {
        const acked = new Promise<boolean>((resolve) => acks.set(id, resolve));
        send({ type: 'chunk', id, bytes: piece.bytes, fraction: piece.fraction });
        return acked;
      });
      send({ type: 'streamed', id, bytes: total });
    } catch (e) {
      if (e instanceof StreamStopped) return; // the page could not write a piece: it has given up on this file
      throw e;
    }
  }

  /** Runs an asynchronous request; the queue waits until it is done. */
  function background(id: number, work: () => Promise<void>): void {
    busy = true;
    work()
      .catch((e: unknown) => fail(id, e))
      .finally(() => {
        acks.delete(id);
        busy = false;
        pump();
      });
  }

  function fail(id: number, e: unknown): void {
    // Allocation failures at huge sizes land here rather than killing the worker silently.
    send({ type: 'failed', id, message: e instanceof Error ? e.message : String(e) });
  }

  function dispatch(request: Queued): void {
    try {
      switch (request.type) {
        case 'run':
          run(request.id, request.text);
          return;
        case 'estimate': {
          const result = resultFor(request.ref, request.id);
          if (result) background(request.id, async () => send({ type: 'estimate', id: request.id, bytes: await estimateBytes(result, request.format) }));
          return;
        }
        case 'build': {
          const result = resultFor(request.ref, request.id);
          if (!result) return;
          background(request.id, async () => {
            const blob = await buildFile(result, request.format, (fraction) => send({ type: 'progress', id: request.id, fraction }), now);
            send({ type: 'file', id: request.id, blob });
          });
          return;
        }
        case 'view': {
          // From the kept result (the one the page shows), else regenerated from the same
          // text and seed: the numbers are the same either way (docs/decisions.md).
          const result = resultFor(request.ref, request.id);
          if (!result) return;
          const end = result.numSamples - 1;
          const first = Math.min(request.first, end);
          const last = Math.min(Math.max(request.last, first), end);
          const series = result.metrics.map((m, j) => reduceRange(m.name, m.values, { windows: windowsOf(m), unit: keptUnits[j] }, first, last, DISPLAY_POINTS));
          send({ type: 'view', id: request.id, first, last, series });
          return;
        }
        case 'stream': {
          const result = resultFor(request.ref, request.id);
          if (result) background(request.id, () => stream(request.id, result, request.format));
          return;
        }
        default:
          return assertNever(request);
      }
    } catch (e) {
      fail(request.id, e);
    }
  }

  function pump(): void {
    while (!busy) {
      const next = queue.shift();
      if (next === undefined) return;
      dispatch(next);
    }
  }

  return {
    handle(request) {
      if (request.type === 'ack') {
        const resolve = acks.get(request.id);
        acks.delete(request.id);
        resolve?.(request.stop);
        return;
      }
      queue.push(request);
      pump();
    },
  };
}
