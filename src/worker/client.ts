// The page's side of the engine worker. Runs: one in flight at a time, and only the newest text
// matters — a newer request supersedes older ones, and a reply for anything but the newest is
// dropped (after @codemirror/lint, which drops results for a document that has since changed).
// Runs go out at once while they are quick and are debounced once they get slow. Anything that
// takes longer than LONG_TASK_MS reports progress; cancel() terminates the worker at once and
// starts a fresh one.
// A watchdog replaces a worker that has gone quiet: while the worker owes an answer, it must say
// something (progress, at least every HEARTBEAT_MS in engineHost) within stallMs, or it is taken
// for dead — a worker that exits or crashes without an error event, or hangs, is otherwise
// indistinguishable from a slow one. Time the page spends writing a streamed piece to disk is
// not counted: the worker is then waiting on the page, not the other way round.
import type { DisplaySeries } from './display/displaySeries.ts';
import type { Diagnostic } from '../engine/index.ts';
import { readResponse, type FileFormat, type ResultRef, type RunSummary, type WorkerRequest, type WorkerResponse } from './protocol.ts';
import { realClock, type Clock } from './clock.ts';
import { pageTestSettings, scaledDown } from './testSettings.ts';

/** A run slower than this switches edits from "send at once" to debounced. */
export const SLOW_RUN_MS = 50;
export const DEBOUNCE_MS = 200;
/**
 * A worker's first run (its code not yet compiled) counts at this fraction of its time: the
 * example's first run takes 20–100 ms where later ones take under 10, so a cold run counts as
 * slow only past SLOW_RUN_MS × this (200 ms).
 */
export const COLD_RUN_FACTOR = 4;
/** Work running longer than this shows a progress bar. */
export const LONG_TASK_MS = 300;
/** A busy worker silent for this long is taken for dead and replaced. The engine reports progress
 * every ~1 M samples of a metric and the worker between display reductions; the longest silence
 * left is parsing a 1,000,000-character config (~1.5 s of CPU), so 8 s leaves a wide margin on a
 * loaded machine (docs/decisions.md, "Worker watchdog"). */
export const STALL_MS = 8_000;

/** What the client needs of a Worker (a fake in tests). */
export interface WorkerPort {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  onerror: ((event: { readonly message?: string }) => void) | null;
  /** A run this worker was sent before the client took it (the page's first, sent by the entry:
   * preparedWorkers): the client treats it as its own run in flight. */
  readonly primedRun?: { readonly id: number; readonly text: string };
}

export type RunOutcome =
  | { readonly kind: 'generated'; readonly text: string; readonly diagnostics: readonly Diagnostic[]; readonly series: readonly DisplaySeries[]; readonly summary: RunSummary }
  | { readonly kind: 'invalid'; readonly text: string; readonly diagnostics: readonly Diagnostic[]; readonly elapsedMs: number };

/** 'view': a zoomed chart's samples (view()). */
export type TaskKind = 'run' | 'view' | FileFormat;

/** A zoomed view's answer: every metric's samples first…last, reduced for display. */
export interface ViewResult {
  readonly first: number;
  readonly last: number;
  readonly series: readonly DisplaySeries[];
}
export interface Progress {
  readonly task: TaskKind;
  readonly fraction: number;
}

