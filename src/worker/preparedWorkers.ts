// The page starts its engine worker before the rest of the app has even been fetched (src/main.tsx),
// so the worker's download, compilation and start-up overlap the app's. The EngineClient asks its
// factory for a worker when it is created and again after every crash or cancel: the first call
// gets the worker made ahead of time, every later call a fresh one, as before.
// The entry can also send that worker the page's first run (prime) as soon as it knows the
// opening text, so the engine generates while the app is still being fetched and evaluated; the
// client adopts that run instead of sending the same text again (EngineClient, primedRun).
import type { WorkerPort } from './client.ts';

type Held = { readonly kind: 'message'; readonly event: { readonly data: unknown } } | { readonly kind: 'error'; readonly event: { readonly message?: string } };

/** The id of the run the entry sends before any client exists; a client's own ids start at 1. */
export const PRIMED_RUN_ID = 0;

export interface PreparedWorkers {
  /** The worker made ahead of time on the first call, a fresh one on every later call. */
  (): WorkerPort;
  /** Sends the worker made ahead of time its first run, if no client has taken it yet. */
  prime(text: string): void;
  /**
   * Resolves once the worker made ahead of time has said anything (that its first run started:
   * engineHost's `progress 0`; an error), or after `capMs`. A worker still starting gets its messages through the page's
   * main thread (the browser forwards them once the worker's script has run), so the entry waits
   * for this before starting a long evaluation there.
   */
  heard(capMs: number): Promise<void>;
  /** Resolves once the first run has been answered (or the worker failed), or after `capMs`. */
  answered(capMs: number): Promise<void>;
  /** Resolves once the first run has been answered (data, diagnostics, or a failure message). */
  readonly firstAnswer: Promise<void>;
}

/** A promise and the function that resolves it. */
function signal(): { readonly done: Promise<void>; readonly fire: () => void } {
  let fire = (): void => undefined;
  const done = new Promise<void>((resolve) => (fire = resolve));
  return { done, fire };
}

const FINAL = new Set(['generated', 'invalid', 'failed']);

/** What the worker made ahead of time has said so far, as far as the entry cares. */
function listen(): { readonly hear: (item: Held) => void; readonly heard: Promise<void>; readonly answered: Promise<void>; readonly answer: Promise<void> } {
  const heard = signal();
  const answer = signal();
  const failed = signal();
  const hear = (item: Held): void => {
    heard.fire();
    if (item.kind === 'error') return failed.fire();
    const data = item.event.data;
    if (typeof data === 'object' && data !== null && 'id' in data && data.id === PRIMED_RUN_ID && 'type' in data && FINAL.has(String(data.type))) answer.fire();
  };
  return { hear, heard: heard.done, answered: Promise.race([answer.done, failed.done]), answer: answer.done };
}

const within = (promise: Promise<void>, capMs: number): Promise<void> => Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, capMs))]);

/** A factory whose first call returns the worker `create` made right now. */
export function preparedWorkers(create: () => WorkerPort): PreparedWorkers {
  const early = listen();
  let ready: (WorkerPort & { primedRun?: { id: number; text: string } }) | undefined = holdEarlyEvents(create(), early.hear);
  const next = (): WorkerPort => {
    const worker = ready ?? create();
    ready = undefined;
    return worker;
  };
  next.prime = (text: string): void => {
    if (ready === undefined || ready.primedRun !== undefined) return;
    ready.primedRun = { id: PRIMED_RUN_ID, text };
    ready.postMessage({ type: 'run', id: PRIMED_RUN_ID, text });
  };
  next.heard = (capMs: number): Promise<void> => within(early.heard, capMs);
  next.answered = (capMs: number): Promise<void> => within(early.answered, capMs);
  next.firstAnswer = early.answer;
  return next;
}

/**
 * The worker made ahead of time can fail (its script not found, or refused) before anyone listens:
 * what it says before the first handler is attached is kept and delivered once the handlers are
 * set (the client sets both in one go), so such a failure still reaches the user at once instead
 * of surfacing only when the watchdog gives up.
 */
export function holdEarlyEvents(inner: WorkerPort, hear: (item: Held) => void = () => undefined): WorkerPort {
  const held: Held[] = [];
  let flushing = false;
  const outer: WorkerPort = {
    postMessage: (message) => inner.postMessage(message),
    terminate: () => {
      held.length = 0;
      inner.terminate();
    },
    onmessage: null,
    onerror: null,
  };
  const deliver = (item: Held): void => {
    if (item.kind === 'message') outer.onmessage?.(item.event);
    else outer.onerror?.(item.event);
  };
  const listening = (): boolean => outer.onmessage !== null || outer.onerror !== null;
  const flushSoon = (): void => {
    if (flushing) return;
    flushing = true;
    queueMicrotask(() => {
      flushing = false;
      for (const item of held.splice(0)) deliver(item);
    });
  };
  const receive = (item: Held): void => {
    hear(item);
    if (listening() && held.length === 0) deliver(item);
    else {
      held.push(item);
      if (listening()) flushSoon();
    }
  };
  inner.onmessage = (event) => receive({ kind: 'message', event });
  inner.onerror = (event) => receive({ kind: 'error', event });
  // Handlers set later flush what was held, in order, once the caller has finished attaching them.
  for (const key of ['onmessage', 'onerror'] as const) {
    let handler: WorkerPort[typeof key] = null;
    Object.defineProperty(outer, key, {
      get: () => handler,
      set: (value: WorkerPort[typeof key]) => {
        handler = value;
        if (value !== null && held.length > 0) flushSoon();
      },
      enumerable: true,
    });
  }
  return outer;
}
