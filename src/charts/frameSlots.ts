// Paces chart redraws at one per frame. A slot is a fresh task; after a slot has run, the next
// waits for the next animation frame, so the browser paints (and handles a keystroke) between
// two charts' redraws, and typing never waits for a redraw of them all.

export interface SlotEnvironment {
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
  /** Runs `callback` in a new task as soon as possible; returns a function that cancels it. */
  postTask(callback: () => void): () => void;
}

/** Asks for `run` to be called in the next free slot; the returned function withdraws the request. */
export type RequestSlot = (run: () => void) => () => void;

export function createSlotScheduler(env: SlotEnvironment): RequestSlot {
  // Whether a slot has run since the last frame began.
  let usedThisFrame = false;
  const markUsed = (): void => {
    if (usedThisFrame) return;
    usedThisFrame = true;
    env.requestFrame(() => {
      usedThisFrame = false;
    });
  };
  return (run) => {
    let cancelled = false;
    let cancelPending: () => void;
    const post = (): void => {
      cancelPending = env.postTask(() => {
        if (cancelled) return;
        markUsed();
        run();
      });
    };
    if (usedThisFrame) {
      const handle = env.requestFrame(post);
      cancelPending = () => env.cancelFrame(handle);
    } else post();
    return () => {
      cancelled = true;
      cancelPending();
    };
  };
}

/** A MessageChannel message is a task without setTimeout's 4 ms clamp on nested timers. */
function browserPostTask(): SlotEnvironment['postTask'] {
  const queue = new Set<() => void>();
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const first = queue.values().next();
    if (first.done) return;
    queue.delete(first.value);
    first.value();
  };
  return (callback) => {
    // A fresh wrapper per call, so the same callback posted twice runs twice.
    const task = (): void => callback();
    queue.add(task);
    channel.port2.postMessage(null);
    return () => void queue.delete(task);
  };
}

let browserSlots: RequestSlot | undefined;

/** The page's one scheduler, shared by every chart panel. */
export function requestSlot(run: () => void): () => void {
  browserSlots ??= createSlotScheduler({
    requestFrame: (callback) => requestAnimationFrame(callback),
    cancelFrame: (handle) => cancelAnimationFrame(handle),
    postTask: browserPostTask(),
  });
  return browserSlots(run);
}