export interface ClientEvents {
  /** The outcome of the newest run, never of a superseded one. */
  onOutcome(outcome: RunOutcome): void;
  /** Progress of long work; undefined when there is none to show. */
  onProgress(progress: Progress | undefined): void;
  /** The newest run's text is valid and its data is being generated: these are its diagnostics. */
  onChecked?(text: string, diagnostics: readonly Diagnostic[]): void;
  /** The worker failed; a fresh one has been started. `lost` is what it was working on. */
  onCrash(message: string, lost: readonly TaskKind[]): void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Work lost because the worker died, threw or went quiet; the message says which. */
export class WorkerCrashError extends Error {}

/** Writes one streamed piece to its destination; the next is sent once it resolves. */
export type WritePiece = (bytes: Uint8Array<ArrayBuffer>) => Promise<void>;

export interface ClientOptions {
  /** The watchdog's patience; see STALL_MS. */
  readonly stallMs?: number;
}

interface Task {
  readonly kind: TaskKind;
  readonly sentAt: number;
  fraction: number;
  visible: boolean;
  readonly timer: unknown;
  /** For files and estimates; runs report through onOutcome. */
  readonly settle?: { resolve(value: WorkerResponse): void; reject(error: Error): void };
  readonly text?: string;
  /** For streamed files: where pieces go. */
  readonly write?: WritePiece;
  /** A streamed piece is being written by the page: the worker waits, so the watchdog does too. */
  withPage: boolean;
}

export class EngineClient {
  private worker: WorkerPort;
  private nextId = 1;
  private readonly tasks = new Map<number, Task>();
  private runId: number | undefined;
  private pendingText: string | undefined;
  private debounce: unknown;
  private lastRunMs = 0;
  /** Whether a run has replied yet; see receive() for why the first one is not timed. */
  private replied = false;
  private watchdog: unknown;
  private readonly stallMs: number;
  /** The newest view asked for and not yet sent: only one view is in flight at a time. */
  private viewWaiting: { readonly ref: ResultRef; readonly first: number; readonly last: number; readonly resolve: (r: ViewResult | undefined) => void } | undefined;
  private viewBusy = false;

  constructor(
    private readonly createWorker: () => WorkerPort,
    private readonly events: ClientEvents,
    private readonly clock: Clock = realClock,
    options: ClientOptions = {},
  ) {
    this.stallMs = options.stallMs ?? scaledDown(pageTestSettings().stallMs, STALL_MS);
    this.worker = this.start();
    this.replied = false; // a fresh worker's first run is cold again
  }

  /** Asks for the text to be generated; supersedes every earlier run. */
  run(text: string): void {
    this.clock.clearTimeout(this.debounce);
    this.debounce = undefined;
    // The run in flight is this very text (the entry's primed run, or an edit undone before its
    // successor was sent): its reply is the answer, so nothing is sent and nothing waits.
    const current = this.runId === undefined ? undefined : this.tasks.get(this.runId);
    if (current?.text === text) {
      this.pendingText = undefined;
      return;
    }
    this.pendingText = text;
    if (this.lastRunMs > SLOW_RUN_MS) this.debounce = this.clock.setTimeout(() => this.flush(), DEBOUNCE_MS);
    else this.flush();
  }

  /** Stops whatever the worker is doing, at once; the page keeps what it shows. */
  cancel(): void {
    this.restart(new CancelledError());
  }

  estimate(format: FileFormat, ref: ResultRef): Promise<number> {
    return this.job(format, (id) => ({ type: 'estimate', id, format, ref })).then((r) => (r.type === 'estimate' ? r.bytes : 0));
  }

  build(format: FileFormat, ref: ResultRef): Promise<Blob> {
    return this.job(format, (id) => ({ type: 'build', id, format, ref })).then((r) => {
      if (r.type !== 'file') throw new Error('the worker sent no file');
      return r.blob;
    });
  }

  /**
   * Samples first…last of the result `ref`, reduced for display. A zoom gesture asks many times
   * a second: while one view is being made, only the newest of the later requests waits, and
   * every other one (and an answer overtaken by a newer request) resolves to undefined.
   */
  view(ref: ResultRef, first: number, last: number): Promise<ViewResult | undefined> {
    return new Promise((resolve) => {
      this.viewWaiting?.resolve(undefined);
      this.viewWaiting = { ref, first, last, resolve };
      this.sendView();
    });
  }

  private sendView(): void {
    const w = this.viewWaiting;
    if (this.viewBusy || w === undefined) return;
    this.viewWaiting = undefined;
    this.viewBusy = true;
    const done = (result: ViewResult | undefined): void => {
      this.viewBusy = false;
      w.resolve(this.viewWaiting === undefined ? result : undefined);
      this.sendView();
    };
    this.job('view', (id) => ({ type: 'view', id, ref: w.ref, first: w.first, last: w.last })).then(
      (r) => done(r.type === 'view' ? { first: r.first, last: r.last, series: r.series } : undefined),
      () => done(undefined),
    );
  }

  /** Builds the file piece by piece into `write`, waiting for each write; resolves to the size. */
  stream(format: FileFormat, ref: ResultRef, write: WritePiece): Promise<number> {
    return new Promise<WorkerResponse>((resolve, reject) => this.post((id) => ({ type: 'stream', id, format, ref }), format, undefined, { resolve, reject }, write)).then((r) => {
      if (r.type !== 'streamed') throw new Error('the worker did not finish the file');
      return r.bytes;
    });
  }

