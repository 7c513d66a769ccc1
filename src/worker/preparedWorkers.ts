// The page starts its engine worker before the rest of the app has even been fetched (src/main.tsx),
// so the worker's download, compilation and start-up overlap the app's. The EngineClient asks its
// factory for a worker when it is created and again after every crash or cancel: the first call
// gets the worker made ahead of time, every later call a fresh one, as before.
import type { WorkerPort } from './client.ts';

type Held = { readonly kind: 'message'; readonly event: { readonly data: unknown } } | { readonly kind: 'error'; readonly event: { readonly message?: string } };

/** A factory whose first call returns the worker `create` made right now. */
export function preparedWorkers(create: () => WorkerPort): () => WorkerPort {
  let ready: WorkerPort | undefined = holdEarlyEvents(create());
  return () => {
    const worker = ready ?? create();
    ready = undefined;
    return worker;
  };
}

/**
 * The worker made ahead of time can fail (its script not found, or refused) before anyone listens:
 * what it says before the first handler is attached is kept and delivered once the handlers are
 * set (the client sets both in one go), so such a failure still reaches the user at once instead
 * of surfacing only when the watchdog gives up.
 */
export function holdEarlyEvents(inner: WorkerPort): WorkerPort {
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
