// The synced hover cursor: the sample under the pointer on one chart, marked on every chart (the
// mouse's twin of keyCursor.ts). The hovered chart snaps the pointer to the nearest point it drew
// and publishes that sample; every other chart marks its own nearest point, because each metric
// may have been downsampled to different samples (chart A kept sample 1,234, chart B 1,236).
import { useSyncExternalStore } from 'react';

export interface HoverCursor {
  /** The sample the pointer is on (a point the hovered chart drew). */
  readonly sample: number;
  /** Which chart the pointer is over (its hover card is shown there only). */
  readonly chart: string;
}

let current: HoverCursor | undefined;
const listeners = new Set<() => void>();

export const hoverCursorStore = {
  get: (): HoverCursor | undefined => current,
  set(next: HoverCursor | undefined): void {
    if (next?.sample === current?.sample && next?.chart === current?.chart) return;
    current = next;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useHoverCursor(): HoverCursor | undefined {
  return useSyncExternalStore(hoverCursorStore.subscribe, hoverCursorStore.get, hoverCursorStore.get);
}