  dispose(): void {
    this.clock.clearTimeout(this.watchdog);
    this.clock.clearTimeout(this.debounce);
    this.dropAll(new CancelledError());
    this.worker.terminate();
  }

  private start(): WorkerPort {
    const w = this.createWorker();
    w.onmessage = (event) => {
      if (w === this.worker) this.receive(event.data);
    };
    w.onerror = (event) => {
      if (w === this.worker) this.crash(event.message ?? 'the generator stopped unexpectedly');
    };
    const primed = w.primedRun;
    if (primed !== undefined) {
      // Registered before any of its replies can arrive: a worker's messages are events, and
      // preparedWorkers delivers what it held only after the handlers above are set, in a microtask.
      this.nextId = Math.max(this.nextId, primed.id + 1);
      this.track(primed.id, 'run', primed.text);
      this.runId = primed.id;
      this.armWatchdog();
    }
    return w;
  }

  private flush(): void {
    this.debounce = undefined;
    const text = this.pendingText;
    if (text === undefined) return;
    const current = this.runId === undefined ? undefined : this.tasks.get(this.runId);
    if (current !== undefined) {
      // A long run for a text nobody wants any more: stop it rather than wait for it, unless a
      // file is being built behind it on the same worker.
      const onlyRun = this.tasks.size === 1;
      if (onlyRun && this.clock.now() - current.sentAt > LONG_TASK_MS) this.restart(undefined);
      else return; // sent when the current run replies
    }
    this.pendingText = undefined;
    const id = this.post((id) => ({ type: 'run', id, text }), 'run', text);
    this.runId = id;
  }

  private job(kind: Exclude<TaskKind, 'run'>, request: (id: number) => WorkerRequest): Promise<WorkerResponse> {
    return new Promise((resolve, reject) => this.post(request, kind, undefined, { resolve, reject }));
  }

  private post(request: (id: number) => WorkerRequest, kind: TaskKind, text: string | undefined, settle?: Task['settle'], write?: WritePiece): number {
    const id = this.nextId++;
    this.track(id, kind, text, settle, write);
    this.worker.postMessage(request(id));
    this.armWatchdog();
    return id;
  }

  /** Starts waiting for task `id`'s answer (its progress bar shows if it takes LONG_TASK_MS). */
  private track(id: number, kind: TaskKind, text: string | undefined, settle?: Task['settle'], write?: WritePiece): void {
    const timer = this.clock.setTimeout(() => this.reveal(id), LONG_TASK_MS);
    this.tasks.set(id, { kind, sentAt: this.clock.now(), fraction: 0, visible: false, timer, withPage: false, ...(settle ? { settle } : {}), ...(text !== undefined ? { text } : {}), ...(write ? { write } : {}) });
  }

  /** (Re)starts the stall timer while the worker owes an answer: its oldest task is its current one. */
  private armWatchdog(): void {
    this.clock.clearTimeout(this.watchdog);
    this.watchdog = undefined;
    const current = this.tasks.values().next();
    if (current.done === true || current.value.withPage) return;
    this.watchdog = this.clock.setTimeout(() => {
      this.watchdog = undefined;
      this.crash(`no answer for ${Math.round(this.stallMs / 100) / 10} s`);
    }, this.stallMs);
  }

