// How generation paces itself, shared by both modes (generate.ts, numpy/): a module of its own
// so that numpy/ can read it without importing generate.ts, which imports numpy/.

/** Stretches small enough that every pass over one stays in the CPU's cache. */
export const STRETCH = 16384;

/**
 * Samples between two progress reports inside one metric (64 stretches, ~20–50 ms of work):
 * at the cap one metric takes seconds, and the playground's watchdog (worker/client.ts,
 * STALL_MS) takes a long silence for a dead worker.
 */
export const PROGRESS_SAMPLES = 64 * STRETCH;
