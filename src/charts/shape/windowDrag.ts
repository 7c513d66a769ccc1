// Shaping an anomaly window with the mouse: the pure steps. A drag on the window's body moves
// it (its `at`), a drag on either edge moves that edge (`at` and `recovery_time`). Positions
// snap to whole samples, because `at` and `recovery_time` count whole samples (SPEC §9).

/** Which part of a window a drag holds. */
export type DragPart = 'move' | 'start' | 'end';

/** A window's samples first…last (inclusive). */
export interface WindowSpan {
  readonly first: number;
  readonly last: number;
}

/** Pixels either side of an edge that grab the edge rather than the body. */
export const EDGE_PX = 6;

/**
 * The part a pointer at pixel `px` grabs of a window drawn from `left` to `right`: an edge
 * within EDGE_PX of it, else the body. A window too narrow for both edges and a body is moved
 * whole unless the pointer is outside it.
 */
export function partAt(px: number, left: number, right: number): DragPart {
  if (right - left < 3 * EDGE_PX) return px < left ? 'start' : px > right ? 'end' : 'move';
  if (px <= left + EDGE_PX) return 'start';
  if (px >= right - EDGE_PX) return 'end';
  return 'move';
}

/**
 * The window after a drag of `delta` sample positions on `part`, snapped to whole samples and
 * kept inside the series (0 … numSamples − 1); an edge stops at the other edge (a window keeps
 * at least one sample).
 */
export function dragWindow(w: WindowSpan, part: DragPart, delta: number, numSamples: number): WindowSpan {
  const end = Math.max(0, numSamples - 1);
  const d = Number.isFinite(delta) ? Math.round(delta) : 0;
  switch (part) {
    case 'move': {
      const shift = Math.min(end - w.last, Math.max(-w.first, d));
      return { first: w.first + shift, last: w.last + shift };
    }
    case 'start':
      return { first: Math.min(w.last, Math.max(0, w.first + d)), last: w.last };
    case 'end':
      return { first: w.first, last: Math.max(w.first, Math.min(end, w.last + d)) };
  }
}

/** Whether a drag changed the window at all (a click, or a drag back to where it began, did not). */
export function moved(before: WindowSpan, after: WindowSpan): boolean {
  return before.first !== after.first || before.last !== after.last;
}