  /** Hands a streamed piece to the page's writer; acks when written, gives up when that fails. */
  private writePiece(id: number, task: Task, bytes: ArrayBuffer): void {
    const write = task.write;
    if (write === undefined) return;
    task.withPage = true;
    this.armWatchdog();
    write(new Uint8Array(bytes)).then(
      () => {
        if (this.tasks.get(id) !== task) return; // cancelled or restarted meanwhile
        task.withPage = false;
        this.worker.postMessage({ type: 'ack', id, stop: false });
        this.armWatchdog();
      },
      (error: unknown) => {
        if (this.tasks.get(id) !== task) return;
        this.worker.postMessage({ type: 'ack', id, stop: true });
        this.finish(id, task);
        task.settle?.reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }

  private reveal(id: number): void {
    const task = this.tasks.get(id);
    if (task === undefined) return;
    task.visible = true;
    this.reportProgress();
  }

  /** Shows the oldest visible task: the worker works through requests in order. */
  private reportProgress(): void {
    for (const task of this.tasks.values()) {
      if (task.visible) return this.events.onProgress({ task: task.kind, fraction: task.fraction });
    }
    this.events.onProgress(undefined);
  }

  private receive(data: unknown): void {
    const response = readResponse(data);
    if (response === undefined) return;
    this.armWatchdog(); // any well-formed message shows the worker is alive
    const task = this.tasks.get(response.id);
    if (task === undefined) return; // superseded or cancelled
    if (response.type === 'checked') {
      if (this.pendingText === undefined && task.text !== undefined) this.events.onChecked?.(task.text, response.diagnostics);
      return;
    }
    if (response.type === 'progress' || response.type === 'chunk') {
      task.fraction = response.fraction;
      if (task.visible) this.reportProgress();
      if (response.type === 'chunk') this.writePiece(response.id, task, response.bytes);
      return;
    }
    this.finish(response.id, task);
    if (task.settle) {
      if (response.type === 'failed') task.settle.reject(new Error(response.message));
      else task.settle.resolve(response);
      return;
    }
    // The worker's own time decides the policy: the first round trip also pays for starting
    // the worker, which says nothing about how long the next run will take. Nor does the page's
    // first run itself, at face value: it runs the engine's code for the first time (not yet
    // compiled); on a slow machine the example's first run took 20–100 ms where later runs take
    // under 10, which debounced the user's first edit by 200 ms for nothing. So it counts at a
    // quarter. (It used to count only past a 250 ms cliff: a 500-metric link's first run took
    // 249 ms, so its first edits were sent at once and each result — ~100 ms of the page's time
    // for 500 series — landed on the next keystrokes.)
    const workerMs = response.type === 'generated' ? response.summary.elapsedMs : response.type === 'invalid' ? response.elapsedMs : undefined;
    if (workerMs !== undefined) this.lastRunMs = this.replied ? workerMs : workerMs / COLD_RUN_FACTOR;
    if (workerMs !== undefined) this.replied = true;
    this.runId = undefined;
    const text = task.text ?? '';
    const stale = this.pendingText !== undefined;
    switch (response.type) {
      case 'generated':
        if (!stale) this.events.onOutcome({ kind: 'generated', text, diagnostics: response.diagnostics, series: response.series, summary: response.summary });
        break;
      case 'invalid':
        if (!stale) this.events.onOutcome({ kind: 'invalid', text, diagnostics: response.diagnostics, elapsedMs: response.elapsedMs });
        break;
      case 'failed':
        this.events.onCrash(response.message, ['run']);
        break;
      default:
        break; // a job's response to a run id cannot happen: ids are unique
    }
    // A newer text waited for this run; send it now unless its debounce is still running.
    if (stale && this.debounce === undefined) this.flush();
  }

  private finish(id: number, task: Task): void {
    this.clock.clearTimeout(task.timer);
    this.tasks.delete(id);
    if (task.visible) this.reportProgress();
    this.armWatchdog();
  }

  private crash(message: string): void {
    const lost = [...this.tasks.values()].map((t) => t.kind);
    this.restart(new WorkerCrashError(message));
    this.events.onCrash(message, lost);
  }

  private restart(reason: Error | undefined): void {
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
    this.dropAll(reason ?? new CancelledError());
    if (reason !== undefined) {
      // Cancel and crash forget waiting edits too; the next keystroke starts afresh.
      this.pendingText = undefined;
      this.clock.clearTimeout(this.debounce);
      this.debounce = undefined;
    }
    this.worker = this.start();
    this.replied = false; // a fresh worker's first run is cold again
  }

  private dropAll(reason: Error): void {
    this.clock.clearTimeout(this.watchdog);
    this.watchdog = undefined;
    const hadVisible = [...this.tasks.values()].some((t) => t.visible);
    for (const task of this.tasks.values()) {
      this.clock.clearTimeout(task.timer);
      task.settle?.reject(reason);
    }
    this.tasks.clear();
    this.runId = undefined;
    if (hadVisible) this.events.onProgress(undefined);
  }
}
